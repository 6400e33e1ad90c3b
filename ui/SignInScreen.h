#pragma once

#include "core/people/Person.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cv::core {
class Administration;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// Who acts, asked right after the vault opens: a person's sign-in name and
// PIN or password, checked by Administration::signIn (rate-limited, audited).
// A vault without persons offers creating the first administrator instead.
//
// The administration must outlive this widget.
class SignInScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInScreen)

public:
    enum class Mode
    {
        SignIn,
        FirstAdministrator,
    };

    SignInScreen(core::Administration& admin, bool demoVault, QWidget* parent = nullptr);

    // Empties the form and picks the mode from whether anyone exists yet.
    void prepare();
    Mode mode() const;

    // What the buttons do.
    void signIn();
    void createFirstAdministrator();

Q_SIGNALS:
    void signedIn(const cv::core::Person& person);

private:
    QWidget* buildSignInForm(QWidget* parent, bool demoVault);
    QWidget* buildFirstAdministratorForm(QWidget* parent);
    void updateFirstAdministratorHint();
    void refuse(const QString& message, QLineEdit* focus);

    core::Administration& m_admin;
    QStackedWidget* m_forms = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    // Sign in
    QLineEdit* m_handle = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_signInButton = nullptr;
    // First administrator
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminHandle = nullptr;
    QLineEdit* m_adminPin = nullptr;
    QLineEdit* m_adminPinRepeat = nullptr;
    QLabel* m_adminHint = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace cv::ui
