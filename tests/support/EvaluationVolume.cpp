#include "tests/support/EvaluationVolume.h"

#include "core/people/PersonStore.h"
#include "core/policy/PolicyStore.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationStore.h"
#include "core/scoring/TemplateStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QRandomGenerator>

namespace cv::test {

using namespace core;

Result<EvaluationVolume> fillEvaluationVolume(Vault& vault, int recordings, int evaluations)
{
    QFile file(QStringLiteral(":/demo/template.json")); // built into coachvault_core
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::BadInput,
                    file.fileName() + QStringLiteral(": ") + file.errorString());
    auto scorecard = ScorecardTemplate::fromJson(file.readAll());
    if (!scorecard)
        return std::unexpected(scorecard.error());
    PersonStore persons(vault);
    QList<PersonId> agents, coaches;
    for (const char* handle : {"sanne", "tom", "fatima"})
        agents << persons.findByHandle(QString::fromLatin1(handle))->id;
    for (const char* handle : {"karim", "linda"})
        coaches << persons.findByHandle(QString::fromLatin1(handle))->id;
    const std::optional<Policy> policy = PolicyStore(vault).activeOn(vault.clock().nowUtc().date());
    if (!policy)
        return fail(ErrorCode::Usage, QStringLiteral("fill the demo cast and policy first"));

    QRandomGenerator random(20260320);
    const QDateTime now = vault.clock().nowUtc();
    Transaction transaction(vault);
    TemplateStore templates(vault);
    auto draft = templates.saveDraft(*scorecard, coaches.first());
    if (!draft)
        return std::unexpected(draft.error());
    if (auto published = templates.publish(*draft, coaches.first()); !published)
        return std::unexpected(published.error());
    // Published "now" by the clock; the calls follow it in the vault's eyes
    // only as far as lists care, which do not check R-ASSESS-1.
    RecordingStore store(vault);
    QList<Recording> calls;
    for (int i = 0; i < recordings; ++i) {
        Recording r;
        r.agent = agents[i % agents.size()];
        r.purpose = i % 5 == 0 ? Purpose::Assessment : Purpose::Coaching;
        r.policyVersion = policy->version;
        r.callStartUtc = now.addSecs(-qint64(random.bounded(120 * 24 * 3600)));
        r.queue = i % 3 ? QStringLiteral("Burgerzaken") : QStringLiteral("Belastingen");
        r.sourceSha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        r.container = QStringLiteral("WAV");
        r.encoding = QStringLiteral("ULAW");
        r.sampleRateHz = 8000;
        r.channels = 2;
        r.frames = 8000 * qint64(60 + random.bounded(600));
        r.byteSize = r.frames * 2;
        r.importedBy = coaches[i % coaches.size()];
        auto id = store.insert(r);
        if (!id)
            return std::unexpected(id.error());
        r.id = *id;
        calls << r;
    }
    EvaluationStore evaluationStore(vault);
    const QList<const Criterion*> criteria = scorecard->allCriteria();
    for (int i = 0; i < evaluations && !calls.isEmpty(); ++i) {
        const Recording& call = calls[i % calls.size()];
        Evaluation e;
        e.recording = call.id;
        e.templateVersion = *draft;
        e.kind = i % 4 == 3 ? EvaluationKind::Self : EvaluationKind::Coach;
        e.evaluator = e.kind == EvaluationKind::Self ? call.agent : coaches[i % coaches.size()];
        e.agent = call.agent;
        e.purpose = call.purpose;
        auto id = evaluationStore.insert(e);
        if (!id)
            return std::unexpected(id.error());
        e.id = *id;
        for (const Criterion* c : criteria)
            e.answers[c->id].score = CriterionScore::of(
                c->scale.minimum() +
                int(random.bounded(c->scale.maximum() - c->scale.minimum() + 1)));
        e.notes = {TimedNote{1000, QStringLiteral("Opening"), {}, now},
                   TimedNote{30000, QStringLiteral("Doorvragen"),
                             QStringLiteral("vraag.doorvragen"), now}};
        if (auto saved =
                evaluationStore.saveDraft(e, ScoreFormula::compute(*scorecard, e.scores()));
            !saved)
            return std::unexpected(saved.error());
        if (random.bounded(10) < 7) {
            if (auto submitted = evaluationStore.markSubmitted(e.id); !submitted)
                return std::unexpected(submitted.error());
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return EvaluationVolume{*draft, recordings, evaluations};
}

} // namespace cv::test
