// The one score formula of docs/scoring.md, edge by edge: weights, each
// scale's normalisation, n.a. out of numerator and denominator, critical
// criteria failing the call (total still shown), empty sections ignored,
// everything n.a. (no total) and unanswered criteria (incomplete).
#include "core/scoring/ScoreFormula.h"

#include <QTest>

using namespace cv::core;

namespace {

Criterion criterion(const char* id, ScaleKind kind, double weight = 1, bool critical = false,
                    int maxPoints = 0)
{
    Criterion c;
    c.id = QString::fromLatin1(id);
    c.title = c.id;
    c.scale.kind = kind;
    c.scale.maxPoints = maxPoints;
    if (kind == ScaleKind::OneToFive)
        c.scale.labels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5")};
    c.weight = weight;
    c.critical = critical;
    return c;
}

// Sections: "Open" {yn w1, five w3}, "Leeg" {}, "Info" {pts 0..4 w2,
// na yes-no-na w5}, "Kritiek" {crit yes-no critical w1, critFive 1-5
// critical w1, critPts points 0..2 critical w1, critNa yes-no-na critical}.
ScorecardTemplate scorecard()
{
    ScorecardTemplate t;
    t.key = QStringLiteral("edge");
    t.sections = {
        Section{QStringLiteral("Open"),
                {criterion("yn", ScaleKind::YesNo, 1), criterion("five", ScaleKind::OneToFive, 3)}},
        Section{QStringLiteral("Leeg"), {}},
        Section{QStringLiteral("Info"),
                {criterion("pts", ScaleKind::Points, 2, false, 4),
                 criterion("na", ScaleKind::YesNoNa, 5)}},
        Section{QStringLiteral("Kritiek"),
                {criterion("crit", ScaleKind::YesNo, 1, true),
                 criterion("critFive", ScaleKind::OneToFive, 1, true),
                 criterion("critPts", ScaleKind::Points, 1, true, 2),
                 criterion("critNa", ScaleKind::YesNoNa, 1, true)}},
    };
    return t;
}

using Scores = QHash<QString, CriterionScore>;

// Everything answered, all passing: the baseline the rows change.
Scores allGood()
{
    return {{QStringLiteral("yn"), CriterionScore::of(1)},
            {QStringLiteral("five"), CriterionScore::of(5)},
            {QStringLiteral("pts"), CriterionScore::of(4)},
            {QStringLiteral("na"), CriterionScore::of(1)},
            {QStringLiteral("crit"), CriterionScore::of(1)},
            {QStringLiteral("critFive"), CriterionScore::of(5)},
            {QStringLiteral("critPts"), CriterionScore::of(2)},
            {QStringLiteral("critNa"), CriterionScore::of(1)}};
}

ScorecardTemplate only(QList<Criterion> criteria)
{
    ScorecardTemplate t;
    t.sections = {Section{QStringLiteral("S"), std::move(criteria)}};
    return t;
}

} // namespace

