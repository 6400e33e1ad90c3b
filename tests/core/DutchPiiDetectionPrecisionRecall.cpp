// Measures the detector on a labelled Dutch test set (tests/data/pii_nl.tsv):
// utterances with and without personal data, near misses included. A finding
// counts when it overlaps a labelled stretch of the same kind. Prints
// precision and recall; fails below 0.95 on either.
#include "core/pii/DutchPiiDetector.h"

#include <QFile>
#include <QTest>

using namespace cv::core::pii;

class DutchPiiDetectionPrecisionRecall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measure()
    {
        QFile file(QStringLiteral(COACHVAULT_PII_TESTSET));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const DutchPiiDetector detector;
        int utterances = 0, withPii = 0, expected = 0, recalled = 0, proposed = 0, correct = 0;
        int lineNumber = 0;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            ++lineNumber;
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
            QVERIFY2(cols.size() == 2, qPrintable(QStringLiteral("line %1").arg(lineNumber)));
            const QString text = cols[1];
            struct Label
            {
                QString kind;
                qsizetype start, end;
            };
            QList<Label> labels;
            if (cols[0] != QStringLiteral("-")) {
                for (const QString& l : cols[0].split(QLatin1Char('|'))) {
                    const QString kind = l.section(QLatin1Char('='), 0, 0);
                    const QString span = l.section(QLatin1Char('='), 1);
                    const qsizetype at = text.indexOf(span);
                    QVERIFY2(
                        at >= 0 && piiKindFromName(kind),
                        qPrintable(QStringLiteral("line %1: bad label %2").arg(lineNumber).arg(l)));
                    labels.append(Label{kind, at, at + span.size()});
                }
            }
            ++utterances;
            withPii += labels.isEmpty() ? 0 : 1;
            const QList<PiiFinding> findings = detector.scan(text);
            auto overlapping = [](qsizetype s1, qsizetype e1, qsizetype s2, qsizetype e2) {
                return s1 < e2 && s2 < e1;
            };
            for (const Label& l : labels) {
                ++expected;
                const bool hit = std::ranges::any_of(findings, [&](const PiiFinding& f) {
                    return piiKindName(f.kind) == l.kind &&
                           overlapping(f.start, f.start + f.length, l.start, l.end);
                });
                recalled += hit ? 1 : 0;
                if (!hit)
                    qInfo().noquote() << "missed" << l.kind << text.mid(l.start, l.end - l.start)
                                      << "| line" << lineNumber;
            }
            for (const PiiFinding& f : findings) {
                ++proposed;
                const bool hit = std::ranges::any_of(labels, [&](const Label& l) {
                    return piiKindName(f.kind) == l.kind &&
                           overlapping(f.start, f.start + f.length, l.start, l.end);
                });
                correct += hit ? 1 : 0;
                if (!hit)
                    qInfo().noquote()
                        << "false" << piiKindName(f.kind) << f.text << "| line" << lineNumber;
            }
        }
        const double precision = proposed ? double(correct) / proposed : 1.0;
        const double recall = expected ? double(recalled) / expected : 1.0;
        qInfo().noquote() << QStringLiteral("%1 utterances (%2 with personal data), %3 labelled "
                                            "stretches, %4 proposed")
                                 .arg(utterances)
                                 .arg(withPii)
                                 .arg(expected)
                                 .arg(proposed);
        qInfo().noquote() << QStringLiteral("precision %1  recall %2")
                                 .arg(precision, 0, 'f', 3)
                                 .arg(recall, 0, 'f', 3);
        QVERIFY(utterances >= 200);
        QVERIFY(precision >= 0.95);
        QVERIFY(recall >= 0.95);
    }
};

QTEST_GUILESS_MAIN(DutchPiiDetectionPrecisionRecall)
#include "DutchPiiDetectionPrecisionRecall.moc"
