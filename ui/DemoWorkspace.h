#pragma once

#include <QString>
#include <QTemporaryDir>

namespace cv::ui {

// The private directory that holds `coachvault --demo`'s throwaway vault.
// Made under $XDG_RUNTIME_DIR (a per-user tmpfs, emptied at logout) when it is
// set, else under the temporary directory; readable by its owner only (0700).
// Destroying the workspace removes the directory and everything in it, so
// the vault must be closed first.
class DemoWorkspace final
{
public:
    DemoWorkspace();
    ~DemoWorkspace();
    DemoWorkspace(const DemoWorkspace&) = delete;
    DemoWorkspace& operator=(const DemoWorkspace&) = delete;

    bool isValid() const;
    QString errorString() const;
    QString path() const;
    QString vaultPath() const;

    static QString baseDirectory();

private:
    QTemporaryDir m_dir;
};

} // namespace cv::ui
