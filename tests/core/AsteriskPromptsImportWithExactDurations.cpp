// Real telephone speech: every prompt of Debian's asterisk-core-sounds-en-wav
// (16-bit WAV) and asterisk-core-sounds-en-gsm (raw, header-less GSM 6.10)
// imports, each call in its own transaction, and each stored recording has
// exactly the frames libsndfile itself counts in the file (opened here
// directly with sf_open, independently of AudioDecoder; raw GSM with its
// format given, as it carries no header).
#include "core/import/CallImporter.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AdminFixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;

namespace {

const QString kPrompts = QStringLiteral("/usr/share/asterisk/sounds/en");

// libsndfile's own count, straight from the file.
qint64 framesBySndfile(const QString& path, bool rawGsm)
{
    SF_INFO info{};
    if (rawGsm) {
        info.format = SF_FORMAT_RAW | SF_FORMAT_GSM610;
        info.samplerate = 8000;
        info.channels = 1;
    }
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file)
        return -1;
    sf_close(file);
    return info.frames;
}

} // namespace

class AsteriskPromptsImportWithExactDurations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPromptImportsWithLibsndfilesFrameCount()
    {
        QStringList files;
        QDirIterator it(kPrompts, {QStringLiteral("*.wav"), QStringLiteral("*.gsm")}, QDir::Files,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            files << it.next();
        files.sort();
        const auto count = [&](const char* suffix) {
            return std::count_if(files.cbegin(), files.cend(), [&](const QString& f) {
                return f.endsWith(QLatin1String(suffix));
            });
        };
        if (count(".wav") == 0 || count(".gsm") == 0)
            QSKIP("install asterisk-core-sounds-en-wav and asterisk-core-sounds-en-gsm");

        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        // Hundreds of calls of one agent: a policy whose coaching sample
        // holds them all, so that this measures durations, not R-PURPOSE-2.
        Policy roomy = fx.policy;
        for (PurposePolicy& p : roomy.purposes)
            p.callsPerPeriod = 100000;
        QVERIFY(fx.admin->policies().add(roomy, fx.manager.id));

        CallImporter importer(*fx.vault, *fx.admin);
        RecordingStore recordings(*fx.vault);
        const QDateTime start(QDate(2026, 2, 20), QTime(9, 0), Qt::OffsetFromUTC, 3600);
        QElapsedTimer timer;
        timer.start();
        int gsm = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString& file = files.at(i);
            const bool rawGsm = file.endsWith(QLatin1String(".gsm"));
            gsm += rawGsm;
            ManifestEntry entry;
            entry.file = file;
            entry.agentHandle = fx.agent.handle;
            entry.callStart = start.addSecs(i * 60);
            entry.queue = QStringLiteral("Prompts");
            entry.recordingNoticeGiven = true;
            entry.agentChannel = AgentChannel::Mono;
            entry.origin = QStringLiteral("prompt %1").arg(i + 1);
            auto id = importer.importCall(fx.coach, entry, Purpose::Coaching);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            const auto stored = recordings.find(*id);
            QVERIFY(stored);
            const qint64 expected = framesBySndfile(file, rawGsm);
            QVERIFY2(expected > 0, qPrintable(file));
            QVERIFY2(stored->frames == expected,
                     qPrintable(QStringLiteral("%1: stored %2 frames, libsndfile counts %3")
                                    .arg(file)
                                    .arg(stored->frames)
                                    .arg(expected)));
            QCOMPARE(stored->sampleRateHz, 8000);
            QCOMPARE(stored->channels, 1);
            if (rawGsm) {
                QCOMPARE(stored->container, QStringLiteral("GSM"));
                QCOMPARE(stored->encoding, QStringLiteral("GSM 6.10"));
            }
            QCOMPARE(stored->byteSize, QFileInfo(file).size());
        }
        QCOMPARE(recordings.count(), qint64(files.size()));
        qInfo("%lld prompts (%d raw GSM) imported in %.1f s, %.1f ms per call",
              qlonglong(files.size()), gsm, timer.elapsed() / 1000.0,
              double(timer.elapsed()) / double(files.size()));
    }
};

QTEST_GUILESS_MAIN(AsteriskPromptsImportWithExactDurations)
#include "AsteriskPromptsImportWithExactDurations.moc"
