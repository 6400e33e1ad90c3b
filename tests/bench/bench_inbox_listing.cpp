// The Inbox on a big vault (issue budget: listing under 150 ms, filtering by
// agent, purpose or deadline under 50 ms). A generator fills a demo vault
// with 10 000 recordings (metadata rows; listing reads no audio) and 50 000
// evaluations (five per call: coach drafts and submissions, self-
// evaluations), then measures, median of kRuns each:
//   floor    a bare SELECT of every recording row into memory;
//   listing  InboxArea::reload(): the ruled, audited catalogue with every
//            recording's deadline, into the table model and its proxy;
//   filter   typing into the Inbox filter: an agent's name, a purpose, a
//            deadline date (QSortFilterProxyModel over all columns).
//
// BENCH <name> <value> <unit> budget <value>
#include "core/admin/Administration.h"
#include "core/demo/DemoContent.h"
#include "core/people/PersonStore.h"
#include "core/recordings/RecordingCatalogue.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/TemplateStore.h"
#include "core/time/Clock.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultKey.h"
#include "ui/inbox/InboxArea.h"
#include "ui/inbox/RecordingTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
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

bool generate(core::Vault& vault, core::Administration& admin)
{
    const auto person = [&](const char* handle) {
        return admin.persons().findByHandle(QString::fromLatin1(handle))->id;
    };
    const QList<core::PersonId> agents{person("sanne"), person("tom"), person("fatima"),
                                       person("joost"), person("wim")};
    const QList<core::PersonId> coaches{person("karim"), person("linda")};
    const QStringList queues{QStringLiteral("Burgerzaken"), QStringLiteral("Belastingen"),
                             QStringLiteral("Parkeren"), QStringLiteral("Afval en Reiniging"),
                             QStringLiteral("Klachten")};
    const auto scorecards = core::TemplateStore(vault).all();
    if (scorecards.isEmpty())
        return false;
    const core::TemplateVersionId scorecard = scorecards.first().id;
    const QDateTime now = vault.clock().nowUtc();

    core::Transaction transaction(vault);
    core::RecordingStore recordings(vault);
    QSqlQuery evaluation(vault.database());
    evaluation.prepare(QStringLiteral(
        "INSERT INTO evaluation (recording_id, template_version_id, evaluator_id, agent_id, "
        "purpose, kind, status, created_at, updated_at, submitted_at, score_total, score_state, "
        "critical_failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < kRecordings; ++i) {
        core::Recording r;
        r.agent = agents.at(i % agents.size());
        r.purpose = core::kAllPurposes[std::size_t(i % 2)]; // coaching, assessment
        r.policyVersion = 1;
        r.callStartUtc = now.addSecs(-qint64(i) * 517 - 3600);
        r.direction = i % 3 ? core::CallDirection::Inbound : core::CallDirection::Outbound;
        r.queue = queues.at(i % queues.size());
        r.agentChannel = core::AgentChannel::Left;
        r.sourceSha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        r.container = QStringLiteral("WAV (Microsoft)");
        r.encoding = QStringLiteral("U-Law");
        r.sampleRateHz = 8000;
        r.channels = 2;
        r.frames = 8000 * (60 + i % 600);
        r.byteSize = r.frames * 2;
        r.importedAtUtc = r.callStartUtc.addSecs(1800);
        r.importedBy = coaches.first();
        auto id = recordings.insert(r);
        if (!id)
            return false;
        for (int e = 0; e < kEvaluationsPerRecording; ++e) {
            const bool self = e == kEvaluationsPerRecording - 1;
            const bool submitted = e < 2;
            evaluation.addBindValue(*id);
            evaluation.addBindValue(scorecard);
            evaluation.addBindValue(self ? r.agent : coaches.at(e % coaches.size()));
            evaluation.addBindValue(r.agent);
            evaluation.addBindValue(core::purposeName(r.purpose));
            evaluation.addBindValue(self ? QStringLiteral("self") : QStringLiteral("coach"));
            evaluation.addBindValue(submitted ? QStringLiteral("submitted")
                                              : QStringLiteral("draft"));
            evaluation.addBindValue(r.importedAtUtc);
            evaluation.addBindValue(r.importedAtUtc);
            evaluation.addBindValue(submitted ? QVariant(r.importedAtUtc) : QVariant());
            evaluation.addBindValue(50.0 + (i + e) % 50);
            evaluation.addBindValue(QStringLiteral("complete"));
            evaluation.addBindValue(0);
            if (!evaluation.exec())
                return false;
        }
        // Only some calls evaluated: the deadlines matter for the rest.
        if (i % 4 != 0) {
            QSqlQuery open(vault.database());
            open.prepare(
                QStringLiteral("UPDATE evaluation SET status = 'draft', submitted_at = NULL "
                               "WHERE recording_id = ?"));
            open.addBindValue(*id);
            if (!open.exec())
                return false;
        }
    }
    return bool(transaction.commit());
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
    if (!generate(**vault, admin)) {
        std::fprintf(stderr, "bench_inbox_listing: generating the vault failed\n");
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
    const double listing = medianMs([&] { inbox.reload(); });
    const double catalogue =
        medianMs([&] { (void)core::RecordingCatalogue(**vault, admin).visibleTo(karim); });
    const double store = medianMs([&] { (void)core::RecordingStore(**vault).all(); });
    const auto entries = core::RecordingCatalogue(**vault, admin).visibleTo(karim);
    ui::RecordingTableModel model;
    model.setNow(clock.nowUtc());
    const double formatting = medianMs([&] { model.setRecordings(*entries); });
    QSortFilterProxyModel* proxy = inbox.proxy();
    if (proxy->rowCount() != kRecordings) {
        std::fprintf(stderr, "bench_inbox_listing: the Inbox lists %d of %d recordings\n",
                     proxy->rowCount(), kRecordings);
        return 1;
    }
    const auto filterBy = [&](const QString& text) {
        return medianMs([&] {
                   proxy->setFilterFixedString(text);
                   proxy->setFilterFixedString(QString());
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
                "deadlines %.1f ms, the model formatting its rows %.1f ms; the rest is the "
                "view\n",
                store, catalogue, formatting);
    bench("inbox_listing_ms", listing, "ms", 150);
    bench("inbox_listing_vs_floor", listing / floor, "x", 150 / floor);
    bench("inbox_filter_agent_ms", byAgent, "ms", 50);
    bench("inbox_filter_purpose_ms", byPurpose, "ms", 50);
    bench("inbox_filter_deadline_ms", byDeadline, "ms", 50);
    return 0;
}
