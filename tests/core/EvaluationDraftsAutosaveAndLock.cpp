// Evaluations from draft to submitted: autosaves that keep every answer,
// comment and timed note (read back by a fresh store, as after a crash),
// input checked against the template, submission only when complete, the
// live total, the deadline of R-ASSESS-3, and the self-evaluation that never
// shows the agent the coach's scores. Also times the autosave.
#include "core/scoring/EvaluationDeadline.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/vault/Vault.h"
#include "tests/support/ScoringFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cv::core;
using cv::test::ScoringFixture;

namespace {

const QDateTime kCall(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);

} // namespace

class EvaluationDraftsAutosaveAndLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autosavedDraftsComeBackWhole()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        auto draft = s.desk->start(s.fx.coach, recording, s.published);
        QVERIFY(draft);
        Evaluation e = *draft;
        e.answers[QStringLiteral("opening.naam")] = {
            CriterionScore::of(0), QStringLiteral("Alleen 'gemeente', geen naam")};
        e.answers[QStringLiteral("vraag.samenvatten")] = {CriterionScore::na(), {}};
        e.answers[QStringLiteral("opening.begroeting")] = {CriterionScore::of(4), {}};
        e.answers[QStringLiteral("gesprek.taal")] = {{}, QStringLiteral("nog bepalen")};
        e.notes = {
            TimedNote{
                61500, QStringLiteral("Zegt 'conform de Awb'"), QStringLiteral("gesprek.taal"), {}},
            TimedNote{
                3200, QStringLiteral("Geen naam genoemd"), QStringLiteral("opening.naam"), {}}};
        auto score = s.desk->saveDraft(s.fx.coach, e);
        QVERIFY2(score, qPrintable(score ? QString() : score.error().message));
        QCOMPARE(score->state, ScoreResult::State::Incomplete);
        QVERIFY(score->failed);
        QCOMPARE(score->failedCriteria, QStringList{QStringLiteral("opening.naam")});

        // A fresh store reads what the last autosave wrote, nothing more.
        const auto back = EvaluationStore(*s.fx.vault).find(draft->id);
        QVERIFY(back);
        QCOMPARE(back->answers.size(), 4);
        QCOMPARE(back->answers[QStringLiteral("opening.naam")].comment,
                 QStringLiteral("Alleen 'gemeente', geen naam"));
        QVERIFY(back->answers[QStringLiteral("vraag.samenvatten")].score.notApplicable);
        QVERIFY(!back->answers[QStringLiteral("gesprek.taal")].score.isAnswered());
        QCOMPARE(back->notes.size(), 2);
        QCOMPARE(back->notes[0].atMs, 3200); // by time
        QCOMPARE(back->notes[1].criterionId, QStringLiteral("gesprek.taal"));
        QCOMPARE(back->scoreState, ScoreResult::State::Incomplete);
        QVERIFY(back->criticalFailed);
        // Starting again reopens this draft.
        QCOMPARE(s.desk->start(s.fx.coach, recording, s.published)->id, draft->id);

        // The next autosave replaces, never appends.
        e.notes.removeLast();
        QVERIFY(s.desk->saveDraft(s.fx.coach, e));
        QCOMPARE(EvaluationStore(*s.fx.vault).find(draft->id)->notes.size(), 1);
    }

    void inputIsCheckedAgainstTheTemplate_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<int>("value"); // -1: n.a.
        QTest::addColumn<qint64>("noteAtMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown criterion") << QStringLiteral("opening.bestaatniet") << 1
                                           << qint64(0) << QStringLiteral("not on this scorecard");
        QTest::newRow("6 on a 1-5 scale") << QStringLiteral("opening.begroeting") << 6 << qint64(0)
                                          << QStringLiteral("not on its scale (1 to 5)");
        QTest::newRow("0 on a 1-5 scale") << QStringLiteral("opening.begroeting") << 0 << qint64(0)
                                          << QStringLiteral("not on its scale");
        QTest::newRow("4 of 3 points")
            << QStringLiteral("oplossing.juist") << 4 << qint64(0) << QStringLiteral("(0 to 3)");
        QTest::newRow("n.a. on yes-no") << QStringLiteral("opening.naam") << -1 << qint64(0)
                                        << QStringLiteral("cannot be scored n.a.");
        QTest::newRow("note after the call's end")
            << QStringLiteral("opening.naam") << 1 << qint64(120001)
            << QStringLiteral("outside the call");
        QTest::newRow("note before its start") << QStringLiteral("opening.naam") << 1 << qint64(-1)
                                               << QStringLiteral("outside the call");
    }
    void inputIsCheckedAgainstTheTemplate()
    {
        QFETCH(QString, criterion);
        QFETCH(int, value);
        QFETCH(qint64, noteAtMs);
        QFETCH(QString, reason);
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        Evaluation e = *s.desk->start(s.fx.coach, recording, s.published);
        e.answers[criterion].score = value < 0 ? CriterionScore::na() : CriterionScore::of(value);
        if (noteAtMs != 0)
            e.notes << TimedNote{noteAtMs, QStringLiteral("x"), {}, {}};
        auto saved = s.desk->saveDraft(s.fx.coach, e);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::BadInput);
        QVERIFY2(saved.error().message.contains(reason), qPrintable(saved.error().message));
        QVERIFY(EvaluationStore(*s.fx.vault).find(e.id)->answers.isEmpty());
    }

    void submittedOnlyWhenComplete()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        Evaluation e = *s.desk->start(s.fx.coach, recording, s.published);
        e = ScoringFixture::fillAll(e, ScoringFixture::example());
        e.answers.remove(QStringLiteral("afsluiting.groet"));
        e.answers[QStringLiteral("vraag.doorvragen")].score = CriterionScore::of(3);
        e.answers[QStringLiteral("oplossing.kennisbank")].score = CriterionScore::na();
        QVERIFY(s.desk->saveDraft(s.fx.coach, e));
        auto early = s.desk->submit(s.fx.coach, e.id);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::BadInput);
        QVERIFY(early.error().message.contains(QStringLiteral("afsluiting.groet")));

        e.answers[QStringLiteral("afsluiting.groet")].score = CriterionScore::of(1);
        QVERIFY(s.desk->saveDraft(s.fx.coach, e));
        s.fx.clock.advanceSecs(600);
        auto submitted = s.desk->submit(s.fx.coach, e.id);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
        QVERIFY(submitted->isSubmitted());
        QCOMPARE(submitted->submittedUtc, s.fx.clock.nowUtc());
        // The worked example of docs/scoring.md: 100 x 17 / 18.
        QVERIFY(qAbs(*submitted->total - 100.0 * 17.0 / 18.0) < 1e-9);
        QCOMPARE(submitted->scoreState, ScoreResult::State::Complete);
        QVERIFY(!submitted->criticalFailed);
        const AuditEntry last = s.fx.admin->audit().list().last();
        QCOMPARE(last.action, QStringLiteral("evaluation.submit"));
        QCOMPARE(last.subject, std::optional<PersonId>(s.fx.agent.id));
    }

    void R_ASSESS_3_theDeadlineIsTheCallPlusTheTerm()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId id = s.call(s.fx.agent, Purpose::Coaching, kCall);
        const Recording recording = *RecordingStore(*s.fx.vault).find(id);
        QCOMPARE(s.fx.policy.evaluationTermDays, 14);
        QCOMPARE(s.desk->deadline(recording), std::optional<QDateTime>(kCall.addDays(14)));
        Policy longer = s.fx.policy;
        longer.evaluationTermDays = 21;
        QCOMPARE(EvaluationDesk::deadline(recording, longer), kCall.addDays(21));

        using U = EvaluationDeadline::Urgency;
        const EvaluationDeadline due = EvaluationDeadline::of(recording, s.fx.policy);
        QCOMPARE(due.urgency(kCall), U::Later);
        QCOMPARE(due.urgency(kCall.addDays(11)), U::Later);
        QCOMPARE(due.urgency(kCall.addDays(11).addSecs(1)), U::Soon);
        QCOMPARE(due.urgency(kCall.addDays(13).addSecs(1)), U::Today);
        QCOMPARE(due.urgency(kCall.addDays(14)), U::Today);
        QCOMPARE(due.urgency(kCall.addDays(14).addSecs(1)), U::Overdue);
        QCOMPARE(due.secondsLeft(kCall.addDays(14).addSecs(1)), -1);
    }

    void theInboxLearnsWhichCallsAreEvaluatedInOneQuery()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId draft = s.call(s.fx.agent, Purpose::Coaching, kCall);
        const RecordingId done = s.call(s.fx.agent, Purpose::Coaching, kCall.addSecs(60));
        const RecordingId selfOnly = s.call(s.fx.agent, Purpose::Coaching, kCall.addSecs(120));
        const RecordingId none = s.call(s.fx.agent, Purpose::Coaching, kCall.addSecs(180));
        QVERIFY(s.desk->start(s.fx.coach, draft, s.published));
        Evaluation e = *s.desk->start(s.fx.coach, done, s.published);
        QVERIFY(
            s.desk->saveDraft(s.fx.coach, ScoringFixture::fillAll(e, ScoringFixture::example())));
        QVERIFY(s.desk->submit(s.fx.coach, e.id));
        QVERIFY(s.desk->start(s.fx.agent, selfOnly, s.published, EvaluationKind::Self));
        const auto status = s.desk->store().coachStatusByRecording();
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.value(draft), EvaluationStatus::Draft);
        QCOMPARE(status.value(done), EvaluationStatus::Submitted);
        QVERIFY(!status.contains(selfOnly) && !status.contains(none));
    }

    void theSelfEvaluationNeverShowsTheCoachsScores()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        auto& fx = s.fx;
        const RecordingId recording = s.call(fx.agent, Purpose::Coaching, kCall);
        Evaluation coach = *s.desk->start(fx.coach, recording, s.published);
        coach = ScoringFixture::fillAll(coach, ScoringFixture::example());
        QVERIFY(s.desk->saveDraft(fx.coach, coach));

        // A coach's draft is not the agent's to read.
        QCOMPARE(s.desk->evaluation(fx.agent, coach.id).error().ruleId, QStringLiteral("R-AUTH-3"));
        auto own = s.desk->start(fx.agent, recording, s.published, EvaluationKind::Self);
        QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
        QVERIFY(s.desk->submit(fx.coach, coach.id));
        // Submitted, but the agent's own self-evaluation is still open.
        QCOMPARE(s.desk->evaluation(fx.agent, coach.id).error().ruleId, QStringLiteral("R-AUTH-3"));
        auto listed = s.desk->list(fx.agent);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, own->id);
        // The coach reads the self-evaluation; another agent reads nothing.
        QVERIFY(s.desk->evaluation(fx.coach, own->id));
        QCOMPARE(s.desk->evaluation(fx.temp, own->id).error().ruleId, QStringLiteral("R-AUTH-3"));
        QVERIFY(s.desk->list(fx.temp)->isEmpty());

        QVERIFY(
            s.desk->saveDraft(fx.agent, ScoringFixture::fillAll(*own, ScoringFixture::example())));
        QVERIFY(s.desk->submit(fx.agent, own->id));
        auto seen = s.desk->evaluation(fx.agent, coach.id);
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().message));
        QCOMPARE(s.desk->list(fx.agent)->size(), 2);
        // Privacy officers oversee; a trainer without authorisation does not.
        QVERIFY(s.desk->evaluation(fx.privacyOfficer, coach.id));
        QCOMPARE(s.desk->evaluation(fx.trainer, coach.id).error().ruleId,
                 QStringLiteral("R-AUTH-1"));
        QCOMPARE(s.desk->list(fx.coach)->size(), 2);
    }

    void anAutosaveIsCheap()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        Evaluation e = ScoringFixture::fillAll(*s.desk->start(s.fx.coach, recording, s.published),
                                               ScoringFixture::example());
        for (int i = 0; i < 20; ++i)
            e.notes << TimedNote{i * 5000, QStringLiteral("notitie %1").arg(i), {}, {}};
        const int saves = 50;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < saves; ++i) {
            e.answers[QStringLiteral("gesprek.taal")].comment = QString::number(i);
            QVERIFY(s.desk->saveDraft(s.fx.coach, e));
        }
        const double msPerSave = double(timer.nsecsElapsed()) / 1e6 / saves;
        qInfo("autosave of %d answers and %d notes: %.2f ms", int(e.answers.size()),
              int(e.notes.size()), msPerSave);
        QVERIFY2(msPerSave < 100.0, qPrintable(QString::number(msPerSave)));
    }
};

QTEST_GUILESS_MAIN(EvaluationDraftsAutosaveAndLock)
#include "EvaluationDraftsAutosaveAndLock.moc"
