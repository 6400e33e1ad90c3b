#include "tests/support/ScoringFixture.h"

#include "core/recordings/RecordingStore.h"

#include <QFile>

namespace cv::test {

using namespace core;

ScorecardTemplate ScoringFixture::example()
{
    QFile file(qEnvironmentVariable("COACHVAULT_SOURCE_DIR") +
               QStringLiteral("/docs/examples/template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto parsed = ScorecardTemplate::fromJson(file.readAll());
    return parsed ? *parsed : ScorecardTemplate{};
}

ScoringFixture::ScoringFixture()
{
    if (!fx.ok())
        return;
    library = std::make_unique<TemplateLibrary>(*fx.vault, *fx.admin);
    desk = std::make_unique<EvaluationDesk>(*fx.vault, *fx.admin);
    const ScorecardTemplate content = example();
    if (content.key.isEmpty())
        return;
    published = publishAt(content, QDateTime(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC));
    m_ok = published > 0;
}

TemplateVersionId ScoringFixture::publishAt(const ScorecardTemplate& content,
                                            const QDateTime& atUtc)
{
    const QDateTime before = fx.clock.nowUtc();
    fx.clock.set(atUtc);
    TemplateVersionId id = 0;
    if (auto draft = library->importDraft(fx.coach, content); draft) {
        if (library->publish(fx.coach, *draft))
            id = *draft;
    }
    fx.clock.set(before);
    return id;
}

RecordingId ScoringFixture::call(const Person& agent, Purpose purpose, const QDateTime& startUtc)
{
    Recording r;
    r.agent = agent.id;
    r.purpose = purpose;
    r.policyVersion = fx.policy.version;
    r.callStartUtc = startUtc;
    r.queue = QStringLiteral("Burgerzaken");
    r.sourceSha256 = QStringLiteral("%1").arg(++m_calls, 64, 10, QLatin1Char('0'));
    r.container = QStringLiteral("WAV");
    r.encoding = QStringLiteral("PCM_16");
    r.sampleRateHz = 8000;
    r.channels = 1;
    r.frames = 8000 * 120;
    r.byteSize = r.frames * 2;
    r.importedBy = fx.coach.id;
    auto id = RecordingStore(*fx.vault).insert(r);
    return id ? *id : 0;
}

Evaluation ScoringFixture::fillAll(Evaluation evaluation, const ScorecardTemplate& scorecard)
{
    for (const Criterion* c : scorecard.allCriteria())
        evaluation.answers[c->id].score = CriterionScore::of(c->scale.maximum());
    return evaluation;
}

void ScoringFixture::authorise(const Person& person, QList<Purpose> purposes)
{
    Authorisation a;
    a.person = person.id;
    a.purposes = std::move(purposes);
    a.validFrom = QDate(2026, 1, 1);
    a.confidentialityAcceptedOn = QDate(2026, 1, 1);
    a.grantedBy = fx.manager.id;
    (void)fx.admin->authorisationStore().add(a);
}

} // namespace cv::test
