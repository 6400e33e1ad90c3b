// The checksums that keep the PII detector from proposing every nine-digit
// number as a BSN or every letter-digit string as an IBAN.
#include "core/pii/Checksums.h"

#include <QTest>

using namespace cv::core::pii;

class ElfproefAndIbanChecksums : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void elfproef_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid 111222333") << QStringLiteral("111222333") << true;
        QTest::newRow("valid 123456782") << QStringLiteral("123456782") << true;
        QTest::newRow("valid 999999990") << QStringLiteral("999999990") << true;
        QTest::newRow("eight digits, leading zero") << QStringLiteral("12345672") << true;
        QTest::newRow("one digit off") << QStringLiteral("123456783") << false;
        QTest::newRow("swapped digits") << QStringLiteral("213456782") << false;
        QTest::newRow("all zero") << QStringLiteral("000000000") << false;
        QTest::newRow("ten digits") << QStringLiteral("1234567820") << false;
        QTest::newRow("letters") << QStringLiteral("12345678a") << false;
    }
    void elfproef()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(passesElfproef(digits), valid);
    }

    void iban_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NL") << QStringLiteral("NL91ABNA0417164300") << true;
        QTest::newRow("NL spaced, lower case") << QStringLiteral("nl91 abna 0417 1643 00") << true;
        QTest::newRow("DE") << QStringLiteral("DE89370400440532013000") << true;
        QTest::newRow("BE") << QStringLiteral("BE68539007547034") << true;
        QTest::newRow("FR") << QStringLiteral("FR1420041010050500013M02606") << true;
        QTest::newRow("GB") << QStringLiteral("GB29NWBK60161331926819") << true;
        QTest::newRow("NL wrong check digits") << QStringLiteral("NL92ABNA0417164300") << false;
        QTest::newRow("NL digit typo") << QStringLiteral("NL91ABNA0417164301") << false;
        QTest::newRow("NL too short") << QStringLiteral("NL91ABNA041716430") << false;
        QTest::newRow("not SEPA (US)") << QStringLiteral("US64SVBKUS6S3300958879") << false;
        QTest::newRow("garbage") << QStringLiteral("NL91-ABNA") << false;
    }
    void iban()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(isValidIban(iban), valid);
    }
};

QTEST_GUILESS_MAIN(ElfproefAndIbanChecksums)
#include "ElfproefAndIbanChecksums.moc"