class ScoreFormulaEdgeCases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesEachScale_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("yes = 1") << int(ScaleKind::YesNo) << 0 << 1 << 1.0;
        QTest::newRow("no = 0") << int(ScaleKind::YesNo) << 0 << 0 << 0.0;
        QTest::newRow("yes-no-na yes") << int(ScaleKind::YesNoNa) << 0 << 1 << 1.0;
        QTest::newRow("1-5: 1 -> 0") << int(ScaleKind::OneToFive) << 0 << 1 << 0.0;
        QTest::newRow("1-5: 2 -> 0.25") << int(ScaleKind::OneToFive) << 0 << 2 << 0.25;
        QTest::newRow("1-5: 5 -> 1") << int(ScaleKind::OneToFive) << 0 << 5 << 1.0;
        QTest::newRow("points 0/3") << int(ScaleKind::Points) << 3 << 0 << 0.0;
        QTest::newRow("points 2/3") << int(ScaleKind::Points) << 3 << 2 << 2.0 / 3.0;
        QTest::newRow("points 3/3") << int(ScaleKind::Points) << 3 << 3 << 1.0;
    }
    void normalisesEachScale()
    {
        QFETCH(int, kind);
        QFETCH(int, maxPoints);
        QFETCH(int, value);
        QFETCH(double, expected);
        Scale scale;
        scale.kind = ScaleKind(kind);
        scale.maxPoints = maxPoints;
        QCOMPARE(ScoreFormula::normalised(scale, value), expected);
    }

    void totals_data()
    {
        QTest::addColumn<QStringList>("changes"); // "id=value", "id=na", "id=" (unanswered)
        QTest::addColumn<double>("total");        // -1: no total
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("failed");
        const auto row = [](const char* name, QStringList changes, double total,
                            ScoreResult::State state, QStringList failed = {}) {
            QTest::newRow(name) << changes << total << int(state) << failed;
        };
        using S = ScoreResult::State;
        // Weights: yn w1, five w3, pts w2, na w5, four critical w1 each = 15.
        row("all good: 100", {}, 100.0, S::Complete);
        row("weights: five at 3 (0.5 x 3) costs 1.5 of 15", {QStringLiteral("five=3")},
            100.0 * 13.5 / 15.0, S::Complete);
        row("weights: no on yn (w1) vs no on na (w5)", {QStringLiteral("yn=0")},
            100.0 * 14.0 / 15.0, S::Complete);
        row("weights: na=no costs 5 of 15", {QStringLiteral("na=0")}, 100.0 * 10.0 / 15.0,
            S::Complete);
        row("points: 1 of 4 (w2)", {QStringLiteral("pts=1")}, 100.0 * 13.5 / 15.0, S::Complete);
        row("n.a. leaves numerator and denominator", {QStringLiteral("na=na")}, 100.0, S::Complete);
        row("n.a. with a miss: 9/10, not 9/15", {QStringLiteral("na=na"), QStringLiteral("yn=0")},
            90.0, S::Complete);
        row("critical n.a. does not fail", {QStringLiteral("critNa=na")}, 100.0, S::Complete);
        row("critical no fails, total still shown", {QStringLiteral("crit=0")}, 100.0 * 14.0 / 15.0,
            S::Complete, {QStringLiteral("crit")});
        row("critical 1-5 at 1 fails", {QStringLiteral("critFive=1")}, 100.0 * 14.0 / 15.0,
            S::Complete, {QStringLiteral("critFive")});
        row("critical 1-5 at 2 passes", {QStringLiteral("critFive=2")}, 100.0 * 14.25 / 15.0,
            S::Complete);
        row("critical points at 0 fails", {QStringLiteral("critPts=0")}, 100.0 * 14.0 / 15.0,
            S::Complete, {QStringLiteral("critPts")});
        row("critical points at 1 of 2 passes", {QStringLiteral("critPts=1")}, 100.0 * 14.5 / 15.0,
            S::Complete);
        row("two critical failures, in template order",
            {QStringLiteral("critNa=0"), QStringLiteral("crit=0")}, 100.0 * 13.0 / 15.0,
            S::Complete, {QStringLiteral("crit"), QStringLiteral("critNa")});
        row("unanswered: incomplete, total over the answered",
            {QStringLiteral("five="), QStringLiteral("pts=")}, 100.0, S::Incomplete);
        row("unanswered with a miss: 9/10",
            {QStringLiteral("five="), QStringLiteral("pts="), QStringLiteral("na=na"),
             QStringLiteral("yn=0")},
            100.0 * 4.0 / 5.0, S::Incomplete);
        row("a value off the scale counts as unanswered", {QStringLiteral("five=9")}, 100.0,
            S::Incomplete);
        row("n.a. on a scale without n.a. counts as unanswered", {QStringLiteral("yn=na")}, 100.0,
            S::Incomplete);
        row("a critical failure shows even while incomplete",
            {QStringLiteral("crit=0"), QStringLiteral("five=")}, 100.0 * 11.0 / 12.0, S::Incomplete,
            {QStringLiteral("crit")});
    }
    void totals()
    {
        QFETCH(QStringList, changes);
        QFETCH(double, total);
        QFETCH(int, state);
        QFETCH(QStringList, failed);
        Scores scores = allGood();
        for (const QString& change : changes) {
            const QString id = change.section(u'=', 0, 0);
            const QString value = change.section(u'=', 1);
            if (value.isEmpty())
                scores.remove(id);
            else if (value == QLatin1String("na"))
                scores[id] = CriterionScore::na();
            else
                scores[id] = CriterionScore::of(value.toInt());
        }
        const ScoreResult result = ScoreFormula::compute(scorecard(), scores);
        QCOMPARE(int(result.state), state);
        QVERIFY(result.total.has_value());
        QVERIFY2(qAbs(*result.total - total) < 1e-9,
                 qPrintable(QStringLiteral("%1 != %2").arg(*result.total).arg(total)));
        QCOMPARE(result.failed, !failed.isEmpty());
        QCOMPARE(result.failedCriteria, failed);
    }

    void emptySectionsAreIgnored()
    {
        const ScoreResult result = ScoreFormula::compute(scorecard(), allGood());
        QCOMPARE(result.sections.size(), 3); // "Leeg" left out
        QCOMPARE(result.sections[1].title, QStringLiteral("Info"));
        QCOMPARE(result.answered, 8);
        ScorecardTemplate onlyEmpty;
        onlyEmpty.sections = {Section{QStringLiteral("Leeg"), {}}};
        const ScoreResult none = ScoreFormula::compute(onlyEmpty, {});
        QCOMPARE(none.state, ScoreResult::State::NotScorable);
        QVERIFY(!none.total);
    }

    void sectionPercentagesUseTheSameFormula()
    {
        Scores scores = allGood();
        scores[QStringLiteral("five")] = CriterionScore::of(1); // 0 x 3
        scores[QStringLiteral("na")] = CriterionScore::na();
        const ScoreResult result = ScoreFormula::compute(scorecard(), scores);
        QCOMPARE(*result.sections[0].percent, 25.0); // (1x1 + 3x0) / 4
        QCOMPARE(*result.sections[1].percent, 100.0);
    }

    void allNotApplicableHasNoTotal()
    {
        const ScorecardTemplate t =
            only({criterion("a", ScaleKind::YesNoNa), criterion("b", ScaleKind::YesNoNa, 3, true)});
        const ScoreResult result =
            ScoreFormula::compute(t, {{QStringLiteral("a"), CriterionScore::na()},
                                      {QStringLiteral("b"), CriterionScore::na()}});
        QCOMPARE(result.state, ScoreResult::State::NotScorable);
        QVERIFY(!result.total);
        QVERIFY(!result.failed);
        QCOMPARE(result.notApplicable, 2);
        QCOMPARE(scoreStateName(result.state), QStringLiteral("not-scorable"));
        QVERIFY(!result.sections[0].percent);
    }

    void nothingAnsweredIsIncompleteWithoutTotal()
    {
        const ScoreResult result = ScoreFormula::compute(scorecard(), {});
        QCOMPARE(result.state, ScoreResult::State::Incomplete);
        QVERIFY(!result.total);
        QCOMPARE(result.unanswered, 8);
    }
};

QTEST_GUILESS_MAIN(ScoreFormulaEdgeCases)
#include "ScoreFormulaEdgeCases.moc"
