#include "core/clips/ClipSpec.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class ClipSpecText
{
    Q_DECLARE_TR_FUNCTIONS(ClipSpec)
public:
    static QString badRange(qint64 from, qint64 to, qint64 duration)
    {
        return tr("The clip must start before it ends and lie within the call (0 to %3 ms); "
                  "%1 to %2 ms does not.")
            .arg(from)
            .arg(to)
            .arg(duration);
    }
    static QString badRegion(qint64 start, qint64 end)
    {
        return tr("The redaction %1 to %2 ms must start before it ends and lie within the clip.")
            .arg(start)
            .arg(end);
    }
    static QString badStrength(int min, int max)
    {
        return tr("The disguise strength must be between %1 and %2 semitones.").arg(min).arg(max);
    }
};

} // namespace

QString disguiseName(Disguise disguise)
{
    switch (disguise) {
    case Disguise::None:
        return QStringLiteral("none");
    case Disguise::Customer:
        return QStringLiteral("customer");
    case Disguise::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("both");
}

std::optional<Disguise> disguiseFromName(const QString& name)
{
    for (Disguise d : {Disguise::None, Disguise::Customer, Disguise::Both}) {
        if (disguiseName(d) == name)
            return d;
    }
    return std::nullopt;
}

QString fillName(RedactionRegion::Fill fill)
{
    return fill == RedactionRegion::Fill::Tone ? QStringLiteral("tone") : QStringLiteral("silence");
}

std::optional<RedactionRegion::Fill> fillFromName(const QString& name)
{
    if (name == QLatin1String("tone"))
        return RedactionRegion::Fill::Tone;
    if (name == QLatin1String("silence"))
        return RedactionRegion::Fill::Silence;
    return std::nullopt;
}

Result<void> ClipSpec::validate(qint64 recordingDurationMs) const
{
    if (fromMs < 0 || toMs <= fromMs || toMs > recordingDurationMs)
        return fail(ErrorCode::Usage, ClipSpecText::badRange(fromMs, toMs, recordingDurationMs));
    for (const RedactionRegion& r : regions) {
        if (r.endMs <= r.startMs || r.startMs < fromMs || r.endMs > toMs)
            return fail(ErrorCode::Usage, ClipSpecText::badRegion(r.startMs, r.endMs));
    }
    if (disguise != Disguise::None &&
        (disguiseSemitones < kMinSemitones || disguiseSemitones > kMaxSemitones))
        return fail(ErrorCode::Usage, ClipSpecText::badStrength(kMinSemitones, kMaxSemitones));
    return {};
}

} // namespace cv::core
