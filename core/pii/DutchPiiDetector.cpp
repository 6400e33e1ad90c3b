#include "core/pii/DutchPiiDetector.h"

#include "core/pii/Checksums.h"
#include "core/pii/DutchNumberWords.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace cv::core::pii {

QString piiKindName(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Bsn:
        return QStringLiteral("bsn");
    case PiiKind::Iban:
        return QStringLiteral("iban");
    case PiiKind::Phone:
        return QStringLiteral("phone");
    case PiiKind::Postcode:
        return QStringLiteral("postcode");
    case PiiKind::Email:
        return QStringLiteral("email");
    case PiiKind::Date:
        return QStringLiteral("date");
    case PiiKind::HouseNumber:
        return QStringLiteral("house-number");
    case PiiKind::Name:
        return QStringLiteral("name");
    }
    return {};
}

std::optional<PiiKind> piiKindFromName(const QString& name)
{
    for (const PiiKind k : {PiiKind::Bsn, PiiKind::Iban, PiiKind::Phone, PiiKind::Postcode,
                            PiiKind::Email, PiiKind::Date, PiiKind::HouseNumber, PiiKind::Name})
        if (piiKindName(k) == name)
            return k;
    return std::nullopt;
}

namespace {

const QStringList kParticles{QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"),
                             QStringLiteral("den"), QStringLiteral("het"), QStringLiteral("'t"),
                             QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("te"),
                             QStringLiteral("in"),  QStringLiteral("op"),  QStringLiteral("la"),
                             QStringLiteral("le"),  QStringLiteral("da"),  QStringLiteral("el")};

const QStringList kTitles{QStringLiteral("meneer"),   QStringLiteral("mevrouw"),
                          QStringLiteral("mijnheer"), QStringLiteral("mevr"),
                          QStringLiteral("dhr"),      QStringLiteral("mw")};

// Findings on the digitised text, mapped back to the original.
struct Matcher
{
    const QString& original;
    const DigitisedText& digitised;
    QList<PiiFinding>& findings;

    bool overlaps(qsizetype start, qsizetype end) const
    {
        return std::ranges::any_of(findings, [&](const PiiFinding& f) {
            return start < f.start + f.length && f.start < end;
        });
    }

    void addOriginal(PiiKind kind, qsizetype start, qsizetype end)
    {
        if (start >= end || overlaps(start, end))
            return;
        findings.append(PiiFinding{kind, start, end - start, original.mid(start, end - start)});
    }

