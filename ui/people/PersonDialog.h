#pragma once

#include "core/Error.h"
#include "core/people/Person.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cv::ui {

class MessageBanner;

// Adds or edits one person: name, sign-in name, roles, employment,
// protected status (R-SCOPE-2), the date they were informed of the policy
// (R-INFO-1) and their training consent (R-TRAIN-1). Checks the form as the
// user types; Save hands the person to `save` (which asks the core) and a
// refusal stays inline, with its rule ID, the dialog open.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    using SaveFunction = std::function<core::Result<void>(const core::Person&)>;

    // `person` with id 0 adds a new person.
    PersonDialog(const core::Person& person, const QDate& today, SaveFunction save,
                 QWidget* parent = nullptr);

    core::Person person() const;
    void save();

private:
    void updateValidity();

    core::Person m_original;
    SaveFunction m_save;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_handle = nullptr;
    QMap<core::Role, QCheckBox*> m_roles;
    QComboBox* m_employment = nullptr;
    QComboBox* m_protectedStatus = nullptr;
    QCheckBox* m_informed = nullptr;
    QDateEdit* m_informedOn = nullptr;
    QCheckBox* m_consent = nullptr;
    QDateEdit* m_consentOn = nullptr;
    QLineEdit* m_consentScope = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cv::ui
