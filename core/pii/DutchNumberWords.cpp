#include "core/pii/DutchNumberWords.h"

#include <QHash>

namespace cv::core::pii {

namespace {

const QHash<QString, int>& basicWords()
{
    static const QHash<QString, int> words{
        {QStringLiteral("nul"), 0},       {QStringLiteral("een"), 1},
        {QStringLiteral("één"), 1},       {QStringLiteral("eén"), 1},
        {QStringLiteral("twee"), 2},      {QStringLiteral("drie"), 3},
        {QStringLiteral("vier"), 4},      {QStringLiteral("vijf"), 5},
        {QStringLiteral("zes"), 6},       {QStringLiteral("zeven"), 7},
        {QStringLiteral("acht"), 8},      {QStringLiteral("negen"), 9},
        {QStringLiteral("tien"), 10},     {QStringLiteral("elf"), 11},
        {QStringLiteral("twaalf"), 12},   {QStringLiteral("dertien"), 13},
        {QStringLiteral("veertien"), 14}, {QStringLiteral("vijftien"), 15},
        {QStringLiteral("zestien"), 16},  {QStringLiteral("zeventien"), 17},
        {QStringLiteral("achttien"), 18}, {QStringLiteral("negentien"), 19},
    };
    return words;
}

const QHash<QString, int>& tensWords()
{
    static const QHash<QString, int> words{
        {QStringLiteral("twintig"), 20}, {QStringLiteral("dertig"), 30},
        {QStringLiteral("veertig"), 40}, {QStringLiteral("vijftig"), 50},
        {QStringLiteral("zestig"), 60},  {QStringLiteral("zeventig"), 70},
        {QStringLiteral("tachtig"), 80}, {QStringLiteral("negentig"), 90},
    };
    return words;
}

std::optional<qint64> below100(const QString& s)
{
    if (const auto it = basicWords().constFind(s); it != basicWords().constEnd())
        return *it;
    if (const auto it = tensWords().constFind(s); it != tensWords().constEnd())
        return *it;
    // <unit>en<tens> or <unit>ën<tens>: "eenentwintig", "drieëntwintig"
    for (auto it = tensWords().constBegin(); it != tensWords().constEnd(); ++it) {
        if (!s.endsWith(it.key()))
            continue;
        QString unit = s.left(s.size() - it.key().size());
        if (unit.endsWith(QStringLiteral("en")) || unit.endsWith(QStringLiteral("ën")))
            unit.chop(2);
        else
            continue;
        const auto u = basicWords().constFind(unit);
        if (u != basicWords().constEnd() && *u >= 1 && *u <= 9)
            return it.value() + *u;
    }
    return std::nullopt;
}

std::optional<qint64> withMultiplier(const QString& s, const QString& word, qint64 factor,
                                     std::optional<qint64> (*lower)(const QString&),
                                     qint64 maxPrefix)
{
    const qsizetype at = s.indexOf(word);
    if (at < 0)
        return lower(s);
    const QString prefix = s.left(at);
    const QString suffix = s.mid(at + word.size());
    qint64 multiplier = 1;
    if (!prefix.isEmpty()) {
        const auto p = lower(prefix);
        if (!p || *p < 1 || *p > maxPrefix)
            return std::nullopt;
        multiplier = *p;
    }
    qint64 rest = 0;
    if (!suffix.isEmpty()) {
        const auto r = lower(suffix);
        if (!r || *r >= factor)
            return std::nullopt;
        rest = *r;
    }
    return multiplier * factor + rest;
}

std::optional<qint64> below1000(const QString& s)
{
    // "negentienhonderd" (1900) is how years are spoken: allow up to 99 hundreds.
    return withMultiplier(s, QStringLiteral("honderd"), 100, below100, 99);
}

std::optional<qint64> belowMillion(const QString& s)
{
    return withMultiplier(s, QStringLiteral("duizend"), 1000, below1000, 999);
}

std::optional<qint64> ordinal(const QString& s)
{
    static const QHash<QString, int> irregular{
        {QStringLiteral("eerste"), 1},
        {QStringLiteral("derde"), 3},
        {QStringLiteral("achtste"), 8},
    };
    if (const auto it = irregular.constFind(s); it != irregular.constEnd())
        return *it;
    if (s.endsWith(QStringLiteral("ste")) && s.size() > 5) {
        if (const auto v = belowMillion(s.left(s.size() - 3)); v && *v >= 20)
            return v;
    }
    if (s.endsWith(QStringLiteral("de")) && s.size() > 4) {
        const QString stem = s.left(s.size() - 2);
        if (const auto v = belowMillion(stem); v && *v >= 2 && *v <= 19)
            return v;
    }
    return std::nullopt;
}

bool isLetter(QChar c)
{
    return c.isLetter() || c == QChar(0x00EB) || c == QChar(0x00E9);
}

} // namespace

std::optional<qint64> parseDutchNumberWord(const QString& word)
{
    const QString s = word.toLower();
    if (s.isEmpty())
        return std::nullopt;
    if (const auto v = belowMillion(s))
        return v;
    return ordinal(s);
}

std::pair<qsizetype, qsizetype> DigitisedText::sourceSpan(qsizetype from, qsizetype to) const
{
    if (from >= to || from < 0 || to > text.size())
        return {0, 0};
    return {sourceStart[from], sourceEnd[to - 1]};
}

DigitisedText digitiseDutchNumbers(const QString& text)
{
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool word = false;
        std::optional<qint64> value; // a number word's value
        bool digits = false;
    };
    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        Token t;
        t.start = i;
        if (isLetter(text[i])) {
            while (i < text.size() && isLetter(text[i]))
                ++i;
            t.word = true;
            t.end = i;
            t.value = parseDutchNumberWord(text.mid(t.start, t.end - t.start));
        } else {
            t.digits = text[i].isDigit();
            ++i;
            t.end = i;
        }
        tokens.append(t);
    }
    // Nearest word-or-digit token on each side, skipping spaces and commas.
    auto neighbourIsNumber = [&](qsizetype index, int step) {
        for (qsizetype j = index + step; j >= 0 && j < tokens.size(); j += step) {
            const Token& t = tokens[j];
            if (t.word)
                return t.value.has_value() &&
                       text.mid(t.start, t.end - t.start).toLower() != QStringLiteral("een");
            if (t.digits)
                return true;
            const QChar c = text[t.start];
            if (!c.isSpace() && c != QLatin1Char(','))
                return false;
        }
        return false;
    };

    DigitisedText out;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        QString replacement;
        if (t.word && t.value) {
            const bool isEen =
                text.mid(t.start, t.end - t.start).toLower() == QStringLiteral("een");
            if (!isEen || neighbourIsNumber(k, -1) || neighbourIsNumber(k, +1))
                replacement = QString::number(*t.value);
        }
        if (replacement.isEmpty()) {
            for (qsizetype i = t.start; i < t.end; ++i) {
                out.text.append(text[i]);
                out.sourceStart.append(i);
                out.sourceEnd.append(i + 1);
            }
        } else {
            for (const QChar c : replacement) {
                out.text.append(c);
                out.sourceStart.append(t.start);
                out.sourceEnd.append(t.end);
            }
        }
    }
    return out;
}

} // namespace cv::core::pii
