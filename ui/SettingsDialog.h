#pragma once

#include <QDialog>

#include <chrono>

class QComboBox;

namespace cv::ui {

// The user's own settings: the interface language (Automatic, Nederlands,
// English; stored as UiSettings::language, used from the next start), and
// what the automatic lock does, which the vault's policy decides.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(std::chrono::milliseconds lockAfter, QWidget* parent = nullptr);

    // "nl", "en" or empty (automatic), as chosen in the form.
    QString chosenLanguage() const;
    void setChosenLanguage(const QString& language);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace cv::ui
