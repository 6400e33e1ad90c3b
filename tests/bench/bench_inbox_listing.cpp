// The Inbox on a big vault (issue budget: listing under 150 ms, filtering by
// agent, purpose or deadline under 50 ms). tests/support/EvaluationVolume
// fills a demo vault with 10 000 recordings (metadata rows; listing reads no
// audio) and 50 000 evaluations (coach drafts and submissions, self-
// evaluations), then this measures, median of kRuns each:
//   floor    a bare SELECT of every recording row into memory;
//   listing  InboxArea::reload(): the ruled, audited catalogue with every
//            recording's deadline, into the table model and its proxy;
//   filter   typing into the Inbox filter (its QLineEdit): an agent's name,
//            a purpose, a deadline date, once the rows' texts are formatted
//            (the Inbox does that in idle time after listing); and, apart,
//            the worst case: the first keystroke straight after a listing,
//            before any idle time.
//
// BENCH <name> <value> <unit> budget <value>
#include "core/admin/Administration.h"
#include "core/demo/DemoContent.h"
#include "core/people/PersonStore.h"
#include "core/recordings/RecordingCatalogue.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationStore.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultKey.h"
#include "tests/support/EvaluationVolume.h"
#include "ui/inbox/InboxArea.h"
#include "ui/inbox/RecordingSortFilter.h"
#include "ui/inbox/RecordingTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cv;

namespace {

constexpr int kRecordings = 10'000;
constexpr int kEvaluationsPerRecording = 5;
constexpr int kRuns = 7;

double medianMs(const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::ranges::sort(ms);
    return ms[ms.size() / 2];
}

void bench(const char* name, double value, const char* unit, double budget)
{
    std::printf("BENCH %s %.3f %s budget %.3f\n", name, value, unit, budget);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    core::SystemClock clock;
    core::Vault::CreateOptions options;
    options.demo = true;
    auto vault = core::Vault::create(
        dir.filePath(QStringLiteral("big.cvault")),
        core::VaultCredential::ephemeralKey(core::SecretBytes::random(core::kVaultKeyBytes)), clock,
        options);
    if (!vault || !core::fillDemoContent(**vault, core::DemoCalls::Leave)) {
        std::fprintf(stderr, "bench_inbox_listing: the vault could not be created\n");
        return 1;
    }
    core::Administration admin(**vault);
    QElapsedTimer generating;
    generating.start();
    if (auto filled = test::fillEvaluationVolume(**vault, kRecordings,
                                                 kRecordings * kEvaluationsPerRecording);
        !filled) {
        std::fprintf(stderr, "bench_inbox_listing: generating the vault failed: %s\n",
                     qPrintable(filled.error().message));
        return 1;
    }
    std::printf("generated %d recordings and %d evaluations in %.1f s\n", kRecordings,
                kRecordings * kEvaluationsPerRecording, double(generating.elapsed()) / 1000);

    const double floor = medianMs([&] {
        QSqlQuery query((*vault)->database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT * FROM recording"));
        QList<QList<QVariant>> rows;
        while (query.next()) {
            QList<QVariant> row;
            for (int c = 0; c < 18; ++c)
                row.append(query.value(c));
            rows.append(row);
        }
    });

    const core::Person karim = *admin.persons().findByHandle(QStringLiteral("karim"));
    ui::InboxArea inbox(**vault, admin, karim);
    inbox.resize(1200, 700);
    inbox.show(); // measuring columns and painting look at the visible rows
    QApplication::processEvents();
    const double listing = medianMs([&] { inbox.reload(); });
    const double catalogue =
        medianMs([&] { (void)core::RecordingCatalogue(**vault, admin).visibleTo(karim); });
    const double store = medianMs([&] { (void)core::RecordingStore(**vault).all(); });
    const double coachStatus =
        medianMs([&] { (void)core::EvaluationStore(**vault).coachStatusByRecording(); });
    const auto entries = core::RecordingCatalogue(**vault, admin).visibleTo(karim);
    ui::RecordingTableModel model;
    const double formatting = medianMs([&] {
        model.setRecordings(*entries, clock.nowUtc());
        while (model.formatRemaining(kRecordings)) {
        }
    });
    QSortFilterProxyModel* proxy = inbox.proxy();
    auto* filter = inbox.findChild<QLineEdit*>(QStringLiteral("inboxFilter"));
    std::vector<double> firstKeystrokes;
    for (int i = 0; i < kRuns; ++i) {
        inbox.reload();
        QElapsedTimer typing;
        typing.start();
        filter->setText(QStringLiteral("F"));
        firstKeystrokes.push_back(double(typing.nsecsElapsed()) / 1e6);
        filter->clear();
    }
    std::ranges::sort(firstKeystrokes);
    const double firstKeystroke = firstKeystrokes[firstKeystrokes.size() / 2];
    // What the idle time after a listing does, all at once.
    while (inbox.model()->formatRemaining(kRecordings)) {
    }
    if (proxy->rowCount() != kRecordings) {
        std::fprintf(stderr, "bench_inbox_listing: the Inbox lists %d of %d recordings\n",
                     proxy->rowCount(), kRecordings);
        return 1;
    }
    const auto filterBy = [&](const QString& text) {
        return medianMs([&] {
                   filter->setText(text);
                   filter->clear();
               }) /
               2;
    };
    const QString someDeadline =
        proxy->index(1234, ui::RecordingTableModel::EvaluateBy).data().toString();
    const double byAgent = filterBy(QStringLiteral("Fatima"));
    const double byPurpose = filterBy(QStringLiteral("Assessment"));
    const double byDeadline = filterBy(someDeadline);

    std::printf("floor (bare SELECT of %d recordings): %.1f ms\n", kRecordings, floor);
    std::printf("of the listing: RecordingStore::all %.1f ms, the ruled catalogue with "
                "deadlines %.1f ms (of which the evaluations' states %.1f ms); apart, the "
                "model formatting every row's texts %.1f ms\n",
                store, catalogue, coachStatus, formatting);
    bench("inbox_listing_ms", listing, "ms", 150);
    bench("inbox_listing_vs_floor", listing / floor, "x", 150 / floor);
    bench("inbox_filter_agent_ms", byAgent, "ms", 50);
    bench("inbox_filter_purpose_ms", byPurpose, "ms", 50);
    bench("inbox_filter_deadline_ms", byDeadline, "ms", 50);
    const double sortByAgent = medianMs([&] {
        inbox.table()->sortByColumn(ui::RecordingTableModel::Agent, Qt::AscendingOrder);
        inbox.table()->sortByColumn(ui::RecordingTableModel::CallStart, Qt::DescendingOrder);
    });
    std::printf("sorting by agent and back by call start: %.1f ms\n", sortByAgent);
    std::printf("the first keystroke straight after a listing, before the idle-time "
                "formatting: %.1f ms (includes the listing's rows being formatted)\n",
                firstKeystroke);
    return 0;
}
