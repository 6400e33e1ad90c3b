#pragma once

#include <QString>

#include <optional>

namespace cv::core::pii {

// The kinds of Dutch personal data the detector proposes to redact.
enum class PiiKind
{
    Bsn,         // citizen service number, valid 11-proef only
    Iban,        // SEPA IBAN, valid mod-97 only
    Phone,       // 06…, 0xx…, +31…, also spoken digit groups
    Postcode,    // 1234 AB
    Email,       // written or spoken ("apenstaartje", "punt")
    Date,        // a date with a year, or a day and month after "geboren"
    HouseNumber, // a street name and the number after it
    Name,        // a person's name from the (extendable) list, or after meneer/mevrouw
};

QString piiKindName(PiiKind kind); // "bsn", "iban", "phone", … (JSON and CLI vocabulary)
std::optional<PiiKind> piiKindFromName(const QString& name);

// One stretch of personal data in a text: [start, start + length) in the
// text that was scanned (characters, not bytes).
struct PiiFinding
{
    PiiKind kind = PiiKind::Name;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text; // the stretch as it appears in the text
};

} // namespace cv::core::pii
