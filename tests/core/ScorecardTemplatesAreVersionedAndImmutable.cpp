// Scorecard templates: the documented JSON format (the example in
// docs/examples/template.json reads; every bad file names its field as a
// JSON path and the reason), versions, and R-ASSESS-1: publishing stamps the
// clock's date-time and freezes the version for ever; editing it makes a new
// draft version. Import and publish are audited.
#include "core/scoring/TemplateLibrary.h"
#include "tests/support/AdminFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace cv::core;
using cv::test::AdminFixture;

namespace {

QByteArray exampleJson()
{
    QFile file(qEnvironmentVariable("COACHVAULT_SOURCE_DIR") +
               QStringLiteral("/docs/examples/template.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A small valid template as JSON text, for bad-file variations.
QByteArray minimal(const QByteArray& sectionsJson = {})
{
    return R"({"format":"coachvault-scorecard","formatVersion":1,"key":"mini","name":"Mini",)"
           R"("purposes":["coaching"],"sections":)" +
           (sectionsJson.isEmpty()
                ? QByteArray(
                      R"([{"title":"A","criteria":[{"id":"a","title":"A","scale":{"kind":"yes-no"}}]}])")
                : sectionsJson) +
           "}";
}

ScorecardTemplate parsed(const QByteArray& json)
{
    auto t = ScorecardTemplate::fromJson(json);
    return t ? *t : ScorecardTemplate{};
}

QStringList auditActions(AdminFixture& fx)
{
    QStringList out;
    for (const AuditEntry& e : fx.admin->audit().list())
        out << e.action + QLatin1Char('/') + e.outcome + QLatin1Char('/') + e.ruleId;
    return out;
}

} // namespace

class ScorecardTemplatesAreVersionedAndImmutable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDocumentedExampleReads()
    {
        auto t = ScorecardTemplate::fromJson(exampleJson());
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->key, QStringLiteral("kcc-telefonie"));
        QCOMPARE(t->purposes, (QList<Purpose>{Purpose::Coaching, Purpose::Assessment}));
        QCOMPARE(t->sections.size(), 5);
        const Criterion* notice = t->criterion(QStringLiteral("opening.opnamemelding"));
        const Criterion* name = t->criterion(QStringLiteral("opening.naam"));
        QVERIFY(notice && notice->critical && notice->scale.kind == ScaleKind::YesNo);
        QVERIFY(name && name->critical);
        const Criterion* points = t->criterion(QStringLiteral("oplossing.juist"));
        QVERIFY(points && points->scale.kind == ScaleKind::Points && points->scale.maxPoints == 3);
        QCOMPARE(points->weight, 3.0);
        const Criterion* five = t->criterion(QStringLiteral("opening.begroeting"));
        QCOMPARE(five->scale.labels.size(), 5);
        QCOMPARE(five->scale.valueText(4), QStringLiteral("4 – Goed"));
        QVERIFY(!five->guidance.isEmpty());
    }

    void exportReadsBackTheSame()
    {
        const ScorecardTemplate t = parsed(exampleJson());
        ScorecardTemplate stored = t;
        stored.version = 3;
        stored.status = TemplateStatus::Published;
        stored.publishedUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const QByteArray exported = QJsonDocument(stored.toJson()).toJson();
        auto again = ScorecardTemplate::fromJson(exported);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(QJsonDocument(again->toJson()).toJson(), QJsonDocument(t.toJson()).toJson());
        QCOMPARE(again->version, 0); // read-only fields are not taken from a file
        QVERIFY(!again->isPublished());
    }

    void badFilesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto crit = [](const QByteArray& criterion) {
            return minimal(
                R"([{"title":"A","criteria":[{"id":"a","title":"A","scale":{"kind":"yes-no"}}]},)"
                R"({"title":"B","criteria":[)" +
                criterion + "]}]");
        };
        QTest::newRow("not JSON") << QByteArray("{") << QString()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"coachvault-policy","formatVersion":1})")
            << QStringLiteral("format") << QStringLiteral("coachvault-scorecard");
        QTest::newRow("unknown field")
            << minimal().replace("\"name\"", "\"naam\"") << QStringLiteral("naam")
            << QStringLiteral("not a known field");
        QTest::newRow("key with capitals") << minimal().replace("\"mini\"", "\"Mini KCC\"")
                                           << QStringLiteral("key") << QStringLiteral("lower-case");
        QTest::newRow("no purposes")
            << minimal().replace(R"(["coaching"])", "[]") << QStringLiteral("purposes")
            << QStringLiteral("not be empty");
        QTest::newRow("evidence is no purpose")
            << minimal().replace(R"(["coaching"])", R"(["coaching","evidence"])")
            << QStringLiteral("purposes[1]") << QStringLiteral("one of: coaching");
        QTest::newRow("sections not a list")
            << minimal(R"({"title":"A"})") << QStringLiteral("sections") << QStringLiteral("list");
        QTest::newRow("no criteria at all")
            << minimal(R"([{"title":"A","criteria":[]}])") << QStringLiteral("sections")
            << QStringLiteral("at least one criterion");
        QTest::newRow("section without title")
            << minimal(R"([{"criteria":[{"id":"a","title":"A","scale":{"kind":"yes-no"}}]}])")
            << QStringLiteral("sections[0].title") << QStringLiteral("required");
        QTest::newRow("scale missing")
            << crit(R"({"id":"b","title":"B"})") << QStringLiteral("sections[1].criteria[0].scale")
            << QStringLiteral("required");
        QTest::newRow("scale a string") << crit(R"({"id":"b","title":"B","scale":"yes-no"})")
                                        << QStringLiteral("sections[1].criteria[0].scale")
                                        << QStringLiteral("must be an object");
        QTest::newRow("unknown scale kind")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"1-10"}})")
            << QStringLiteral("sections[1].criteria[0].scale.kind")
            << QStringLiteral("one of: yes-no, yes-no-na, 1-5, points");
        QTest::newRow("1-5 with four labels")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"1-5","labels":["a","b","c","d"]}})")
            << QStringLiteral("sections[1].criteria[0].scale.labels")
            << QStringLiteral("five labels");
        QTest::newRow("1-5 with an empty label")
            << crit(
                   R"({"id":"b","title":"B","scale":{"kind":"1-5","labels":["a","b"," ","d","e"]}})")
            << QStringLiteral("sections[1].criteria[0].scale.labels[2]") << QStringLiteral("empty");
        QTest::newRow("points without max")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"points"}})")
            << QStringLiteral("sections[1].criteria[0].scale.max") << QStringLiteral("required");
        QTest::newRow("points max 2.5")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"points","max":2.5}})")
            << QStringLiteral("sections[1].criteria[0].scale.max")
            << QStringLiteral("whole number");
        QTest::newRow("labels on yes-no")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"yes-no","labels":["x"]}})")
            << QStringLiteral("sections[1].criteria[0].scale.labels")
            << QStringLiteral("only for the 1-5");
        QTest::newRow("zero weight")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"yes-no"},"weight":0})")
            << QStringLiteral("sections[1].criteria[0].weight") << QStringLiteral("greater than 0");
        QTest::newRow("weight as text")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"yes-no"},"weight":"2"})")
            << QStringLiteral("sections[1].criteria[0].weight") << QStringLiteral("greater than 0");
        QTest::newRow("critical as text")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"yes-no"},"critical":"yes"})")
            << QStringLiteral("sections[1].criteria[0].critical")
            << QStringLiteral("true or false");
        QTest::newRow("criterion id twice")
            << crit(R"({"id":"a","title":"B","scale":{"kind":"yes-no"}})")
            << QStringLiteral("sections[1].criteria[0].id") << QStringLiteral("used twice");
        QTest::newRow("criterion without title")
            << crit(R"({"id":"b","scale":{"kind":"yes-no"}})")
            << QStringLiteral("sections[1].criteria[0].title") << QStringLiteral("required");
        QTest::newRow("unknown criterion field")
            << crit(R"({"id":"b","title":"B","scale":{"kind":"yes-no"},"kritiek":true})")
            << QStringLiteral("sections[1].criteria[0].kritiek")
            << QStringLiteral("not a known field");
    }

    void badFilesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        auto t = ScorecardTemplate::fromJson(json);
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::BadInput);
        if (!field.isEmpty())
            QVERIFY2(
                t.error().message.contains(QStringLiteral("field ") + field + QLatin1Char(':')),
                qPrintable(t.error().message));
        QVERIFY2(t.error().message.contains(reason), qPrintable(t.error().message));
    }

    void R_ASSESS_1_publishedVersionsAreImmutable()
    {
        AdminFixture fx;
        QVERIFY(fx.ok());
        TemplateLibrary library(*fx.vault, *fx.admin);
        ScorecardTemplate content = parsed(exampleJson());

        auto draft = library.importDraft(fx.coach, content);
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        // A draft is editable, and importing the same key again rewrites it.
        content.name = QStringLiteral("KCC Telefonie (concept 2)");
        QVERIFY(library.updateDraft(fx.coach, *draft, content));
        auto again = library.importDraft(fx.coach, content);
        QCOMPARE(*again, *draft);
        QCOMPARE(library.store().versionsOf(content.key).size(), 1);

        fx.clock.set(QDateTime(QDate(2026, 3, 2), QTime(11, 30, 15), Qt::UTC));
        auto published = library.publish(fx.manager, *draft);
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
        QCOMPARE(published->publishedUtc, fx.clock.nowUtc());
        QCOMPARE(published->publishedBy, fx.manager.id);
        QVERIFY(published->isPublished());
        const QByteArray frozen = QJsonDocument(published->toJson()).toJson();

        // Every write to it is refused with R-ASSESS-1, in the use case and
        // in the store itself.
        fx.clock.advanceSecs(3600);
        ScorecardTemplate changed = content;
        changed.sections.first().criteria.first().critical = false;
        auto refused = library.updateDraft(fx.coach, *draft, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-ASSESS-1"));
        QVERIFY(refused.error().message.startsWith(QStringLiteral("R-ASSESS-1: ")));
        TemplateStore store(*fx.vault);
        QCOMPARE(store.updateDraft(*draft, changed).error().ruleId, QStringLiteral("R-ASSESS-1"));
        auto twice = library.publish(fx.manager, *draft);
        QVERIFY(!twice);
        QCOMPARE(twice.error().ruleId, QStringLiteral("R-ASSESS-1"));
        QCOMPARE(QJsonDocument(store.find(*draft)->toJson()).toJson(), frozen);
        QCOMPARE(store.find(*draft)->publishedUtc, published->publishedUtc);

        // Editing the published version creates draft version 2.
        auto newDraft = library.editAsNewDraft(fx.coach, *draft);
        QVERIFY(newDraft);
        QVERIFY(*newDraft != *draft);
        const auto v2 = store.find(*newDraft);
        QCOMPARE(v2->version, 2);
        QVERIFY(!v2->isPublished());
        QCOMPARE(library.editAsNewDraft(fx.coach, *draft).value(), *newDraft); // one open draft
        QVERIFY(library.updateDraft(fx.coach, *newDraft, changed));
        QCOMPARE(library.importDraft(fx.coach, changed).value(), *newDraft);
        QCOMPARE(QJsonDocument(store.find(*draft)->toJson()).toJson(), frozen);

        const QStringList actions = auditActions(fx);
        QVERIFY2(actions.contains(QStringLiteral("template.import/allowed/")),
                 qPrintable(actions.join(u' ')));
        QVERIFY(actions.contains(QStringLiteral("template.publish/allowed/")));
        QVERIFY(actions.contains(QStringLiteral("template.import/refused/R-ASSESS-1")));
    }

    void agentsReadButDoNotWriteTemplates()
    {
        AdminFixture fx;
        QVERIFY(fx.ok());
        TemplateLibrary library(*fx.vault, *fx.admin);
        auto refused = library.importDraft(fx.agent, parsed(exampleJson()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-AUTH-3"));
        auto draft = library.importDraft(fx.trainer, parsed(exampleJson()));
        QVERIFY(draft);
        QCOMPARE(library.publish(fx.trainer, *draft).error().ruleId, QStringLiteral("R-AUTH-3"));
        QVERIFY(library.publish(fx.coach, *draft));
        auto seen = library.list(fx.agent); // published criteria are known to agents
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
    }
};

QTEST_GUILESS_MAIN(ScorecardTemplatesAreVersionedAndImmutable)
#include "ScorecardTemplatesAreVersionedAndImmutable.moc"
