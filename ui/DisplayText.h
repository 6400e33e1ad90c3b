#pragma once

#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/retention/Retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>

namespace cv::core {
class Administration;
} // namespace cv::core

namespace cv::ui {

// How the UI words core values for people: translated names of enum values,
// dates in the user's locale (the core keeps UTC; times shown are local).
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString employment(core::Employment employment);
    static QString protectedStatus(core::ProtectedStatus status);
    static QString roles(const QList<core::Role>& roles);
    static QString purposes(const QList<core::Purpose>& purposes);
    static QString legalBasis(core::LegalBasis basis);
    // The locale of the UI language (Settings), for dates and numbers.
    static QLocale locale();
    static QString date(const QDate& date);         // "—" when not set
    static QString localTime(const QDateTime& utc); // date and time, local
    static QString outcome(const QString& outcome); // "allowed", "refused", "failed"
    // A call's length or a position in it as a player's clock shows it:
    // "1:05", "1:02:03"; whole seconds elapsed, so a 74.6 s call is "1:14"
    // in the Inbox, the details and the transport alike.
    static QString duration(qint64 ms);
    // A score total: "78.5 %" in the locale's digits.
    static QString percent(double value);
    // What stays of a destroyed recording, as the Review and Feedback areas
    // say it: "Recording destroyed on 4 Dec 2026 (R-RETAIN-1): …".
    static QString destroyed(const core::Tombstone& tombstone);

    // Display names by person id, for naming actors and subjects in lists
    // the signed-in person may see (names only, no other personal data).
    static QHash<core::PersonId, QString> personNames(core::Administration& admin);
};

} // namespace cv::ui
