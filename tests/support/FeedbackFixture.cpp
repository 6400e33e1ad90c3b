#include "tests/support/FeedbackFixture.h"

#include <cstring>

namespace cv::test {

using namespace core;

SecretBytes FeedbackFixture::pin(const char* digits)
{
    return SecretBytes::copyOf(digits, std::strlen(digits));
}

FeedbackFixture::FeedbackFixture()
{
    if (!s.ok())
        return;
    feedback = std::make_unique<FeedbackDesk>(*s.fx.vault, *s.fx.admin);
    auto& credentials = s.fx.admin->credentials();
    m_ok = credentials.set(s.fx.coach.id, CredentialStore::Kind::Pin, pin(coachPin())) &&
           credentials.set(s.fx.agent.id, CredentialStore::Kind::Pin, pin(agentPin())) &&
           credentials.set(s.fx.temp.id, CredentialStore::Kind::Pin, pin(otherAgentPin()));
}

Evaluation FeedbackFixture::submitted(Purpose purpose, const Person* agent)
{
    const Person& who = agent ? *agent : s.fx.agent;
    // Calls a month apart, after the template's publication (2026-01-20).
    const QDateTime call =
        QDateTime(QDate(2026, 1, 21), QTime(9, 0), Qt::UTC).addDays(m_calls++ * 31);
    const RecordingId recording = s.call(who, purpose, call);
    const ScorecardTemplate scorecard = ScoringFixture::example();
    QHash<QString, CriterionAnswer> answers = ScoringFixture::fillAll({}, scorecard).answers;
    answers[QStringLiteral("opening.naam")].comment = QStringLiteral("Naam duidelijk genoemd");
    const QList<TimedNote> notes{TimedNote{
        12500, QStringLiteral("Vriendelijke begroeting"), QStringLiteral("opening.naam"), {}}};
    auto e = s.desk->record(s.fx.coach, recording, s.published, EvaluationKind::Coach, answers,
                            notes, true);
    return e ? *e : Evaluation{};
}

FeedbackRecord FeedbackFixture::signedOff(const QString& view, Purpose purpose)
{
    const Evaluation e = submitted(purpose);
    if (e.id == 0)
        return {};
    if (!feedback->signAsAgent(e.id, s.fx.agent.id, pin(agentPin()), true, view))
        return {};
    auto sealed = feedback->signAsEvaluator(e.id, s.fx.coach.id, pin(coachPin()));
    return sealed ? *sealed : FeedbackRecord{};
}

} // namespace cv::test
