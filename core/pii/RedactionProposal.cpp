#include "core/pii/RedactionProposal.h"

namespace cv::core::pii {

QList<RedactionProposal> proposeRedactions(const QList<TranscriptSegment>& segments,
                                           const DutchPiiDetector& detector)
{
    QString text;
    QList<qsizetype> segmentStart; // offset of each segment in text
    for (const TranscriptSegment& s : segments) {
        if (!text.isEmpty())
            text.append(QLatin1Char(' '));
        segmentStart.append(text.size());
        text.append(s.text);
    }
    QList<RedactionProposal> proposals;
    for (const PiiFinding& f : detector.scan(text)) {
        qint64 startMs = -1;
        qint64 endMs = -1;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const qsizetype begin = segmentStart[i];
            const qsizetype end = begin + segments[i].text.size();
            if (begin < f.start + f.length && f.start < end) {
                if (startMs < 0)
                    startMs = segments[i].startMs;
                endMs = std::max(endMs, segments[i].endMs);
            }
        }
        if (startMs >= 0)
            proposals.append(RedactionProposal{f.kind, f.text, startMs, endMs});
    }
    return proposals;
}

} // namespace cv::core::pii
