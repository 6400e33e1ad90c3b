#pragma once

#include "core/security/SecretBytes.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cv::ui {

// One signature in a feedback session: who signs, (the agent) agree or
// disagree, and the signer's own PIN or password, typed by them at the
// shared workstation. Emits signRequested with the credential taken out of
// the field; the field is cleared at once.
class SignOffBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffBox)
public:
    enum class Kind
    {
        Agent,     // agrees or disagrees
        Evaluator, // seals
    };
    SignOffBox(Kind kind, QWidget* parent = nullptr);

    // Waiting for this signature: `signer` types their credential.
    void expect(const QString& signerName);
    // Not yet: the other signature comes first, or the evaluation is not ready.
    void wait(const QString& why);
    // Signed: who, when and (the agent) whether they agreed.
    void showSigned(const QString& text);

    std::optional<bool> agrees() const; // Agent: the choice made, if any
    QLineEdit* credentialField() const { return m_credential; }
    QPushButton* signButton() const { return m_sign; }
    QRadioButton* agreeButton() const { return m_agree; }
    QRadioButton* disagreeButton() const { return m_disagree; }

Q_SIGNALS:
    void signRequested(const core::SecretBytes& credential);

private:
    void updateSignButton();

    const Kind m_kind;
    QLabel* m_status = nullptr;
    QRadioButton* m_agree = nullptr;
    QRadioButton* m_disagree = nullptr;
    QLineEdit* m_credential = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace cv::ui
