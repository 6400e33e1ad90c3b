#pragma once

#include "core/Error.h"
#include "core/recordings/Recording.h"

#include <QList>
#include <QString>

#include <optional>

namespace cv::core {

// A span of the clip whose audio is replaced, in milliseconds of the call
// (not of the clip): by a 1 kHz tone or by silence.
struct RedactionRegion
{
    enum class Fill
    {
        Tone,
        Silence,
    };
    qint64 startMs = 0;
    qint64 endMs = 0;
    Fill fill = Fill::Tone;
    friend bool operator==(const RedactionRegion&, const RedactionRegion&) = default;
};

// Whose voice is pitch-shifted. None exists for the renderer (and its tests);
// the rules never let a clip out without the customer's voice disguised, and
// without the agent's unless the agent consented in writing (R-TRAIN-1).
enum class Disguise
{
    None,
    Customer,
    Both,
};

QString disguiseName(Disguise disguise); // "none", "customer", "both"
std::optional<Disguise> disguiseFromName(const QString& name);
QString fillName(RedactionRegion::Fill fill); // "tone", "silence"
std::optional<RedactionRegion::Fill> fillFromName(const QString& name);

// What to cut: a range of one recording, its redaction regions and the
// voice disguise. A value type: the GUI's clip editor builds one, the
// ClipDesk previews and exports it. Times are milliseconds of the call.
struct ClipSpec
{
    static constexpr int kMinSemitones = 1;
    static constexpr int kMaxSemitones = 8;
    static constexpr int kDefaultSemitones = 4;

    RecordingId recordingId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<RedactionRegion> regions;
    Disguise disguise = Disguise::Both;
    int disguiseSemitones = kDefaultSemitones; // strength of the pitch shift, downwards

    // Usage errors: an empty or reversed range, a range outside the call,
    // a region outside the clip or reversed, a strength out of range.
    Result<void> validate(qint64 recordingDurationMs) const;
    friend bool operator==(const ClipSpec&, const ClipSpec&) = default;
};

} // namespace cv::core
