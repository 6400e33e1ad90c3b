// WebVTT, SRT and the JSON word format are read; bad files are refused with
// the line (or word) and the reason.
#include "core/transcript/TranscriptFormats.h"

#include <QTest>

using namespace cv::core;

class TranscriptFormatsAreValidated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFormat()
    {
        const auto vtt = parseTranscript(
            "WEBVTT\n\nNOTE demo\n\n1\n00:00:01.000 --> 00:00:03.500\n<v Agent>Goedemorgen.\n\n"
            "00:03.600 --> 00:05.000\nMijn BSN is 111222333.\n");
        QVERIFY(vtt.has_value());
        QCOMPARE(vtt->size(), 2);
        QCOMPARE(vtt->at(0).text, QStringLiteral("Goedemorgen."));
        QCOMPARE(vtt->at(1).startMs, 3600);
        const auto srt = parseTranscript(
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nJa.\r\n\r\n2\r\n00:00:02,500 --> "
            "00:00:04,000\r\nDank u\r\nwel.\r\n");
        QVERIFY(srt.has_value());
        QCOMPARE(srt->at(1).text, QStringLiteral("Dank u wel."));
        QCOMPARE(srt->at(1).endMs, 4000);
        const auto json =
            parseTranscript(R"({"format": "coachvault-transcript", "version": 1, "words": [
            {"word": "nul", "startMs": 1000, "endMs": 1300}, {"word": "zes", "startMs": 1300, "endMs": 1600}]})");
        QVERIFY(json.has_value());
        QCOMPARE(json->size(), 2);
        QCOMPARE(json->at(1).startMs, 1300);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad timestamp") << QByteArray("WEBVTT\n\n00:00:01 --> 00:00:02.000\nJa\n")
                                       << QStringLiteral("line 3: the timestamp");
        QTest::newRow("ends before start")
            << QByteArray("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nJa\n")
            << QStringLiteral("line 3: the cue ends before it starts");
        QTest::newRow("no text") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n\n")
                                 << QStringLiteral("line 3: the cue has no text");
        QTest::newRow("srt without number")
            << QByteArray("hallo\n00:00:01,000 --> 00:00:02,000\nJa\n")
            << QStringLiteral("line 1: expected a cue number");
        QTest::newRow("out of order")
            << QByteArray("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n00:00:01.000 --> "
                          "00:00:02.000\nB\n")
            << QStringLiteral("line 6: the cue starts before the previous cue");
        QTest::newRow("empty") << QByteArray("WEBVTT\n\n") << QStringLiteral("no cues");
        QTest::newRow("json syntax")
            << QByteArray("{\n\"format\": \n}") << QStringLiteral("line 3");
        QTest::newRow("json format")
            << QByteArray(R"({"format": "other", "version": 1, "words": []})")
            << QStringLiteral("coachvault-transcript");
        QTest::newRow("json word")
            << QByteArray(
                   R"({"format": "coachvault-transcript", "version": 1, "words": [{"word": "ja", "startMs": 5}]})")
            << QStringLiteral("JSON word 1");
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto parsed = parseTranscript(bytes);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().code, ErrorCode::BadInput);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TranscriptFormatsAreValidated)
#include "TranscriptFormatsAreValidated.moc"
