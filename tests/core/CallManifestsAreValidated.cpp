// Manifests: the documented CSV and JSON examples parse; a missing column,
// a bad date, an unknown value or an empty manifest is bad input naming the
// file, the line or call, and the field.
#include "core/import/CallManifest.h"

#include <QTest>

using namespace cv::core;

namespace {
const QByteArray kHeader =
    "file,agent,callStart,direction,queue,recordingNotice,private,agentChannel\n";
}

class CallManifestsAreValidated final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedExamplesParse()
    {
        const QString docs =
            qEnvironmentVariable("COACHVAULT_SOURCE_DIR") + QStringLiteral("/docs/examples/");
        auto csv = CallManifest::read(docs + QStringLiteral("manifest.csv"));
        QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().message));
        QCOMPARE(csv->size(), 3);
        QCOMPARE(csv->first().agentHandle, QStringLiteral("sanne"));
        QCOMPARE(csv->first().callStart.offsetFromUtc(), 3600);
        QVERIFY(csv->first().file.startsWith(docs));
        auto json = CallManifest::read(docs + QStringLiteral("manifest.json"));
        QVERIFY2(json, qPrintable(json ? QString() : json.error().message));
        QCOMPARE(json->size(), 2);
        QCOMPARE(json->at(1).agentChannel, AgentChannel::Right);
        QCOMPARE(json->at(1).direction, CallDirection::Outbound);
    }

    void sidecarDescribesItsFile()
    {
        auto entries = CallManifest::parseJson(
            R"json({"agent":"tom","callStart":"2026-02-03T14:05:00+01:00","direction":"inbound","queue":"Paspoorten","recordingNotice":true,"private":false,"agentChannel":"left"})json",
            QStringLiteral("/data/calls/0001.wav.json"));
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QCOMPARE(entries->first().file, QStringLiteral("/data/calls/0001.wav"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing column")
            << QByteArray("file,agent,callStart\nx.wav,sanne,2026-02-03T10:00:00+01:00\n")
            << QStringLiteral("'direction' is missing");
        QTest::newRow("bad date") << (kHeader + "x.wav,sanne,3 februari,inbound,Q,yes,no,left\n")
                                  << QStringLiteral("line 2: callStart");
        QTest::newRow("date without offset")
            << (kHeader + "x.wav,sanne,2026-02-03T10:00:00,inbound,Q,yes,no,left\n")
            << QStringLiteral("callStart");
        QTest::newRow("unknown direction")
            << (kHeader + "x.wav,sanne,2026-02-03T10:00:00Z,sideways,Q,yes,no,left\n")
            << QStringLiteral("direction");
        QTest::newRow("notice not yes/no")
            << (kHeader + "x.wav,sanne,2026-02-03T10:00:00Z,inbound,Q,maybe,no,left\n")
            << QStringLiteral("recordingNotice");
        QTest::newRow("short row")
            << (kHeader + "x.wav,sanne\n") << QStringLiteral("line 2: has 2 fields");
        QTest::newRow("no calls") << kHeader << QStringLiteral("describes no calls");
        QTest::newRow("no agent") << (kHeader +
                                      "x.wav,,2026-02-03T10:00:00Z,inbound,Q,yes,no,left\n")
                                  << QStringLiteral("agent is missing");
    }
    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        auto entries = CallManifest::parseCsv(csv, QStringLiteral("/data/manifest.csv"));
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, ErrorCode::BadInput);
        QVERIFY2(entries.error().message.contains(QStringLiteral("/data/manifest.csv")),
                 qPrintable(entries.error().message));
        QVERIFY2(entries.error().message.contains(problem), qPrintable(entries.error().message));
    }
};

QTEST_GUILESS_MAIN(CallManifestsAreValidated)
#include "CallManifestsAreValidated.moc"
