#pragma once

#include "core/Error.h"
#include "core/import/CallManifest.h"
#include "core/recordings/Recording.h"

namespace cv::core {

class Administration;
class Vault;
struct Person;

// Brings one call into the vault for a purpose:
// 1. the agent must be known and the source not already imported (its
//    SHA-256 is kept; a second import is refused as a duplicate);
// 2. the rules engine decides (R-POLICY-1..4, R-SCOPE-1..3, R-AUTH-1..4,
//    R-PURPOSE-2, R-INFO-1..2, R-MIN-1, R-EXT-2) before anything is written;
// 3. one decode pass checks the audio and builds the peak pyramid;
// 4. one transaction stores the metadata, the original bytes as chunks, the
//    peaks and the audit entry. A corrupt file, a refusal or a kill leaves
//    nothing of the call behind but the audit entry of the failed attempt.
// Messages name the file; the audit trail names only the manifest entry, so
// no file name (which may hold a customer's number) is stored.
class CallImporter final
{
public:
    CallImporter(Vault& vault, Administration& admin);
    Result<RecordingId> importCall(const Person& actor, const ManifestEntry& entry,
                                   Purpose purpose);

private:
    Result<RecordingId> importChecked(const Person& actor, const ManifestEntry& entry,
                                      Purpose purpose);
    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
