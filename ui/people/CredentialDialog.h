#pragma once

#include "core/Error.h"
#include "core/people/CredentialStore.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cv::ui {

class MessageBanner;

// Sets a person's PIN (at least 6 digits) or password (at least 10
// characters), typed twice. The secret goes straight into SecretBytes and
// the fields are emptied; a refusal or a weak secret stays inline.
class CredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialDialog)

public:
    using SaveFunction =
        std::function<core::Result<void>(core::CredentialStore::Kind, const core::SecretBytes&)>;

    CredentialDialog(const QString& personName, SaveFunction save, QWidget* parent = nullptr);

    void save();

private:
    void updateValidity();

    SaveFunction m_save;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cv::ui
