#include "needlechart/services/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace needlechart {

QString AppPaths::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("needlechart.db"));
}

QString AppPaths::logDirectory()
{
    // Qt 6.4 has no StateLocation; follow XDG by hand ($XDG_STATE_HOME, else ~/.local/state).
    QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    if (stateHome.isEmpty() || QDir::isRelativePath(stateHome))
        stateHome = QDir::home().filePath(QStringLiteral(".local/state"));
    if (QStandardPaths::isTestModeEnabled())
        stateHome = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                        .filePath(QStringLiteral("state"));
    return QDir(stateHome).filePath(QStringLiteral("NeedleChart/logs"));
}

} // namespace needlechart
