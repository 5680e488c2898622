#pragma once

#include <QString>

namespace needlechart {

// Where NeedleChart keeps its files, following XDG through QStandardPaths:
// the database in the data dir (~/.local/share/NeedleChart), logs in the state dir
// ($XDG_STATE_HOME or ~/.local/state/NeedleChart/logs).
class AppPaths {
public:
    [[nodiscard]] static QString defaultDatabasePath();
    [[nodiscard]] static QString logDirectory();
};

} // namespace needlechart
