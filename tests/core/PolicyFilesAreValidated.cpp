// Policy files: the documented example parses; every malformed file is
// rejected as bad input naming the field and the reason; the JSON form
// round-trips; private-line numbers never reach the vault (R-MIN-1).
#include "core/policy/Policy.h"
#include "core/policy/PolicyStore.h"
#include "tests/support/AdminFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace cv::core;

namespace {
QByteArray example()
{
    QFile file(qEnvironmentVariable("COACHVAULT_SOURCE_DIR") +
               QStringLiteral("/docs/examples/policy.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The example with one JSON edit applied: path "a.b[0].c", value JSON or
// "<delete>".
QByteArray edited(const QString& path, const QByteArray& valueJson)
{
    QJsonObject root = QJsonDocument::fromJson(example()).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<QJsonValue(QJsonValue, int)> apply = [&](QJsonValue node,
                                                           int depth) -> QJsonValue {
        QString key = parts[depth];
        int index = -1;
        if (key.endsWith(QLatin1Char(']'))) {
            index = key.section(QLatin1Char('['), 1).chopped(1).toInt();
            key = key.section(QLatin1Char('['), 0, 0);
        }
        QJsonObject object = node.toObject();
        QJsonValue child = object.value(key);
        const bool last = depth == parts.size() - 1;
        if (index >= 0) {
            QJsonArray array = child.toArray();
            array[index] = last ? QJsonDocument::fromJson("[" + valueJson + "]").array().at(0)
                                : apply(array.at(index), depth + 1);
            object.insert(key, array);
        } else if (last) {
            if (valueJson == "<delete>")
                object.remove(key);
            else
                object.insert(key, QJsonDocument::fromJson("[" + valueJson + "]").array().at(0));
        } else {
            object.insert(key, apply(child, depth + 1));
        }
        return object;
    };
    root = apply(root, 0).toObject();
    return QJsonDocument(root).toJson();
}
} // namespace

class PolicyFilesAreValidated final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedExampleParses()
    {
        const QByteArray json = example();
        QVERIFY(!json.isEmpty());
        auto policy = Policy::fromJson(json);
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
        QCOMPARE(policy->organisationType, OrganisationType::PublicAuthority);
        QCOMPARE(policy->purposes.size(), 3);
        QCOMPARE(policy->privateLineNumbers.size(), 2);
        QCOMPARE(policy->purposePolicy(Purpose::Assessment)->callsPerPeriod, 6);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << edited(QStringLiteral("format"), "\"something-else\"") << QStringLiteral("format");
        QTest::newRow("no organisation")
            << edited(QStringLiteral("organisation"), "<delete>") << QStringLiteral("organisation");
        QTest::newRow("bad organisation type")
            << edited(QStringLiteral("organisation.type"), "\"ngo\"")
            << QStringLiteral("organisation.type");
        QTest::newRow("bad date") << edited(QStringLiteral("effectiveFrom"), "\"1 januari\"")
                                  << QStringLiteral("effectiveFrom");
        QTest::newRow("no purposes")
            << edited(QStringLiteral("purposes"), "[]") << QStringLiteral("purposes");
        QTest::newRow("unknown purpose")
            << edited(QStringLiteral("purposes[0].purpose"), "\"voicelogging\"")
            << QStringLiteral("purposes[0].purpose");
        QTest::newRow("bad legal basis")
            << edited(QStringLiteral("purposes[1].legalBasis"), "\"6(1)(a)\"")
            << QStringLiteral("purposes[1].legalBasis");
        QTest::newRow("R-POLICY-1 legitimate interest without LIA")
            << edited(QStringLiteral("purposes[0].liaReference"), "<delete>")
            << QStringLiteral("purposes[0].liaReference");
        QTest::newRow("zero calls") << edited(QStringLiteral("purposes[2].calls"), "0")
                                    << QStringLiteral("purposes[2].calls");
        QTest::newRow("fractional calls") << edited(QStringLiteral("purposes[2].calls"), "2.5")
                                          << QStringLiteral("purposes[2].calls");
        QTest::newRow("bad period") << edited(QStringLiteral("purposes[2].period"), "\"fortnight\"")
                                    << QStringLiteral("purposes[2].period");
        QTest::newRow("negative term") << edited(QStringLiteral("evaluationTermDays"), "-3")
                                       << QStringLiteral("evaluationTermDays");
        QTest::newRow("text as number") << edited(QStringLiteral("minimumGroupSize"), "\"five\"")
                                        << QStringLiteral("minimumGroupSize");
        QTest::newRow("private line not a number")
            << edited(QStringLiteral("privateLines[0]"), "\"the director\"")
            << QStringLiteral("privateLines[0]");
        QTest::newRow("unknown field")
            << edited(QStringLiteral("surprise"), "true") << QStringLiteral("surprise");
        QTest::newRow("duplicate purpose")
            << edited(QStringLiteral("purposes[1].purpose"), "\"coaching\"")
            << QStringLiteral("purposes[1].purpose");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto policy = Policy::fromJson(json);
        QVERIFY2(!policy, "accepted a malformed policy");
        QCOMPARE(policy.error().code, ErrorCode::BadInput);
        QVERIFY2(policy.error().message.contains(field), qPrintable(policy.error().message));
    }

    void jsonRoundTrips()
    {
        auto policy = Policy::fromJson(example());
        QVERIFY(policy);
        policy->privateLineNumbers.clear();
        policy->privateLineHashes = {QStringLiteral("ab12")};
        auto again = Policy::fromJson(QJsonDocument(policy->toJson()).toJson());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJson(), policy->toJson());
    }

    void R_MIN_1_privateLinesAreStoredAsKeyedHashes()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        QCOMPARE(fx.policy.privateLineNumbers.size(), 0);
        QCOMPARE(fx.policy.privateLineHashes.size(), 1);
        QCOMPARE(fx.policy.privateLineHashes.first(),
                 fx.admin->policies().hashLine(QStringLiteral("0205550100")));
        QSqlQuery query(fx.vault->database());
        QVERIFY(query.exec(QStringLiteral("SELECT document FROM policy_version")));
        while (query.next()) {
            const QString document = query.value(0).toString();
            QVERIFY(!document.contains(QStringLiteral("5550100")));
            QVERIFY(!document.contains(QStringLiteral("555 0100")));
        }
        // Keyed: another vault hashes the same number differently.
        cv::test::AdminFixture other;
        QVERIFY(other.policy.privateLineHashes.first() != fx.policy.privateLineHashes.first());
    }

