#pragma once

#include "core/Error.h"
#include "core/feedback/EvaluationReport.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace cv::core {

class Administration;
class Vault;

// What SubjectExport::write() wrote.
struct SubjectExportResult
{
    QString directory;
    int recordings = 0;
    int audioFiles = 0;
    int evaluations = 0;
    int reports = 0;
    int auditEntries = 0;
    QStringList files; // relative to `directory`

    QJsonObject toJson() const;
    QString summary() const; // one translated line
};

// The answer to a GDPR art. 15 request (R-ACCESS-1, R-AUTH-2): everything
// the vault holds about one person, into a new folder —
//   data.json          every item, machine-readable (docs/feedback.md)
//   overview.html      the same, readable
//   audio/recording-N.EXT   the original audio of each recording still held
//   reports/evaluation-N.pdf  the report of each submitted coach evaluation
// The items: the person's record, the policy in force (purposes and
// frequency), who is authorised to monitor, the recordings about them, the
// evaluations about them (coach evaluations once submitted, their own
// self-evaluations) with scores, notes, adjustments, sign-offs, their view
// and disputes, their requests (R-ASSESS-4/5), and the audit entries about
// their data or their own actions. Nothing about another person's data.
//
// Allowed to the person themself and to privacy officers
// (Action::ExportSubjectData); audited "subject.export".
class SubjectExport final
{
    Q_DECLARE_TR_FUNCTIONS(SubjectExport)

public:
    SubjectExport(Vault& vault, Administration& admin);

    // The content of data.json, after the rules allowed it (not audited:
    // write() is).
    Result<QJsonObject> collect(const Person& actor, PersonId subject);
    // `directory` must not exist, or be empty; it is created.
    Result<SubjectExportResult> write(const Person& actor, PersonId subject,
                                      const QString& directory);

private:
    Result<Person> allowed(const Person& actor, PersonId subject);
    // collect(), keeping what each coach evaluation's report is made of:
    // each evaluation is read (and its reading audited) once.
    Result<QJsonObject> collect(const Person& actor, PersonId subject,
                                QHash<qint64, ReportInput>* reports);

    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
