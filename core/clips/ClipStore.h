#pragma once

#include "core/Error.h"
#include "core/clips/ClipSpec.h"
#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// One entry of the clip library: what was cut and how it was anonymised.
// Holds no audio and no file name. `personal`: the agent stays identifiable
// (their written consent, consentGivenOn, was relied on), so the clip is
// personal data and goes when its recording goes (R-TRAIN-1, retention).
struct ClipRecord
{
    qint64 id = 0;
    RecordingId recording = 0; // 0: the recording is gone (an anonymised clip stays)
    Purpose sourcePurpose = Purpose::Coaching;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<RedactionRegion> redactions;
    Disguise disguise = Disguise::Both;
    int disguiseSemitones = 0;
    bool personal = false;
    PersonId consentAgent = 0; // whose consent was relied on; 0 for an anonymised clip
    QDate consentGivenOn;
    QString format; // clipFormatName()
    std::optional<double> loudnessLufs;
    PersonId createdBy = 0;
    QDateTime createdUtc;

    qint64 durationMs() const { return toMs - fromMs; }
};

// The clip library's table. Writes belong in the caller's Transaction.
class ClipStore final
{
public:
    explicit ClipStore(Vault& vault);

    Result<qint64> insert(const ClipRecord& clip); // sets created_at from the vault's clock
    QList<ClipRecord> all() const;                 // oldest first
    QList<ClipRecord> ofRecording(RecordingId recording) const;
    // For the retention sweep, before it destroys `recording`: deletes the
    // clips of it that still carry personal data and detaches the anonymised
    // ones (they stay in the library without a source). Returns how many
    // were deleted. (A trigger does the same should a recording be deleted
    // without this call.)
    Result<int> destroyPersonalClipsOf(RecordingId recording);

    static QString redactionsText(const QList<RedactionRegion>& regions); // "1000-2000:tone,…"
    static QList<RedactionRegion> redactionsFromText(const QString& text);

private:
    QList<ClipRecord> select(const QString& where, const QVariantList& values) const;
    Vault& m_vault;
};

} // namespace cv::core
