#include "needlechart/services/common/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace needlechart {

QString AppPaths::defaultDatabasePath()
{
    // GenericDataLocation + our own folder, so the path is ~/.local/share/NeedleChart whatever
    // the organisation name (AppDataLocation would nest it: NeedleChart/NeedleChart).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("NeedleChart/needlechart.db"));
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
