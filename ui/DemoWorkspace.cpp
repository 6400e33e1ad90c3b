#include "ui/DemoWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cv::ui {

DemoWorkspace::DemoWorkspace()
    : m_dir(baseDirectory() + QStringLiteral("/coachvault-demo-XXXXXX"))
{
    // QTemporaryDir already creates it 0700 (mkdtemp); say so explicitly.
    if (m_dir.isValid())
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

DemoWorkspace::~DemoWorkspace()
{
    if (m_dir.isValid())
        m_dir.remove();
}

bool DemoWorkspace::isValid() const
{
    return m_dir.isValid();
}

QString DemoWorkspace::errorString() const
{
    return m_dir.errorString();
}

QString DemoWorkspace::path() const
{
    return m_dir.path();
}

QString DemoWorkspace::vaultPath() const
{
    return m_dir.filePath(QStringLiteral("demo.cvault"));
}

QString DemoWorkspace::baseDirectory()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime;
    return QDir::tempPath();
}

} // namespace cv::ui
