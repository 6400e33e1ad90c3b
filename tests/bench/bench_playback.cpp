// Playback responsiveness on a 1-hour 8 kHz stereo u-law call in the vault
// (DESIGN.md: first sound within 100 ms of play; a seek within 50 ms):
//   playback_start_ms   time for play() to open the output and hand it the
//                       first 200 ms of audio (decoded from the vault's chunks)
//   playback_seek_ms    worst time for a seek while playing to refill the
//                       output from a random point of the hour
// and, as the floor measured in the same run, the bare libsndfile decode of
// the same 200 ms from a file. Needs an audio output (scripts/bench runs in
// the headless environment with PulseAudio's null sink).
//
// BENCH <name> <value> <unit> budget <value>
#include "core/admin/Administration.h"
#include "core/demo/DemoContent.h"
#include "core/import/CallImporter.h"
#include "core/playback/CallPlayer.h"
#include "core/recordings/RecordingStore.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/bench/HourCall.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace cv::core;

namespace {

constexpr int kRate = cv::bench::kHourCallRate;
constexpr int kSeconds = cv::bench::kHourCallSeconds;

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The floor: libsndfile decoding 200 ms from a random point of the file.
double bareDecodeMs(const QString& path)
{
    SF_INFO info{};
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    std::vector<float> block(kRate / 5 * 2);
    double best = 1e9;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        sf_seek(file, QRandomGenerator::global()->bounded(kSeconds - 1) * kRate, SEEK_SET);
        sf_readf_float(file, block.data(), kRate / 5);
        best = std::min(best, ms(timer));
    }
    sf_close(file);
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString call = dir.filePath(QStringLiteral("hour.wav"));
    cv::bench::writeHourCall(call);
    const ManualClock clock(QDateTime::currentDateTimeUtc());
    auto vault = createEphemeralDemoVault(dir.filePath(QStringLiteral("bench.cvault")), clock);
    if (!vault) {
        std::fprintf(stderr, "bench_playback: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    Administration admin(**vault);
    const Person coach = *admin.persons().findByHandle(QStringLiteral("karim"));
    ManifestEntry entry;
    entry.file = call;
    entry.agentHandle = QStringLiteral("sanne");
    entry.callStart = clock.nowUtc().addDays(-1);
    entry.queue = QStringLiteral("Burgerzaken");
    entry.recordingNoticeGiven = true;
    entry.agentChannel = AgentChannel::Left;
    entry.origin = QStringLiteral("bench");
    auto id = CallImporter(**vault, admin).importCall(coach, entry, Purpose::Coaching);
    if (!id) {
        std::fprintf(stderr, "bench_playback: %s\n", qPrintable(id.error().message));
        return 1;
    }
    RecordingStore store(**vault);
    const Recording recording = *store.find(*id);

    CallPlayer player;
    if (!player.open(store, recording)) {
        std::fprintf(stderr, "bench_playback: %s\n", qPrintable(player.message()));
        return 1;
    }
    if (player.state() == CallPlayer::State::NoOutput) {
        std::fprintf(stderr, "bench_playback: no audio output; run it through scripts/bench\n");
        return 1;
    }

    double start = 1e9;
    for (int round = 0; round < 5; ++round) {
        player.seek(QRandomGenerator::global()->bounded(kSeconds - 10) * 1000);
        QElapsedTimer timer;
        timer.start();
        player.play();
        start = std::min(start, ms(timer));
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        player.pause();
    }
    player.play();
    std::vector<double> seeks;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        player.seek(QRandomGenerator::global()->bounded(kSeconds - 10) * 1000);
        seeks.push_back(ms(timer));
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    player.pause();
    std::sort(seeks.begin(), seeks.end());
    const double floor = bareDecodeMs(call);
    std::printf("BENCH floor_decode_200ms %.3f ms budget -\n", floor);
    std::printf("BENCH playback_start_ms %.1f ms budget 100\n", start);
    std::printf("BENCH playback_seek_median_ms %.1f ms budget -\n", seeks[seeks.size() / 2]);
    std::printf("BENCH playback_seek_ms %.1f ms budget 50\n", seeks.back());
    return 0;
}