    void numbersNormalise_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("international") << QStringLiteral("+31 20 555 0100");
        QTest::newRow("national") << QStringLiteral("020-5550100");
        QTest::newRow("double zero")
            << QStringLiteral("0031 (0)20 555 0100").remove(QStringLiteral("(0)"));
    }
    void numbersNormalise()
    {
        QFETCH(QString, number);
        QCOMPARE(PolicyStore::normaliseNumber(number), QStringLiteral("31205550100"));
    }

    void R_POLICY_2_oldVersionsStayReadable()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        Policy next = cv::test::AdminFixture::basePolicy();
        next.effectiveFrom = QDate(2026, 3, 1);
        next.worksCouncilConsentOn = QDate(2026, 2, 20);
        next.evaluationTermDays = 21;
        auto version = fx.admin->setPolicy(fx.manager, next);
        QVERIFY(version);
        QCOMPARE(*version, 2);
        const auto history = fx.admin->policies().history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().evaluationTermDays, 14);
        QCOMPARE(fx.admin->policies().activeOn(QDate(2026, 2, 28))->version, 1);
        QCOMPARE(fx.admin->policies().activeOn(QDate(2026, 3, 1))->version, 2);
    }
};

QTEST_GUILESS_MAIN(PolicyFilesAreValidated)
#include "PolicyFilesAreValidated.moc"