    void addDigitised(PiiKind kind, qsizetype from, qsizetype to)
    {
        const auto [start, end] = digitised.sourceSpan(from, to);
        addOriginal(kind, start, end);
    }
};

QString digitsOf(const QString& s)
{
    QString d;
    for (const QChar c : s)
        if (c.isDigit())
            d.append(c);
    return d;
}

void findEmails(const QString& text, Matcher& m)
{
    static const QRegularExpression written(
        QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"));
    for (auto it = written.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        m.addOriginal(PiiKind::Email, match.capturedStart(), match.capturedEnd());
    }
    // Spoken: "jan punt jansen apenstaartje gmail punt com"
    static const QRegularExpression spoken(
        QStringLiteral(R"(\b[\p{L}0-9]+(?:\s+(?:punt|streepje|liggend streepje)\s+[\p{L}0-9]+)*)"
                       R"(\s+(?:apenstaartje|at)\s+[\p{L}0-9]+(?:\s+punt\s+[\p{L}]{2,})+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = spoken.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        m.addOriginal(PiiKind::Email, match.capturedStart(), match.capturedEnd());
    }
}

void findIbans(const DigitisedText& d, Matcher& m)
{
    // Country letters, check digits, then letters and digits with single spaces.
    static const QRegularExpression candidate(
        QStringLiteral(R"(\b([A-Za-z]) ?([A-Za-z]) ?(\d) ?(\d)((?: ?[A-Za-z0-9]){10,30}))"));
    // A failed candidate ("is 34 88…") must not swallow the start of a real
    // IBAN after it: the search resumes one character after a failed start.
    for (qsizetype offset = 0; offset < d.text.size();) {
        const auto match = candidate.match(d.text, offset);
        if (!match.hasMatch())
            break;
        offset = match.capturedStart() + 1;
        // Longest prefix that is a valid IBAN (the match may run into the next words).
        const QString s = match.captured(0);
        for (qsizetype end = s.size(); end >= 15; --end) {
            if (s[end - 1].isSpace())
                continue;
            if (end < s.size() && s[end].isLetterOrNumber() && s[end - 1].isLetter() &&
                s[end].isLetter())
                continue; // do not cut a word in two
            if (isValidIban(s.left(end))) {
                m.addDigitised(PiiKind::Iban, match.capturedStart(), match.capturedStart() + end);
                offset = match.capturedStart() + end;
                break;
            }
        }
    }
}

bool validDay(int day, int month)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

void findDates(const DigitisedText& d, Matcher& m)
{
    static const QString months = QStringLiteral(
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
        "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec");
    static const QRegularExpression withYear(
        QStringLiteral(R"(\b(\d{1,2})(?:e|ste|de)?\s+(%1)\.?,?\s+((?:19|20)\s?\d\d)\b)")
            .arg(months),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList monthList = months.split(QLatin1Char('|'));
    auto monthNumber = [](const QString& name) {
        const QString n = name.toLower();
        const qsizetype i = monthList.indexOf(n);
        if (i < 0)
            return 0;
        if (i < 12)
            return int(i) + 1;
        static const int shortMonths[] = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
        return shortMonths[i - 12];
    };
    for (auto it = withYear.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        if (validDay(match.captured(1).toInt(), monthNumber(match.captured(2))))
            m.addDigitised(PiiKind::Date, match.capturedStart(), match.capturedEnd());
    }
    static const QRegularExpression numeric(QStringLiteral(
        R"((?<![\d\-/.])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?((?:19|20)\d\d|\d\d)(?![\d\-/]))"));
    for (auto it = numeric.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        if (validDay(match.captured(1).toInt(), match.captured(3).toInt()))
            m.addDigitised(PiiKind::Date, match.capturedStart(), match.capturedEnd());
    }
    // A day and a month without a year, after "geboren (op)" or "geboortedatum (is)".
    static const QRegularExpression birthday(
        QStringLiteral(
            R"(\b(?:geboren|geboortedatum|jarig)\b[\s\p{L},:]{0,20}?\b(\d{1,2})(?:e|ste|de)?\s+(%1)\b)")
            .arg(months),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = birthday.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        if (validDay(match.captured(1).toInt(), monthNumber(match.captured(2))))
            m.addDigitised(PiiKind::Date, match.capturedStart(1), match.capturedEnd(2));
    }
}

void findPostcodes(const DigitisedText& d, Matcher& m)
{
    // 1234 AB, 1234AB, "twaalf vierendertig A B"; uppercase letters only
    // (lower case "1234 en" is not a postcode); SA, SD and SS are never issued.
    static const QRegularExpression postcode(
        QStringLiteral(R"((?<![\d+])([1-9]\d) ?(\d\d) ?([A-Z])[ .]?([A-Z])\b)"));
    for (auto it = postcode.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        const QString letters = match.captured(3) + match.captured(4);
        if (letters == QStringLiteral("SA") || letters == QStringLiteral("SD") ||
            letters == QStringLiteral("SS"))
            continue;
        m.addDigitised(PiiKind::Postcode, match.capturedStart(), match.capturedEnd());
    }
}

void findHouseNumbers(const DigitisedText& d, Matcher& m)
{
    static const QRegularExpression street(
        QStringLiteral(
            R"(\b((?:[\p{L}'\-]{2,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|)"
            R"(markt|plantsoen|straatweg|boulevard|burgwal|haven|wal|kanaal|hof|pad|park|)"
            R"(ring|erf|baan))|(?:(?:laan|plein|singel|kade|weg) van (?:de |der |den )?\p{L}+)))"
            R"(\s+(?:nummer\s+)?(\d{1,4})(?:\s?-?\s?[a-zA-Z]\b|\s?-\s?\d{1,3}\b)?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList notStreets{QStringLiteral("onderweg"), QStringLiteral("halfweg"),
                                        QStringLiteral("midweg"),   QStringLiteral("bankpas"),
                                        QStringLiteral("paspoort"), QStringLiteral("overweg"),
                                        QStringLiteral("snelweg"),  QStringLiteral("zijweg")};
    for (auto it = street.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        if (notStreets.contains(match.captured(1).toLower()))
            continue;
        m.addDigitised(PiiKind::HouseNumber, match.capturedStart(), match.capturedEnd());
    }
}

void findNumberRuns(const DigitisedText& d, Matcher& m)
{
    // Digits with spaces, hyphens, dots or commas between groups; not the
    // digits after a bank code ("ABNA 0417 …" of an IBAN that failed mod-97).
    static const QRegularExpression run(
        QStringLiteral(
            R"((?<![\w.,\-])(?<![A-Z]{4} )(\+ ?|\b[Pp]lus\s+)?\d(?:[ \-.,/()]{0,3}\d)*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = run.globalMatch(d.text); it.hasNext();) {
        const auto match = it.next();
        const QString digits = digitsOf(match.captured(0));
        const bool plus = !match.captured(1).isEmpty();
        const qsizetype from = match.capturedStart();
        const qsizetype to = match.capturedEnd();
        if ((plus && digits.size() == 11 && digits.startsWith(QStringLiteral("31"))) ||
            (digits.size() == 13 && digits.startsWith(QStringLiteral("0031"))) ||
            (!plus && digits.size() == 10 && digits[0] == QLatin1Char('0') &&
             digits[1] != QLatin1Char('0')))
            m.addDigitised(PiiKind::Phone, from, to);
        else if (!plus && digits.size() == 9 && passesElfproef(digits))
            m.addDigitised(PiiKind::Bsn, from, to);
    }
}

} // namespace

DutchPiiDetector::DutchPiiDetector()
{
    addNames(bundledNames());
}

QStringList DutchPiiDetector::bundledNames()
{
    QFile file(QStringLiteral(":/pii/names_nl.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList names;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !name.startsWith(QLatin1Char('#')))
            names.append(name);
    }
    return names;
}

void DutchPiiDetector::addNames(const QStringList& names)
{
    for (const QString& name : names)
        addName(name);
}

void DutchPiiDetector::addName(const QString& name)
{
    const QStringList words = name.trimmed().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    if (words.size() == 1)
        m_names.insert(words.first());
    else
        m_surnameCores.insert(words.last());
}

QList<PiiFinding> DutchPiiDetector::findNames(const QString& text) const
{
    struct Word
    {
        qsizetype start;
        qsizetype end;
        QString lower;
        bool capitalised;
    };
    QList<Word> words;
    static const QRegularExpression wordPattern(QStringLiteral(R"([\p{L}][\p{L}'\-]*|'t)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString w = match.captured(0);
        words.append(Word{match.capturedStart(), match.capturedEnd(), w.toLower(), w[0].isUpper()});
    }
    QList<PiiFinding> found;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool afterTitle = i > 0 && kTitles.contains(words[i - 1].lower);
        // Particles ("de", "van der") then a capitalised surname.
        qsizetype j = i;
        while (j < words.size() && kParticles.contains(words[j].lower))
            ++j;
        const bool hasParticles = j > i;
        if (j >= words.size() || !words[j].capitalised)
            continue;
        const bool known = m_names.contains(words[j].lower);
        const bool knownCore = hasParticles && m_surnameCores.contains(words[j].lower);
        if (!(known && !hasParticles) && !knownCore && !afterTitle)
            continue;
        if (hasParticles && !knownCore && !afterTitle)
            continue;
        // Extend over a following surname: "Jan de Vries", "Fatima El Amrani".
        qsizetype end = j;
        for (;;) {
            qsizetype k = end + 1;
            while (k < words.size() && kParticles.contains(words[k].lower) &&
                   words[k].start - words[k - 1].end <= 1)
                ++k;
            if (k < words.size() && words[k].capitalised &&
                words[k].start - words[k - 1].end <= 1 &&
                (m_names.contains(words[k].lower) || m_surnameCores.contains(words[k].lower) ||
                 k > end + 1))
                end = k;
            else
                break;
        }
        found.append(PiiFinding{PiiKind::Name, words[i].start, words[end].end - words[i].start,
                                text.mid(words[i].start, words[end].end - words[i].start)});
        i = end;
    }
    return found;
}

QList<PiiFinding> DutchPiiDetector::scan(const QString& text) const
{
    QList<PiiFinding> findings;
    const DigitisedText digitised = digitiseDutchNumbers(text);
    Matcher m{text, digitised, findings};
    findEmails(text, m);
    findIbans(digitised, m);
    findDates(digitised, m);
    findPostcodes(digitised, m);
    findHouseNumbers(digitised, m);
    findNumberRuns(digitised, m);
    for (const PiiFinding& f : findNames(text))
        m.addOriginal(f.kind, f.start, f.start + f.length);
    std::ranges::sort(findings, {}, &PiiFinding::start);
    return findings;
}

} // namespace cv::core::pii
