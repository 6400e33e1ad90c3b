#pragma once

#include "core/Error.h"
#include "core/people/AuthorisationStore.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace cv::ui {

class MessageBanner;

// A manager authorises a person to monitor (R-AUTH-1): for which purposes,
// from which date, and when the person accepted the duty of confidentiality
// (R-AUTH-4). Save hands the grant to `save`; a refusal stays inline.
class AuthoriseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthoriseDialog)

public:
    using SaveFunction = std::function<core::Result<void>(const core::Authorisation&)>;

    AuthoriseDialog(const QList<core::Person>& candidates, const QDate& today, SaveFunction save,
                    QWidget* parent = nullptr);

    core::Authorisation authorisation() const;
    void save();

private:
    void updateValidity();

    SaveFunction m_save;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_person = nullptr;
    QMap<core::Purpose, QCheckBox*> m_purposes;
    QDateEdit* m_validFrom = nullptr;
    QCheckBox* m_confidentiality = nullptr;
    QDateEdit* m_confidentialityOn = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cv::ui
