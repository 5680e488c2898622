#pragma once

#include "needlechart/domain/common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace needlechart {

// The whole-file check of the clinic database: every page read (SQLite's quick_check), which
// finds damage that opening the file (header, log and schema only) cannot. It costs 0.26 s on
// 100,000 patients (0.66 s cold), so the app runs it once a day per workstation, off the UI
// thread, after the window is up (docs/performance.md, docs/reliability.md).
class FileHealthCheck {
public:
    // Safe on any thread: it uses a read-only connection of its own. Corrupt, with a message
    // saying what to do, when damage is found.
    [[nodiscard]] static Status run(const QString& databasePath);
    // Due when it has not run yet on the local day `today`.
    [[nodiscard]] static bool isDue(const std::optional<QDate>& lastRun, const QDate& today);
};

} // namespace needlechart
