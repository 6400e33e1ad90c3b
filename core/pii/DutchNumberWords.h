#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cv::core::pii {

// Spoken Dutch numbers as transcripts write them: "nul", "zes", "twaalf",
// "drieëntwintig", "honderdtwee", "negentienhonderdvierentachtig",
// "tweeduizendvijf", and ordinals ("twaalfde", "eenentwintigste").
// Returns the value, or nothing if the word is not a number word.
std::optional<qint64> parseDutchNumberWord(const QString& word);

// Text with every number word replaced by its digits, and for every
// character of the result the span [start, end) in the original text it
// came from — so a match in the digitised text maps back to the transcript.
// "een" counts as 1 only next to another number ("een twee drie").
struct DigitisedText
{
    QString text;
    QList<qsizetype> sourceStart;
    QList<qsizetype> sourceEnd;

    // The original span of text[from, to).
    std::pair<qsizetype, qsizetype> sourceSpan(qsizetype from, qsizetype to) const;
};

DigitisedText digitiseDutchNumbers(const QString& text);

} // namespace cv::core::pii
