// Every refusal of starting or changing an evaluation, each row named after
// its rule ID: the refusal must carry exactly that ID (and its message start
// with it), be audited as refused, and leave no evaluation behind. Allowed
// rows must pass.
#include "core/scoring/EvaluationDesk.h"
#include "tests/support/ScoringFixture.h"

#include <QTest>

#include <algorithm>

using namespace cv::core;
using cv::test::ScoringFixture;

namespace {

const QDateTime kCall(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);

int evaluationCount(ScoringFixture& s)
{
    return int(s.desk->store().list().size());
}

} // namespace

class EvaluationRefusalsCarryRuleIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startingAnEvaluation_data()
    {
        QTest::addColumn<QString>("rule"); // empty: allowed
        const char* rows[][2] = {
            {"allowed: an authorised coach, a coaching call, a template published before", ""},
            {"allowed: an assessment call on a template for assessment", ""},
            {"allowed: the agent's self-evaluation of their own call", ""},
            {"allowed: the agent's self-evaluation on the coach's template version", ""},
            {"R-AUTH-1 refused: a coach without an authorisation", "R-AUTH-1"},
            {"R-AUTH-1 refused: a coach not authorised for the call's purpose", "R-AUTH-1"},
            {"R-AUTH-1 refused: a revoked authorisation", "R-AUTH-1"},
            {"R-AUTH-1 refused: an authorised coach evaluating their own call", "R-AUTH-1"},
            {"R-AUTH-3 refused: a trainer does not evaluate", "R-AUTH-3"},
            {"R-AUTH-3 refused: an agent self-evaluating someone else's call", "R-AUTH-3"},
            {"R-PURPOSE-1 refused: a coaching-only template on an assessment call", "R-PURPOSE-1"},
            {"R-PURPOSE-1 refused: a self-evaluation on a template for another purpose",
             "R-PURPOSE-1"},
            {"R-ASSESS-1 refused: a version published after the call", "R-ASSESS-1"},
            {"R-ASSESS-1 refused: a draft version", "R-ASSESS-1"},
            {"R-ASSESS-1 refused: a self-evaluation on a version published after the call",
             "R-ASSESS-1"},
            {"R-ASSESS-4 refused: a second coach evaluation without the agent's request",
             "R-ASSESS-4"},
        };
        for (const auto& row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[1]);
    }

    void startingAnEvaluation()
    {
        QFETCH(QString, rule);
        ScoringFixture s;
        QVERIFY(s.ok());
        auto& fx = s.fx;
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        Person actor = fx.coach;
        RecordingId recording = s.call(fx.agent, Purpose::Coaching, kCall);
        TemplateVersionId version = s.published;
        EvaluationKind kind = EvaluationKind::Coach;
        ScorecardTemplate coachingOnly = ScoringFixture::example();
        coachingOnly.key = QStringLiteral("kcc-coaching");
        coachingOnly.purposes = {Purpose::Coaching};

        if (name.contains(u"an assessment call on")) {
            recording = s.call(fx.agent, Purpose::Assessment, kCall);
        } else if (name.contains(u"self-evaluation of their own")) {
            actor = fx.agent;
            kind = EvaluationKind::Self;
        } else if (name.contains(u"on the coach's template version")) {
            QVERIFY(s.desk->start(fx.coach, recording, version));
            actor = fx.agent;
            kind = EvaluationKind::Self;
        } else if (name.contains(u"without an authorisation")) {
            actor = fx.add(QStringLiteral("linda"), QStringLiteral("Linda Coach"), {Role::Coach},
                           Employment::Permanent);
        } else if (name.contains(u"not authorised for the call's purpose")) {
            recording = s.call(fx.agent, Purpose::Quality, kCall);
        } else if (name.contains(u"revoked")) {
            for (const Authorisation& a : fx.admin->authorisationStore().forPerson(fx.coach.id))
                QVERIFY(fx.admin->authorisationStore().revoke(a.id, fx.manager.id));
        } else if (name.contains(u"their own call")) {
            actor = fx.add(QStringLiteral("carla"), QStringLiteral("Carla Coach-Agent"),
                           {Role::Coach, Role::Agent}, Employment::Permanent, ProtectedStatus::None,
                           QDate(2026, 1, 15));
            s.authorise(actor, {Purpose::Coaching});
            recording = s.call(actor, Purpose::Coaching, kCall);
        } else if (name.contains(u"trainer")) {
            actor = fx.trainer;
        } else if (name.contains(u"someone else's call")) {
            actor = fx.temp;
            kind = EvaluationKind::Self;
        } else if (name.contains(u"coaching-only template")) {
            recording = s.call(fx.agent, Purpose::Assessment, kCall);
            version =
                s.publishAt(coachingOnly, QDateTime(QDate(2026, 1, 21), QTime(9, 0), Qt::UTC));
        } else if (name.contains(u"template for another purpose")) {
            recording = s.call(fx.agent, Purpose::Quality, kCall);
            actor = fx.agent;
            kind = EvaluationKind::Self;
        } else if (name.contains(u"self-evaluation on a version published after")) {
            version = s.publishAt(coachingOnly, kCall.addSecs(60));
            actor = fx.agent;
            kind = EvaluationKind::Self;
        } else if (name.contains(u"published after the call")) {
            version = s.publishAt(coachingOnly, kCall.addSecs(1)); // one second late
        } else if (name.contains(u"a draft version")) {
            version = s.library->importDraft(fx.coach, coachingOnly).value();
        } else if (name.contains(u"second coach evaluation")) {
            QVERIFY(s.desk->start(fx.coach, recording, version));
            actor = fx.add(QStringLiteral("linda"), QStringLiteral("Linda Coach"), {Role::Coach},
                           Employment::Permanent);
            s.authorise(actor, {Purpose::Coaching});
        }

        const int before = evaluationCount(s);
        auto started = s.desk->start(actor, recording, version, kind);
        if (rule.isEmpty()) {
            QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
            QCOMPARE(started->purpose, s.desk->store().find(started->id)->purpose);
            QCOMPARE(started->status, EvaluationStatus::Draft);
            QCOMPARE(started->kind, kind);
            const auto entries = fx.admin->audit().list();
            QCOMPARE(entries.last().action, kind == EvaluationKind::Self
                                                ? QStringLiteral("evaluation.create-self")
                                                : QStringLiteral("evaluation.create"));
            return;
        }
        QVERIFY2(!started, "allowed, but the rule should refuse");
        QCOMPARE(started.error().code, ErrorCode::Refused);
        QCOMPARE(started.error().ruleId, rule);
        QVERIFY(started.error().message.startsWith(rule + QStringLiteral(": ")));
        QCOMPARE(evaluationCount(s), before);
        const AuditEntry last = fx.admin->audit().list().last();
        QCOMPARE(last.outcome, QStringLiteral("refused"));
        QCOMPARE(last.ruleId, rule);
    }

    // The Review area offers TemplateStore::usableFor: exactly the versions
    // the rules then allow (R-ASSESS-1, R-PURPOSE-1), the newest per key.
    void R_ASSESS_1_R_PURPOSE_1_theOfferedTemplatesAreTheAllowedOnes()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        ScorecardTemplate content = ScoringFixture::example();
        const TemplateVersionId v2 =
            s.publishAt(content, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
        content.key = QStringLiteral("late");
        const TemplateVersionId late = s.publishAt(content, kCall.addSecs(1));
        content.key = QStringLiteral("quality");
        content.purposes = {Purpose::Quality};
        const TemplateVersionId quality =
            s.publishAt(content, QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC));
        content.key = QStringLiteral("draft");
        content.purposes = {Purpose::Coaching};
        const TemplateVersionId draft = s.library->importDraft(s.fx.coach, content).value();
        QVERIFY(v2 && late && quality && draft);

        const TemplateStore& store = s.library->store();
        const auto offered = store.usableFor(Purpose::Coaching, kCall);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().id, v2); // not version 1 of the same key
        QCOMPARE(store.usableFor(Purpose::Quality, kCall).first().id, quality);
        QVERIFY(store.usableFor(Purpose::Coaching, kCall.addSecs(-3600 * 24 * 60)).isEmpty());

        for (const TemplateVersionId id : {v2, s.published, late, quality, draft}) {
            const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
            const bool isOffered = std::ranges::any_of(
                offered, [id](const ScorecardTemplate& t) { return t.id == id; });
            auto started = s.desk->start(s.fx.coach, recording, id);
            if (id == s.published) // older than v2, still allowed: only not offered
                QVERIFY(started);
            else
                QCOMPARE(bool(started), isOffered);
        }
    }

    void R_REPORT_1_aSubmittedEvaluationNeverChanges()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        auto draft = s.desk->start(s.fx.coach, recording, s.published);
        QVERIFY(draft);
        const Evaluation full = ScoringFixture::fillAll(*draft, ScoringFixture::example());
        QVERIFY(s.desk->saveDraft(s.fx.coach, full));
        QVERIFY(s.desk->submit(s.fx.coach, draft->id));

        Evaluation changed = full;
        changed.answers[QStringLiteral("opening.naam")].score = CriterionScore::of(0);
        auto refused = s.desk->saveDraft(s.fx.coach, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-REPORT-1"));
        QCOMPARE(s.desk->submit(s.fx.coach, draft->id).error().ruleId,
                 QStringLiteral("R-REPORT-1"));
        // The store refuses on its own as well.
        EvaluationStore store(*s.fx.vault);
        QCOMPARE(store.saveDraft(changed, ScoreResult{}).error().ruleId,
                 QStringLiteral("R-REPORT-1"));
        QCOMPARE(store.markSubmitted(draft->id).error().ruleId, QStringLiteral("R-REPORT-1"));
        QCOMPARE(store.find(draft->id)->answers.value(QStringLiteral("opening.naam")).score.value,
                 std::optional<int>(1));
    }

    void R_AUTH_3_onlyItsEvaluatorChangesADraft()
    {
        ScoringFixture s;
        QVERIFY(s.ok());
        const RecordingId recording = s.call(s.fx.agent, Purpose::Coaching, kCall);
        auto draft = s.desk->start(s.fx.coach, recording, s.published);
        QVERIFY(draft);
        for (const Person& other : {s.fx.manager, s.fx.agent, s.fx.trainer}) {
            auto refused = s.desk->saveDraft(other, *draft);
            QVERIFY(!refused);
            QCOMPARE(refused.error().ruleId, QStringLiteral("R-AUTH-3"));
            QCOMPARE(s.desk->submit(other, draft->id).error().ruleId, QStringLiteral("R-AUTH-3"));
        }
    }
};

QTEST_GUILESS_MAIN(EvaluationRefusalsCarryRuleIds)
#include "EvaluationRefusalsCarryRuleIds.moc"
