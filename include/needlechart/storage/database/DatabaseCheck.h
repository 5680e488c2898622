#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

// A whole-file check (PRAGMA quick_check) on a read-only connection of its own, so that it may
// run on a worker thread while the app goes on with its main connection. It reads every page
// (0.26 s for 100,000 patients, 0.66 s cold; docs/performance.md), which is why opening a file does
// not run it: the app runs it in the background once a day instead.
class DatabaseCheck {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    // Ok when SQLite finds nothing wrong; Corrupt (with SQLite's first findings as the detail)
    // when it does; another error when the file cannot be read at all.
    [[nodiscard]] static Status quickCheck(const QString& path, int busyTimeoutMs = 5000);
};

} // namespace needlechart
