#include "ui/SettingsDialog.h"

#include "core/i18n/Translations.h"
#include "ui/Theme.h"
#include "ui/UiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString languageName(const QString& language)
{
    return language == QLatin1String("nl") ? QStringLiteral("Nederlands")
                                           : QStringLiteral("English");
}

} // namespace

SettingsDialog::SettingsDialog(std::chrono::milliseconds lockAfter, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(460);

    // Language names are written in their own language, as is customary.
    const QString automatic = core::resolveLanguage(QString());
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Automatic (%1)").arg(languageName(automatic)), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    setChosenLanguage(UiSettings::language());

    auto* restartNote = new QLabel(tr("A new language is used from the next time CoachVault "
                                      "starts."),
                                   this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    Theme::setRole(*restartNote, "muted");

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Interface language:"), m_language);
    languageForm->addRow(restartNote);

    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(lockAfter).count();
    auto* lockText = new QLabel(
        minutes >= 1
            ? tr("CoachVault locks itself after %n minute(s) without activity. The vault's "
                 "policy sets this time.",
                 nullptr, int(minutes))
            : tr("CoachVault locks itself after %n second(s) without activity.", nullptr,
                 int(std::chrono::duration_cast<std::chrono::seconds>(lockAfter).count())),
        this);
    lockText->setObjectName(QStringLiteral("lockDescription"));
    lockText->setWordWrap(true);
    auto* lockBox = new QGroupBox(tr("Automatic lock"), this);
    auto* lockLayout = new QVBoxLayout(lockBox);
    lockLayout->addWidget(lockText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(languageBox);
    layout->addWidget(lockBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setChosenLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::accept()
{
    UiSettings::setLanguage(chosenLanguage());
    QDialog::accept();
}

} // namespace cv::ui
