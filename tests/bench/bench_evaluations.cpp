// Lists over a large vault (issue 5's budgets for the Inbox's data): a vault
// with 10 000 recordings and 50 000 evaluations (tests/support/
// EvaluationVolume) is generated once; then the stores' lists are timed,
// best of 5:
//   all recordings + the coach status of each (the Inbox's rows)  <= 150 ms
//   all evaluations' headers                                      <= 150 ms
//   evaluations of one agent / of one purpose / drafts            <= 50 ms
//
// BENCH <name> <value> <unit> budget <value>
#include "core/demo/DemoContent.h"
#include "core/people/PersonStore.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationStore.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "tests/support/EvaluationVolume.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace cv::core;

namespace {

double bestMs(const std::function<qsizetype()>& run, qsizetype* rows)
{
    double best = 1e18;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        *rows = run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void measure(const char* name, const std::function<qsizetype()>& run, double budget)
{
    qsizetype rows = 0;
    const double ms = bestMs(run, &rows);
    std::printf("BENCH %s %.1f ms budget %.0f (%lld rows)\n", name, ms, budget,
                static_cast<long long>(rows));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int recordings = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int evaluations = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50000;
    QTemporaryDir dir;
    const ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    auto vault = Vault::create(dir.filePath(QStringLiteral("volume.cvault")),
                               VaultCredential::ephemeralKey(SecretBytes::random(kVaultKeyBytes)),
                               clock, Vault::CreateOptions{.demo = true});
    if (!vault || !fillDemoContent(**vault, DemoCalls::Leave)) {
        std::fprintf(stderr, "bench_evaluations: cannot create the vault\n");
        return 1;
    }
    QElapsedTimer generate;
    generate.start();
    auto volume = cv::test::fillEvaluationVolume(**vault, recordings, evaluations);
    if (!volume) {
        std::fprintf(stderr, "bench_evaluations: %s\n", qPrintable(volume.error().message));
        return 1;
    }
    std::printf("generated %d recordings and %d evaluations in %.1f s\n", recordings, evaluations,
                double(generate.nsecsElapsed()) / 1e9);

    RecordingStore recordingStore(**vault);
    EvaluationStore store(**vault);
    measure(
        "inbox_rows",
        [&] {
            const auto all = recordingStore.all();
            const auto status = store.coachStatusByRecording();
            return all.size() + (status.isEmpty() ? 0 : 0);
        },
        150);
    measure(
        "evaluations_all", [&] { return store.list().size(); }, 150);
    EvaluationFilter byAgent;
    byAgent.agent = PersonStore(**vault).findByHandle(QStringLiteral("sanne"))->id;
    measure(
        "evaluations_agent", [&] { return store.list(byAgent).size(); }, 50);
    EvaluationFilter byPurpose;
    byPurpose.purpose = Purpose::Assessment;
    measure(
        "evaluations_purpose", [&] { return store.list(byPurpose).size(); }, 50);
    EvaluationFilter drafts;
    drafts.status = EvaluationStatus::Draft;
    measure(
        "evaluations_drafts", [&] { return store.list(drafts).size(); }, 50);
    QElapsedTimer one;
    one.start();
    const auto found = store.find(evaluations / 2);
    std::printf("BENCH evaluation_find %.2f ms budget 10 (%lld answers)\n",
                double(one.nsecsElapsed()) / 1e6,
                static_cast<long long>(found ? found->answers.size() : 0));
    return 0;
}
