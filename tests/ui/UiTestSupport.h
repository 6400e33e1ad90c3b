#pragma once

#include "core/security/SecretBytes.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QSettings>
#include <QString>
#include <QTest>

#include <memory>

namespace cv::test {

// A passphrase long enough for the core's minimum, and a wrong one.
inline QString rightPassphrase()
{
    return QStringLiteral("koffie kwaliteit coaching 2024");
}
inline QString wrongPassphrase()
{
    return QStringLiteral("koffie kwaliteit coaching 2023");
}

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 4), QTime(9, 30), Qt::UTC);
}

// Each test starts from empty GUI settings (ctest gives it a private HOME).
inline void resetSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoachVault"));
    QCoreApplication::setApplicationName(QStringLiteral("CoachVault"));
    QSettings().clear();
}

inline core::Result<std::unique_ptr<core::Vault>> createPassphraseVault(const QString& path,
                                                                        const core::Clock& clock)
{
    QString passphrase = rightPassphrase();
    return core::Vault::create(
        path, core::VaultCredential::passphrase(core::SecretBytes::takeUtf8(passphrase)), clock);
}

// Finds a child by object name and fails the test if it is missing.
template<typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Clicks near the left edge: radio buttons and check boxes only react to
// clicks on their indicator or text, not on the whole widget.
inline void clickIndicator(QWidget* widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, QPoint(8, widget->height() / 2));
}

} // namespace cv::test
