// A batch import reports every item: an imported call with its recording, a
// refused one with its rule, a corrupt file and an audio file no manifest
// describes with their reasons. A cancel stops before the next call and
// leaves the rest unimported; a cancel within a call leaves nothing of it. Discovery finds
// manifests, sidecars and the manifest entry of a single audio file, reads a manifest once however
// it is reached, and a broken manifest fails alone.
#include "core/import/ImportBatch.h"
#include "core/import/ImportDiscovery.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;
using Kind = ImportOutcome::Kind;

class ImportBatchReportsEveryOutcome final : public QObject
{
    Q_OBJECT

    static void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static QByteArray tone(double seconds)
    {
        return cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, seconds);
    }
    static QByteArray csvLine(const char* file, const char* agent, const char* start)
    {
        return QByteArray(file) + ',' + agent + ',' + start + ",inbound,Betalingen,yes,no,left\n";
    }
    static constexpr const char* kHeader =
        "file,agent,callStart,direction,queue,recordingNotice,private,agentChannel\n";

    // calls/: a good call (sanne), a refused one (uma was never informed,
    // R-INFO-1), a corrupt file, an audio file no manifest names, a note.
    static QString writeCallsFolder(cv::test::AdminFixture& fx)
    {
        const QString folder = fx.dir.filePath(QStringLiteral("calls"));
        write(folder + QStringLiteral("/good.wav"), tone(3.0));
        write(folder + QStringLiteral("/refused.wav"), tone(2.0));
        write(folder + QStringLiteral("/corrupt.wav"), QByteArray("this is not audio"));
        write(folder + QStringLiteral("/extra/orphan.wav"), tone(1.0));
        write(folder + QStringLiteral("/README.txt"), QByteArray("exported by the platform"));
        write(folder + QStringLiteral("/manifest.csv"),
              QByteArray(kHeader) + csvLine("good.wav", "sanne", "2026-02-20T09:30:00+01:00") +
                  csvLine("refused.wav", "uma", "2026-02-20T10:30:00+01:00") +
                  csvLine("corrupt.wav", "sanne", "2026-02-21T09:30:00+01:00"));
        return folder;
    }

