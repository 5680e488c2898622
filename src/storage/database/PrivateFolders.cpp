#include "needlechart/storage/database/PrivateFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace needlechart {

bool PrivateFolders::create(const QString& folder, QString* failedAt)
{
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& dir : missing) {
        if (!QDir().mkdir(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            && !QFileInfo(dir).isDir()) {
            if (failedAt)
                *failedAt = dir;
            return false;
        }
    }
    return QFileInfo(folder).isDir();
}

} // namespace needlechart
