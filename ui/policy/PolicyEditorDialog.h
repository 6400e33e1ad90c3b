#pragma once

#include "core/Error.h"
#include "core/people/Person.h"
#include "core/policy/Policy.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cv::core {
class Administration;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// Drafts the next version of the policy (R-POLICY-1..4) as a form that is
// validated as the user types: every change builds the policy's JSON form
// and runs it through Policy::fromJson, the same check a policy file gets.
// The first error (field and reason) shows next to a disabled Save and the
// field is marked. Save calls Administration::setPolicy; a refusal (e.g.
// R-POLICY-2, no works-council consent) stays inline. Import and export use
// the documented file format (docs/policy.md).
//
// Private lines on record are kept as the keyed hashes they are; new numbers
// typed here are hashed by the core and never stored in the clear (R-MIN-1).
// External clients are carried over unchanged (edit them through a file).
class PolicyEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditorDialog)

public:
    // `base` prefills the form (the version in force, or a fresh policy).
    PolicyEditorDialog(core::Administration& admin, const core::Person& actor,
                       const core::Policy& base, QWidget* parent = nullptr);

    // The form as the policy file format, and what the core makes of it.
    QJsonObject formJson() const;
    core::Result<core::Policy> validated() const;
    // The first error shown, empty while the form is valid.
    QString errorText() const;

    void save();
    void importFromFile();
    void exportToFile();

Q_SIGNALS:
    void policySaved(int version);

private:
    struct PurposeRow
    {
        core::Purpose purpose = core::Purpose::Coaching;
        QCheckBox* enabled = nullptr;
        QComboBox* legalBasis = nullptr;
        QLineEdit* liaReference = nullptr;
        QLineEdit* calls = nullptr;
        QComboBox* period = nullptr;
    };

    QWidget* buildForm(QWidget* parent);
    // Also records which widget each JSON path came from, when asked.
    QJsonObject buildJson(QHash<QString, QWidget*>* fields) const;
    void fill(const core::Policy& policy);
    void revalidate();
    void markField(QWidget* field);

    core::Administration& m_admin;
    const core::Person m_actor;
    QStringList m_lineHashes;      // on record, carried over
    QJsonObject m_externalClients; // {"externalClients": [...]}, carried over
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_organisationName = nullptr;
    QComboBox* m_organisationType = nullptr;
    QLineEdit* m_effectiveFrom = nullptr;
    QLineEdit* m_consentOn = nullptr;
    QList<PurposeRow> m_purposes;
    QLineEdit* m_protocolReference = nullptr;
    QLineEdit* m_protocolConsentOn = nullptr;
    QLineEdit* m_evaluationTerm = nullptr;
    QLineEdit* m_retentionExtension = nullptr;
    QLineEdit* m_minimumGroup = nullptr;
    QLineEdit* m_assessmentInterval = nullptr;
    QLineEdit* m_inactivityLock = nullptr;
    QLabel* m_linesOnRecord = nullptr;
    QCheckBox* m_dropLines = nullptr;
    QPlainTextEdit* m_newLines = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QHash<QString, QWidget*> m_fieldWidgets; // JSON path -> widget, for the last build
    QHash<QWidget*, QString> m_fieldLabels;  // widget -> what the form calls it
    QWidget* m_markedField = nullptr;
};

} // namespace cv::ui