private Q_SLOTS:
    void everyOutcomeIsReported()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QString folder = writeCallsFolder(fx);
        const QList<ImportItem> items = ImportDiscovery::discover({folder});
        QCOMPARE(items.size(), 4);

        QList<ImportBatchProgress> seen;
        const ImportSummary summary =
            ImportBatch(*fx.vault, *fx.admin)
                .run(fx.coach, items, Purpose::Coaching, [&](const ImportBatchProgress& p) {
                    seen.append(p);
                    return true;
                });
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.refused, 1);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.notImported, 0);
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.outcomes.size(), 4);

        const ImportOutcome& good = summary.outcomes.at(0);
        QCOMPARE(good.kind, Kind::Imported);
        QVERIFY(good.file.endsWith(QLatin1String("/good.wav")));
        const auto stored = RecordingStore(*fx.vault).find(good.id);
        QVERIFY(stored);
        QCOMPARE(stored->agent, fx.agent.id);
        QCOMPARE(stored->purpose, Purpose::Coaching);

        const ImportOutcome& refused = summary.outcomes.at(1);
        QCOMPARE(refused.kind, Kind::Refused);
        QCOMPARE(refused.ruleId, QStringLiteral("R-INFO-1"));
        QVERIFY(refused.message.startsWith(QLatin1String("R-INFO-1")));

        const ImportOutcome& corrupt = summary.outcomes.at(2);
        QCOMPARE(corrupt.kind, Kind::Failed);
        QVERIFY2(corrupt.message.contains(QLatin1String("corrupt.wav")),
                 qPrintable(corrupt.message));
        QVERIFY2(corrupt.message.contains(QLatin1String("not an audio file")),
                 qPrintable(corrupt.message));

        const ImportOutcome& orphan = summary.outcomes.at(3);
        QCOMPARE(orphan.kind, Kind::Failed);
        QVERIFY(orphan.file.endsWith(QLatin1String("/extra/orphan.wav")));
        QVERIFY2(orphan.message.startsWith(orphan.file + QLatin1String(": no manifest entry")),
                 qPrintable(orphan.message));

        QCOMPARE(RecordingStore(*fx.vault).count(), 1);

        // The observer saw each item start, in order, and the end.
        QList<int> starts;
        for (const ImportBatchProgress& p : std::as_const(seen)) {
            QCOMPARE(p.total, 4);
            if (p.bytesDone == 0 && p.bytesTotal == 0)
                starts << p.index;
        }
        QCOMPARE(starts, QList<int>({0, 1, 2, 3, 4}));
        // Bytes of the good call were reported, ending with the whole file.
        const auto whole = std::ranges::find_if(seen, [](const ImportBatchProgress& p) {
            return p.index == 0 && p.bytesTotal > 0 && p.bytesDone == p.bytesTotal;
        });
        QVERIFY(whole != seen.end());
        QCOMPARE(whole->bytesTotal, QFileInfo(good.file).size());
    }

    void cancelAfterTheFirstEntryLeavesTheRestUnimported()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QList<ImportItem> items = ImportDiscovery::discover({writeCallsFolder(fx)});
        const qint64 auditBefore = fx.admin->audit().count();
        const ImportSummary summary =
            ImportBatch(*fx.vault, *fx.admin)
                .run(fx.coach, items, Purpose::Coaching, [](const ImportBatchProgress& p) {
                    return p.index < 1; // Cancel once one is done
                });
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.refused, 0);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.notImported, 3);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(summary.outcomes.at(i).kind, Kind::NotImported);
            QVERIFY(summary.outcomes.at(i).message.contains(QLatin1String("cancelled")));
        }
        QCOMPARE(RecordingStore(*fx.vault).count(), 1);
        // Only the one import was attempted: no refusal or failure audited.
        QCOMPARE(fx.admin->audit().count(), auditBefore + 1);
    }

    void cancelWithinACallLeavesNothingOfIt()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        // Two minutes of stereo u-law: about 1.9 MB, several chunks, so the
        // importer reports progress between the first byte and the last.
        const QString folder = fx.dir.filePath(QStringLiteral("long"));
        write(folder + QStringLiteral("/long.wav"), tone(120.0));
        write(folder + QStringLiteral("/manifest.csv"),
              QByteArray(kHeader) + csvLine("long.wav", "sanne", "2026-02-20T09:30:00+01:00"));
        const QList<ImportItem> items = ImportDiscovery::discover({folder});
        QCOMPARE(items.size(), 1);
        qint64 cancelledAt = -1;
        const ImportSummary summary =
            ImportBatch(*fx.vault, *fx.admin)
                .run(fx.coach, items, Purpose::Coaching, [&](const ImportBatchProgress& p) {
                    if (p.bytesDone > 0 && p.bytesDone < p.bytesTotal) {
                        cancelledAt = p.bytesDone;
                        return false;
                    }
                    return true;
                });
        QVERIFY2(cancelledAt > 0, "the importer reported no progress within the call");
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.notImported, 1);
        QCOMPARE(summary.outcomes.at(0).kind, Kind::NotImported);
        QVERIFY(summary.outcomes.at(0).message.contains(QLatin1String("cancelled")));
        QCOMPARE(RecordingStore(*fx.vault).count(), 0);
        // No chunk of the cancelled call stayed behind.
        QSqlQuery chunks(fx.vault->database());
        QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM audio_chunk")) && chunks.next());
        QCOMPARE(chunks.value(0).toLongLong(), qint64(0));
    }

    void aBrokenManifestFailsAloneAndTheRestImports()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QString folder = fx.dir.filePath(QStringLiteral("mixed"));
        write(folder + QStringLiteral("/a/call.wav"), tone(1.0));
        write(folder + QStringLiteral("/a/manifest.csv"),
              QByteArray(kHeader) + csvLine("call.wav", "sanne", "2026-02-20T09:30:00+01:00"));
        write(folder + QStringLiteral("/b/manifest.csv"),
              QByteArray(kHeader) + csvLine("x.wav", "sanne", "20 februari"));
        const QList<ImportItem> items = ImportDiscovery::discover({folder});
        QCOMPARE(items.size(), 2);
        const ImportSummary summary =
            ImportBatch(*fx.vault, *fx.admin).run(fx.coach, items, Purpose::Coaching);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.failed, 1);
        const ImportOutcome& broken = summary.outcomes.at(1);
        QVERIFY(broken.file.endsWith(QLatin1String("b/manifest.csv")));
        QVERIFY2(broken.message.contains(QLatin1String("b/manifest.csv line 2")) &&
                     broken.message.contains(QLatin1String("callStart")),
                 qPrintable(broken.message));
    }

    void discoveryFindsEachCallOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("export"));
        write(folder + QStringLiteral("/one.wav"), tone(0.5));
        write(folder + QStringLiteral("/two.wav"), tone(0.5));
        write(folder + QStringLiteral("/manifest.csv"),
              QByteArray(kHeader) + csvLine("one.wav", "sanne", "2026-02-20T09:30:00+01:00") +
                  csvLine("two.wav", "tom", "2026-02-20T09:40:00+01:00"));
        write(folder + QStringLiteral("/side.flac"), tone(0.5));
        write(folder + QStringLiteral("/side.flac.json"),
              R"({"agent": "sanne", "callStart": "2026-02-20T11:00:00+01:00",
                  "direction": "outbound", "queue": "Verkoop", "recordingNotice": true,
                  "private": false, "agentChannel": "right"})");

        // A single audio file: only its own entry from the folder's manifest.
        QList<ImportItem> items = ImportDiscovery::discover({folder + QStringLiteral("/two.wav")});
        QCOMPARE(items.size(), 1);
        QVERIFY(!items.first().isProblem());
        QCOMPARE(items.first().entry.agentHandle, QStringLiteral("tom"));

        // An audio file with a sidecar.
        items = ImportDiscovery::discover({folder + QStringLiteral("/side.flac")});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().entry.direction, CallDirection::Outbound);

        // The folder, its manifest and one of its files: each call once.
        items = ImportDiscovery::discover({folder, folder + QStringLiteral("/manifest.csv"),
                                           folder + QStringLiteral("/one.wav")});
        QStringList files;
        for (const ImportItem& item : std::as_const(items)) {
            QVERIFY2(!item.isProblem(), qPrintable(item.problem));
            files << QFileInfo(item.file).fileName();
        }
        QCOMPARE(files, QStringList({QStringLiteral("one.wav"), QStringLiteral("two.wav"),
                                     QStringLiteral("side.flac")}));

        // Nothing importable: a problem naming the path, not a guess.
        write(dir.filePath(QStringLiteral("stray/lonely.wav")), tone(0.5));
        items = ImportDiscovery::discover({dir.filePath(QStringLiteral("stray/lonely.wav")),
                                           dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0).problem.contains(QLatin1String("missing")));
        QVERIFY(items.at(0).problem.contains(QLatin1String("no manifest found")));
        QVERIFY(items.at(1).problem.contains(QLatin1String("lonely.wav: no manifest entry")));
    }
};

QTEST_GUILESS_MAIN(ImportBatchReportsEveryOutcome)
#include "ImportBatchReportsEveryOutcome.moc"
