#include "tests/support/VaultFixtures.h"

#include <QFile>

namespace cv::test {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace cv::test
