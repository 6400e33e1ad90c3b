#pragma once

#include "core/Error.h"
#include "core/import/CallManifest.h"
#include "core/recordings/Recording.h"

#include <functional>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// Told how far an import has come (bytes of the source stored so far, of
// how many); returning false cancels it. Called on the importer's thread.
using ImportProgress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

// Brings one call into the vault for a purpose:
// 1. the agent must be known, and the rules engine decides (R-POLICY-1..4,
//    R-SCOPE-1..3, R-AUTH-1..4, R-PURPOSE-2, R-INFO-1..2, R-MIN-1, R-EXT-2)
//    before anything is read or written;
// 2. one transaction stores the metadata, the original bytes as chunks, the
//    peaks and the audit entry. The source is read once for the chunks and
//    its SHA-256 on the vault's thread, while a second thread (DecodePass)
//    decodes it, checks it and builds the peak pyramid;
// 3. before the commit: the audio must be sound (decoded frames agree with
//    what the header claims, the name's suffix fits the container), and a
//    source whose SHA-256 is already held is refused as a duplicate.
// A corrupt file, a duplicate, a refusal, a cancel or a kill leaves nothing
// of the call behind but the audit entry of the attempt. Messages name the
// file; the audit trail names only the manifest entry, so no file name
// (which may hold a customer's number) is stored.
//
// A ".gsm" file is read as raw GSM 6.10 (8 kHz mono, no header) and stored
// with container AudioDecoder::rawGsmContainer().
class CallImporter final
{
public:
    CallImporter(Vault& vault, Administration& admin);
    // `progress`, if given, is called after each stored chunk; returning
    // false rolls the call back and fails with ErrorCode::Cancelled.
    Result<RecordingId> importCall(const Person& actor, const ManifestEntry& entry, Purpose purpose,
                                   const ImportProgress& progress = {});

private:
    Result<RecordingId> importChecked(const Person& actor, const ManifestEntry& entry,
                                      Purpose purpose, const ImportProgress& progress);
    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
