// R-TRAIN-1, R-MIN-1: an exported clip carries audio and nothing else. The
// WAV holds exactly the chunks fmt and data; no export (WAV, FLAC, Ogg Opus)
// contains the agent's or the customer's name, the agent's handle, the
// recording's id as text, a date, a phone number's digits or a file name.
#include "core/clips/ClipDesk.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/ClipFixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;

namespace {

// Printable ASCII runs of at least 4 characters, as `strings` finds them.
QStringList printableRuns(const QByteArray& bytes)
{
    QStringList out;
    QByteArray run;
    for (char ch : bytes) {
        if (ch >= 0x20 && ch < 0x7f) {
            run.append(ch);
            continue;
        }
        if (run.size() >= 4)
            out << QString::fromLatin1(run);
        run.clear();
    }
    if (run.size() >= 4)
        out << QString::fromLatin1(run);
    return out;
}

} // namespace

class ClipExportLeaksNoMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingButAudio_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("wav") << QStringLiteral("sanne-de-vries-0612345678.wav");
        QTest::newRow("flac") << QStringLiteral("sanne-de-vries-0612345678.flac");
        QTest::newRow("opus") << QStringLiteral("sanne-de-vries-0612345678.opus");
    }
    void nothingButAudio()
    {
        QFETCH(QString, name);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        // Make the id long enough to be recognisable as text.
        RecordingId id = 0;
        for (int i = 0; i < 12; ++i)
            id = cv::test::storeClipCall(
                fx, Purpose::Coaching,
                cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 4.0 + 0.1 * i));
        QVERIFY(id >= 12);
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.toMs = 3000;
        spec.regions = {{500, 900, RedactionRegion::Fill::Tone}};
        QTemporaryDir out;
        const QString path = out.filePath(name);
        QVERIFY(desk.exportClip(fx.coach, spec, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        const QStringList forbidden{fx.agent.displayName,         fx.agent.handle,
                                    fx.coach.displayName,         fx.coach.handle,
                                    QStringLiteral("sanne"),      QStringLiteral("Sanne"),
                                    QStringLiteral("0612345678"), QStringLiteral("2026"),
                                    QStringLiteral("coachvault"), name};
        for (const QString& word : forbidden)
            QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(word));
        const QStringList runs = printableRuns(bytes);
        static const QRegularExpression digits(QStringLiteral("[0-9]{2,}"));
        for (const QString& run : runs) {
            // Only the formats' own words: RIFF/WAVE/fmt/data, fLaC and
            // libFLAC's vendor, OggS/OpusHead/OpusTags and libopus's vendor.
            const bool known =
                run.contains(QLatin1String("RIFF")) || run.contains(QLatin1String("WAVE")) ||
                run.contains(QLatin1String("fLaC")) ||
                run.contains(QLatin1String("reference libFLAC")) ||
                run.contains(QLatin1String("OggS")) || run.contains(QLatin1String("Opus")) ||
                run.contains(QLatin1String("libopus"));
            if (known || !digits.match(run).hasMatch())
                continue;
            // Short runs inside compressed audio are noise; a number that
            // could be an id, a date or a phone number is not.
            QVERIFY2(!run.contains(QString::number(id)) || run.size() < 6,
                     qPrintable(QStringLiteral("suspicious text in the file: ") + run));
        }
        if (name.endsWith(QLatin1String(".wav"))) {
            // RIFF layout: exactly "fmt " and "data", nothing else.
            QCOMPARE(bytes.mid(0, 4), QByteArray("RIFF"));
            QCOMPARE(bytes.mid(8, 4), QByteArray("WAVE"));
            QStringList chunks;
            qsizetype at = 12;
            while (at + 8 <= bytes.size()) {
                chunks << QString::fromLatin1(bytes.mid(at, 4));
                const quint32 size =
                    quint32(quint8(bytes[at + 4])) | quint32(quint8(bytes[at + 5])) << 8 |
                    quint32(quint8(bytes[at + 6])) << 16 | quint32(quint8(bytes[at + 7])) << 24;
                at += 8 + qsizetype(size) + qsizetype(size & 1);
            }
            QCOMPARE(chunks, (QStringList{QStringLiteral("fmt "), QStringLiteral("data")}));
        }
        if (name.endsWith(QLatin1String(".flac"))) {
            // Metadata blocks: STREAMINFO (0) and, if any, a VORBIS_COMMENT
            // (4) holding the vendor string only; never PICTURE or APPLICATION.
            QCOMPARE(bytes.mid(0, 4), QByteArray("fLaC"));
            qsizetype at = 4;
            bool last = false;
            while (!last && at + 4 <= bytes.size()) {
                const int type = quint8(bytes[at]) & 0x7f;
                last = (quint8(bytes[at]) & 0x80) != 0;
                const int size = quint8(bytes[at + 1]) << 16 | quint8(bytes[at + 2]) << 8 |
                                 quint8(bytes[at + 3]);
                QVERIFY2(type == 0 || type == 1 || type == 3 || type == 4,
                         qPrintable(QStringLiteral("FLAC block %1").arg(type)));
                if (type == 4) {
                    const QByteArray block = bytes.mid(at + 4, size);
                    const quint32 vendor =
                        quint32(quint8(block[0])) | quint32(quint8(block[1])) << 8 |
                        quint32(quint8(block[2])) << 16 | quint32(quint8(block[3])) << 24;
                    const qsizetype countAt = 4 + qsizetype(vendor);
                    QCOMPARE(block.mid(countAt, 4), QByteArray(4, '\0')); // no comments
                }
                at += 4 + size;
            }
        }
    }
};

QTEST_GUILESS_MAIN(ClipExportLeaksNoMetadata)
#include "ClipExportLeaksNoMetadata.moc"
