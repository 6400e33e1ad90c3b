#include "core/pii/Checksums.h"

#include <QHash>

namespace cv::core::pii {

bool passesElfproef(const QString& digits)
{
    QString d = digits;
    if (d.size() == 8)
        d.prepend(QLatin1Char('0'));
    if (d.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        if (!d[i].isDigit())
            return false;
        const int v = d[i].digitValue();
        sum += (i == 8) ? -v : v * (9 - i);
    }
    return sum != 0 && sum % 11 == 0;
}

namespace {

// SEPA countries and their IBAN lengths (ECBS / SWIFT IBAN registry).
const QHash<QString, int>& sepaLengths()
{
    static const QHash<QString, int> lengths{
        {QStringLiteral("AD"), 24}, {QStringLiteral("AT"), 20}, {QStringLiteral("BE"), 16},
        {QStringLiteral("BG"), 22}, {QStringLiteral("CH"), 21}, {QStringLiteral("CY"), 28},
        {QStringLiteral("CZ"), 24}, {QStringLiteral("DE"), 22}, {QStringLiteral("DK"), 18},
        {QStringLiteral("EE"), 20}, {QStringLiteral("ES"), 24}, {QStringLiteral("FI"), 18},
        {QStringLiteral("FR"), 27}, {QStringLiteral("GB"), 22}, {QStringLiteral("GI"), 23},
        {QStringLiteral("GR"), 27}, {QStringLiteral("HR"), 21}, {QStringLiteral("HU"), 28},
        {QStringLiteral("IE"), 22}, {QStringLiteral("IS"), 26}, {QStringLiteral("IT"), 27},
        {QStringLiteral("LI"), 21}, {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20},
        {QStringLiteral("LV"), 21}, {QStringLiteral("MC"), 27}, {QStringLiteral("MT"), 31},
        {QStringLiteral("NL"), 18}, {QStringLiteral("NO"), 15}, {QStringLiteral("PL"), 28},
        {QStringLiteral("PT"), 25}, {QStringLiteral("RO"), 24}, {QStringLiteral("SE"), 24},
        {QStringLiteral("SI"), 19}, {QStringLiteral("SK"), 24}, {QStringLiteral("SM"), 27},
        {QStringLiteral("VA"), 22},
    };
    return lengths;
}

} // namespace

bool isValidIban(const QString& iban)
{
    QString s;
    for (const QChar c : iban)
        if (!c.isSpace())
            s.append(c.toUpper());
    if (s.size() < 5)
        return false;
    const auto length = sepaLengths().constFind(s.left(2));
    if (length == sepaLengths().constEnd() || *length != s.size())
        return false;
    if (!s[2].isDigit() || !s[3].isDigit())
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit())
            remainder = (remainder * 10 + c.digitValue()) % 97;
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

} // namespace cv::core::pii
