// The retention sweep's budget (issue 7): destroying 1 000 recordings in a
// vault of 10 000, secure delete included, in under 5 s.
//
// A vault with 10 000 recordings (tests/support/EvaluationVolume), each with
// 64 KiB of audio in the vault and its peaks, is generated once; 9 000 are
// retained far ahead, so exactly the oldest 1 000 (all past their term) are
// due. The file is then copied: on the copy, the floor — the bare secure DELETE of the same
// recordings' audio and peaks in one transaction, then the WAL checkpoint;
// on the original, RetentionSweep::run (the schedule of all 10 000,
// tombstones, one audit entry each, the deletes, the checkpoint).
//
// BENCH <name> <value> <unit> budget <value>
#include "core/admin/Administration.h"
#include "core/demo/DemoContent.h"
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionSweep.h"
#include "core/time/Clock.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"
#include "tests/support/EvaluationVolume.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace cv::core;

namespace {

constexpr int kAudioBytes = 64 * 1024;

bool exec(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql)) {
        std::fprintf(stderr, "bench_retention_sweep: %s\n", qPrintable(sql));
        return false;
    }
    return true;
}

// Audio and peaks for every recording; all but `due` retained far ahead.
bool prepare(Vault& vault, int due)
{
    Transaction transaction(vault);
    QSqlQuery ids(vault.database());
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM recording ORDER BY call_start, id")))
        return false;
    QList<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    QSqlQuery chunk(vault.database());
    chunk.prepare(
        QStringLiteral("INSERT INTO audio_chunk (recording_id, seq, data) VALUES (?, 0, ?)"));
    QSqlQuery peaks(vault.database());
    peaks.prepare(QStringLiteral(
        "INSERT INTO recording_peaks (recording_id, format_version, data) VALUES (?, 1, ?)"));
    QSqlQuery keep(vault.database());
    keep.prepare(QStringLiteral(
        "INSERT INTO recording_retention (recording_id, consent_on, reason, until_date, "
        "recorded_by, recorded_at) VALUES (?, '2026-01-01', 'bench', '2099-01-01', 1, "
        "'2026-01-01T00:00:00.000Z')"));
    QByteArray audio(kAudioBytes, '\0');
    QByteArray peakBytes(kAudioBytes / 64, '\0');
    for (int i = 0; i < all.size(); ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(audio.data()),
                                              kAudioBytes / 4);
        chunk.addBindValue(all[i]);
        chunk.addBindValue(audio);
        peaks.addBindValue(all[i]);
        peaks.addBindValue(peakBytes);
        if (!chunk.exec() || !peaks.exec())
            return false;
        if (i >= due) {
            keep.addBindValue(all[i]);
            if (!keep.exec())
                return false;
        }
    }
    return bool(transaction.commit()) &&
           exec(vault, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int recordings = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int due = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    QTemporaryDir dir;
    const ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    const SecretBytes key = SecretBytes::random(kVaultKeyBytes);
    const QString path = dir.filePath(QStringLiteral("volume.cvault"));
    const QString floorPath = dir.filePath(QStringLiteral("floor.cvault"));
    {
        auto vault = Vault::create(path, VaultCredential::ephemeralKey(key.clone()), clock,
                                   Vault::CreateOptions{.demo = true});
        if (!vault) {
            std::fprintf(stderr, "bench_retention_sweep: %s\n", qPrintable(vault.error().message));
            return 1;
        }
        if (auto filled = fillDemoContent(**vault, DemoCalls::Leave); !filled) {
            std::fprintf(stderr, "bench_retention_sweep: %s\n", qPrintable(filled.error().message));
            return 1;
        }
        QElapsedTimer generate;
        generate.start();
        // Calls over the 120 days before the clock: with a 14-day term
        // nearly all have lapsed; the retention grants pick the 1 000.
        if (!cv::test::fillEvaluationVolume(**vault, recordings, 0) || !prepare(**vault, due)) {
            std::fprintf(stderr, "bench_retention_sweep: cannot fill the vault\n");
            return 1;
        }
        std::printf("generated %d recordings with %d KiB of audio each in %.1f s\n", recordings,
                    kAudioBytes / 1024, double(generate.nsecsElapsed()) / 1e9);
    }
    if (!QFile::copy(path, floorPath))
        return 1;

    // The floor: the same deletes, bare, on the copy.
    double floorMs = 0;
    qsizetype dueCount = 0;
    {
        auto vault = Vault::open(floorPath, VaultCredential::ephemeralKey(key.clone()), clock);
        if (!vault)
            return 1;
        Administration admin(**vault);
        dueCount = RetentionSweep(**vault, admin).due(clock.nowUtc()).size();
        QElapsedTimer timer;
        timer.start();
        {
            Transaction transaction(**vault);
            const QString doomed =
                QStringLiteral("(SELECT id FROM recording WHERE id NOT IN "
                               "(SELECT recording_id FROM recording_retention))");
            if (!exec(**vault,
                      QStringLiteral("DELETE FROM audio_chunk WHERE recording_id IN ") + doomed) ||
                !exec(**vault,
                      QStringLiteral("DELETE FROM recording_peaks WHERE recording_id IN ") +
                          doomed) ||
                !transaction.commit())
                return 1;
        }
        if (!exec(**vault, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return 1;
        floorMs = double(timer.nsecsElapsed()) / 1e6;
    }

    // The sweep.
    auto vault = Vault::open(path, VaultCredential::ephemeralKey(key.clone()), clock);
    if (!vault)
        return 1;
    Administration admin(**vault);
    RetentionSweep sweep(**vault, admin);
    QElapsedTimer timer;
    timer.start();
    auto report = sweep.run(clock.nowUtc(), QStringLiteral("bench"));
    const double sweepMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report) {
        std::fprintf(stderr, "bench_retention_sweep: %s\n", qPrintable(report.error().message));
        return 1;
    }
    std::printf("due %lld, destroyed %lld\n", static_cast<long long>(dueCount),
                static_cast<long long>(report->destroyed.size()));
    std::printf("BENCH retention_sweep_floor %.0f ms budget -\n", floorMs);
    std::printf("BENCH retention_sweep_1000_of_10000 %.0f ms budget 5000\n", sweepMs);
    std::printf("BENCH retention_sweep_vs_floor %.2f x budget -\n", sweepMs / floorMs);
    return report->destroyed.size() == dueCount ? 0 : 1;
}
