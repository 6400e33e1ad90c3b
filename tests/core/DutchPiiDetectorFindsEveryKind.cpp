// Every kind the detector promises (docs/transcripts.md), written and
// spoken, and the near misses it must leave alone.
#include "core/pii/DutchPiiDetector.h"
#include "core/pii/RedactionProposal.h"

#include <QTest>

using namespace cv::core::pii;

class DutchPiiDetectorFindsEveryKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("span");
        auto row = [](const char* name, const char* text, const char* kind, const char* span) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(kind)
                                << QString::fromUtf8(span);
        };
        row("bsn written", "Mijn BSN is 111222333, klopt dat?", "bsn", "111222333");
        row("bsn dotted", "burgerservicenummer 1234.56.782", "bsn", "1234.56.782");
        row("bsn spoken", "dat is een twee drie vier vijf zes zeven acht twee", "bsn",
            "een twee drie vier vijf zes zeven acht twee");
        row("iban written", "Het rekeningnummer is NL91 ABNA 0417 1643 00 graag.", "iban",
            "NL91 ABNA 0417 1643 00");
        row("iban german", "Mijn Duitse rekening DE89370400440532013000.", "iban",
            "DE89370400440532013000");
        row("iban spoken check digits", "NL eenennegentig ABNA 0417164300", "iban",
            "NL eenennegentig ABNA 0417164300");
        row("mobile", "bel me op 06-12345678", "phone", "06-12345678");
        row("landline spoken", "nul twintig, vijf vijf vijf, twaalf vierendertig", "phone",
            "nul twintig, vijf vijf vijf, twaalf vierendertig");
        row("+31", "of +31 6 1234 5678", "phone", "+31 6 1234 5678");
        row("plus eenendertig",
            "plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig", "phone",
            "plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig");
        row("postcode", "postcode 2511 CV in Den Haag", "postcode", "2511 CV");
        row("postcode spoken", "vijfendertig twaalf A B", "postcode", "vijfendertig twaalf A B");
        row("email", "mail naar j.devries@example.nl", "email", "j.devries@example.nl");
        row("email spoken", "jan punt jansen apenstaartje gmail punt com", "email",
            "jan punt jansen apenstaartje gmail punt com");
        row("date written", "geboren 12-03-1984", "date", "12-03-1984");
        row("date spoken", "op twaalf maart negentienhonderdvierentachtig", "date",
            "twaalf maart negentienhonderdvierentachtig");
        row("date spoken year pairs", "drie mei negentien zevenenzeventig", "date",
            "drie mei negentien zevenenzeventig");
        row("birthday without year", "ik ben geboren op de vijfde juni", "date", "vijfde juni");
        row("house number", "ik woon op de Kerkstraat 12a", "house-number", "Kerkstraat 12a");
        row("house number spoken", "Laan van Meerdervoort drieëntwintig", "house-number",
            "Laan van Meerdervoort drieëntwintig");
        row("first and last name", "u spreekt met Sanne Jansen", "name", "Sanne Jansen");
        row("particle surname", "mijn naam is Pieter de Vries", "name", "Pieter de Vries");
        row("after title", "dank u wel, mevrouw Oosterbroek", "name", "mevrouw Oosterbroek");
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, span);
        const QList<PiiFinding> findings = DutchPiiDetector().scan(text);
        QStringList seen;
        for (const PiiFinding& f : findings) {
            seen << piiKindName(f.kind) + QLatin1Char('=') + f.text;
            if (piiKindName(f.kind) == kind && f.text.contains(span.section(QLatin1Char(' '), -1)))
                return;
        }
        QFAIL(qPrintable(
            QStringLiteral("expected %1 '%2', found: %3").arg(kind, span, seen.join(u"; "))));
    }

    void nearMisses_data()
    {
        QTest::addColumn<QString>("text");
        auto row = [](const char* name, const char* text) {
            QTest::newRow(name) << QString::fromUtf8(text);
        };
        row("nine digits failing 11-proef", "ordernummer 123456789");
        row("spoken nine digits failing", "een twee drie vier vijf zes zeven acht negen");
        row("iban bad checksum", "NL92 ABNA 0417 1643 00");
        row("eight digit service number", "bel 0800-1234");
        row("amount", "dat kost 1250 euro");
        row("time", "om 14.30 uur");
        row("lower case after number", "ik heb 1234 en nog wat");
        row("postcode SS", "1234 SS");
        row("date not real", "31 februari 1990");
        row("year alone", "sinds negentienhonderdvierentachtig");
        row("onderweg", "ik ben onderweg 5 minuten");
        row("surname as a common noun", "de bakker op de hoek is dicht");
        row("article een", "ik heb een vraag over een rekening");
    }
    void nearMisses()
    {
        QFETCH(QString, text);
        const QList<PiiFinding> findings = DutchPiiDetector().scan(text);
        for (const PiiFinding& f : findings)
            qWarning() << piiKindName(f.kind) << f.text;
        QVERIFY(findings.isEmpty());
    }

    void proposalsCarryTheTimesOfTheirWords()
    {
        // Per-word times (JSON): a BSN spoken across words, and across two
        // cues, covers exactly those words.
        const QList<cv::core::TranscriptSegment> words{
            {1000, 1200, QStringLiteral("mijn")}, {1200, 1400, QStringLiteral("BSN")},
            {1400, 1500, QStringLiteral("is")},   {1500, 2000, QStringLiteral("111")},
            {2000, 2500, QStringLiteral("222")},  {2600, 3100, QStringLiteral("333")},
            {3200, 3400, QStringLiteral("dank")},
        };
        const auto proposals = proposeRedactions(words, DutchPiiDetector());
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().kind, PiiKind::Bsn);
        QCOMPARE(proposals.first().startMs, 1500);
        QCOMPARE(proposals.first().endMs, 3100);
    }

    void addedNamesAreFound()
    {
        DutchPiiDetector detector;
        QVERIFY(detector.scan(QStringLiteral("ik ben Wubbo")).isEmpty());
        detector.addNames({QStringLiteral("Wubbo")});
        const auto findings = detector.scan(QStringLiteral("ik ben Wubbo"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, PiiKind::Name);
        QCOMPARE(findings.first().text, QStringLiteral("Wubbo"));
    }
};

QTEST_GUILESS_MAIN(DutchPiiDetectorFindsEveryKind)
#include "DutchPiiDetectorFindsEveryKind.moc"
