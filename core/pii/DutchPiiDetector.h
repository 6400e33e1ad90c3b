#pragma once

#include "core/pii/PiiFinding.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cv::core::pii {

// Finds Dutch personal data in one utterance of a transcript, locally:
// no service, no model, only checksums, patterns and a name list. Spoken
// numbers ("nul zes twaalf …") are digitised before the patterns run.
// See docs/transcripts.md for what it finds and what it does not.
class DutchPiiDetector
{
public:
    // Starts with the bundled list (resources/pii/names_nl.txt).
    DutchPiiDetector();

    // Adds first names or surnames ("Jansen", "van der Berg"); the trainer's
    // own list is added this way.
    void addNames(const QStringList& names);

    // Every finding, in text order, none overlapping.
    QList<PiiFinding> scan(const QString& text) const;

    static QStringList bundledNames();

private:
    void addName(const QString& name);
    QList<PiiFinding> findNames(const QString& text) const;

    QSet<QString> m_names;        // lower case, single words, match when capitalised
    QSet<QString> m_surnameCores; // "vries" of "de Vries": only after a particle or a title
};

} // namespace cv::core::pii
