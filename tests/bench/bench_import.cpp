// Import speed against floors measured in the same run (DESIGN.md budgets):
//   decode + peak pyramid      / bare libsndfile decode                  <= 1.5
//   whole import (CallImporter) / (bare decode + bare SQLCipher chunk write) <= 1.3
// on a 1-hour 8 kHz stereo u-law WAV (57.6 MB). Rounds interleave the four
// measurements; each figure is the best of its rounds.
//
// BENCH <name> <value> <unit> budget <value>
#include "core/admin/Administration.h"
#include "core/audio/AudioDecoder.h"
#include "core/audio/PeakPyramid.h"
#include "core/demo/DemoContent.h"
#include "core/import/CallImporter.h"
#include "core/recordings/RecordingStore.h"
#include "core/time/Clock.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace cv::core;

namespace {

constexpr int kRate = 8000;
constexpr int kSeconds = 3600;

void writeCall(const QString& path)
{
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_ULAW;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    std::vector<float> block(kRate * 2);
    for (int second = 0; second < kSeconds; ++second) {
        for (int i = 0; i < kRate; ++i) {
            const double t = double(second * kRate + i) / kRate;
            block[size_t(2 * i)] = float(0.4 * std::sin(2 * M_PI * 220 * t) * std::sin(t / 3));
            block[size_t(2 * i + 1)] = float(0.3 * std::sin(2 * M_PI * 330 * t) * std::cos(t / 5));
        }
        sf_writef_float(file, block.data(), kRate);
    }
    sf_close(file);
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double decodeSeconds(const QString& path, bool withPeaks)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    auto opened = AudioDecoder::open(file);
    PeakPyramidBuilder peaks(2);
    std::vector<float> block(8192 * 2);
    while (const qint64 n = opened.decoder->readFrames(block.data(), 8192)) {
        if (withPeaks)
            peaks.feed(block.data(), n);
    }
    if (withPeaks)
        (void)peaks.finish();
    return seconds(timer);
}

double chunkWriteSeconds(const QString& dir, const QString& path, const ManualClock& clock)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    auto vault = Vault::create(dir + QStringLiteral("/floor.cvault"),
                               VaultCredential::ephemeralKey(SecretBytes::random(32)), clock);
    QSqlQuery(vault->get()->database())
        .exec(QStringLiteral("CREATE TABLE chunk (seq INTEGER PRIMARY KEY, data BLOB)"));
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(**vault);
        QSqlQuery insert((*vault)->database());
        insert.prepare(QStringLiteral("INSERT INTO chunk (seq, data) VALUES (?, ?)"));
        for (qint64 offset = 0, seq = 0; offset < bytes.size();
             offset += RecordingStore::kChunkBytes, ++seq) {
            insert.addBindValue(seq);
            insert.addBindValue(bytes.mid(offset, RecordingStore::kChunkBytes));
            insert.exec();
        }
        (void)transaction.commit();
    }
    const double s = seconds(timer);
    vault->reset();
    QFile::remove(dir + QStringLiteral("/floor.cvault"));
    return s;
}

double importSeconds(const QString& dir, const QString& path, const ManualClock& clock, int round)
{
    const QString vaultPath = dir + QStringLiteral("/import%1.cvault").arg(round);
    auto vault = createEphemeralDemoVault(vaultPath, clock);
    Administration admin(**vault);
    const Person coach = *admin.persons().findByHandle(QStringLiteral("karim"));
    ManifestEntry entry;
    entry.file = path;
    entry.agentHandle = QStringLiteral("sanne");
    entry.callStart = clock.nowUtc().addDays(-1);
    entry.queue = QStringLiteral("Burgerzaken");
    entry.recordingNoticeGiven = true;
    entry.agentChannel = AgentChannel::Left;
    entry.origin = QStringLiteral("bench");
    CallImporter importer(**vault, admin);
    // The floor's vault starts with an empty write-ahead log; so does this
    // one. Otherwise the demo cast still in the log pushes the import's
    // commit over SQLite's auto-checkpoint (1000 pages) and the import alone
    // pays for copying the log into the database.
    QSqlQuery((*vault)->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QElapsedTimer timer;
    timer.start();
    auto id = importer.importCall(coach, entry, Purpose::Coaching);
    const double s = seconds(timer);
    if (!id) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(id.error().message));
        std::exit(1);
    }
    vault->reset();
    QFile::remove(vaultPath);
    return s;
}

} // namespace

void report(const char* what, double seconds, double ratio, const char* floor, double budget)
{
    std::printf("  %-16s %7.3f s = %5.2f x %-44s budget %.1f x  %s\n", what, seconds, ratio, floor,
                budget, ratio <= budget ? "within" : "OVER");
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString call = dir.filePath(QStringLiteral("hour.wav"));
    writeCall(call);
    const ManualClock clock(QDateTime::currentDateTimeUtc());

    // Interleaved rounds, best of each: the machine is shared, so the floor
    // and the measured path see the same weather.
    constexpr int kRounds = 7;
    double decode = 1e9, decodePeaks = 1e9, write = 1e9, import = 1e9;
    for (int round = 0; round < kRounds; ++round) {
        const double d = decodeSeconds(call, false);
        const double p = decodeSeconds(call, true);
        const double w = chunkWriteSeconds(dir.path(), call, clock);
        const double i = importSeconds(dir.path(), call, clock, round);
        std::printf("round %d: decode %.3f s, decode+peaks %.3f s, chunk write %.3f s, import "
                    "%.3f s\n",
                    round + 1, d, p, w, i);
        decode = std::min(decode, d);
        decodePeaks = std::min(decodePeaks, p);
        write = std::min(write, w);
        import = std::min(import, i);
    }
    const double floor = decode + write;
    std::printf("\n1-hour 8 kHz stereo u-law WAV, best of %d rounds:\n", kRounds);
    std::printf("  %-16s %7.3f s\n", "bare decode", decode);
    std::printf("  %-16s %7.3f s (256 KiB chunks, the vault's cipher settings)\n",
                "bare chunk write", write);
    const QByteArray floorText =
        QStringLiteral("floor %1 s (decode + chunk write)").arg(floor, 0, 'f', 3).toLatin1();
    const QByteArray decodeText =
        QStringLiteral("bare decode %1 s").arg(decode, 0, 'f', 3).toLatin1();
    report("decode + peaks", decodePeaks, decodePeaks / decode, decodeText.constData(), 1.5);
    report("whole import", import, import / floor, floorText.constData(), 1.3);
    std::printf("\n");
    std::printf("BENCH floor_decode_1h_ulaw %.3f s budget -\n", decode);
    std::printf("BENCH floor_chunk_write_1h %.3f s budget -\n", write);
    std::printf("BENCH decode_peaks_vs_decode %.2f x budget 1.5\n", decodePeaks / decode);
    std::printf("BENCH import_1h %.3f s budget -\n", import);
    std::printf("BENCH import_vs_floor %.2f x budget 1.3\n", import / floor);
    return 0;
}
