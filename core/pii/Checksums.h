#pragma once

#include <QString>

namespace cv::core::pii {

// The 11-proef of a Dutch citizen service number (BSN): nine digits
// d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not 0).
// Eight digits are read with a leading zero, as the BSN allows.
bool passesElfproef(const QString& digits);

// ISO 13616 IBAN check: country code, two check digits, the account part;
// the rearranged number modulo 97 must be 1. Spaces are ignored. Only
// SEPA countries with their registered lengths are accepted.
bool isValidIban(const QString& iban);

} // namespace cv::core::pii
