// Transcripts write numbers as they are spoken; the detector digitises them.
#include "core/pii/DutchNumberWords.h"

#include <QTest>

using namespace cv::core::pii;

class SpokenDutchNumbersParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<qint64>("value");
        QTest::newRow("nul") << QStringLiteral("nul") << qint64(0);
        QTest::newRow("zes") << QStringLiteral("zes") << qint64(6);
        QTest::newRow("twaalf") << QStringLiteral("twaalf") << qint64(12);
        QTest::newRow("negentien") << QStringLiteral("negentien") << qint64(19);
        QTest::newRow("veertig") << QStringLiteral("veertig") << qint64(40);
        QTest::newRow("drieëntwintig") << QStringLiteral("drieëntwintig") << qint64(23);
        QTest::newRow("tweeëndertig") << QStringLiteral("tweeëndertig") << qint64(32);
        QTest::newRow("eenentachtig") << QStringLiteral("eenentachtig") << qint64(81);
        QTest::newRow("Vierenvijftig (capital)") << QStringLiteral("Vierenvijftig") << qint64(54);
        QTest::newRow("honderd") << QStringLiteral("honderd") << qint64(100);
        QTest::newRow("honderdtwee") << QStringLiteral("honderdtwee") << qint64(102);
        QTest::newRow("driehonderdvijftig") << QStringLiteral("driehonderdvijftig") << qint64(350);
        QTest::newRow("negentienhonderdvierentachtig")
            << QStringLiteral("negentienhonderdvierentachtig") << qint64(1984);
        QTest::newRow("tweeduizendvijf") << QStringLiteral("tweeduizendvijf") << qint64(2005);
        QTest::newRow("duizend") << QStringLiteral("duizend") << qint64(1000);
        QTest::newRow("twaalfde") << QStringLiteral("twaalfde") << qint64(12);
        QTest::newRow("eerste") << QStringLiteral("eerste") << qint64(1);
        QTest::newRow("derde") << QStringLiteral("derde") << qint64(3);
        QTest::newRow("eenentwintigste") << QStringLiteral("eenentwintigste") << qint64(21);
    }
    void words()
    {
        QFETCH(QString, word);
        QFETCH(qint64, value);
        const auto parsed = parseDutchNumberWord(word);
        QVERIFY2(parsed.has_value(), qPrintable(word));
        QCOMPARE(*parsed, value);
    }

    void notNumbers()
    {
        for (const char* w : {"negenen", "tweetwintig", "honderdhonderd", "bakker", "zesje",
                              "vierkant", "achter", "tienen", "en", "de"})
            QVERIFY2(!parseDutchNumberWord(QString::fromUtf8(w)).has_value(), w);
    }

    void digitGroups()
    {
        const QString text =
            QStringLiteral("mijn nummer is nul zes, twaalf drie vier vijf zes zeven acht.");
        const DigitisedText d = digitiseDutchNumbers(text);
        QCOMPARE(d.text, QStringLiteral("mijn nummer is 0 6, 12 3 4 5 6 7 8."));
        const qsizetype at = d.text.indexOf(QStringLiteral("12"));
        const auto [start, end] = d.sourceSpan(at, at + 2);
        QCOMPARE(text.mid(start, end - start), QStringLiteral("twaalf"));
    }

    void eenIsAnArticleAlone()
    {
        QCOMPARE(digitiseDutchNumbers(QStringLiteral("ik heb een vraag")).text,
                 QStringLiteral("ik heb een vraag"));
        QCOMPARE(digitiseDutchNumbers(QStringLiteral("een twee drie")).text,
                 QStringLiteral("1 2 3"));
    }
};

QTEST_GUILESS_MAIN(SpokenDutchNumbersParse)
#include "SpokenDutchNumbersParse.moc"
