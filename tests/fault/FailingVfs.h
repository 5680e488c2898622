#pragma once

#include <atomic>

namespace needlechart::test {

// An SQLite VFS for tests that wraps the default one and makes the n-th write, sync or
// truncate of any file fail with an I/O error, the way a dying disk or a pulled cable does.
// Installed as the default VFS of the process, so Database::open and everything above use it.
class FailingVfs {
public:
    enum class Operation { Write, Sync, Truncate };

    // Registers the VFS as the process default (once); later calls do nothing.
    static void install();

    // From now on, the `n`-th call (1-based) of `operation` fails, and so does every later one
    // of any kind (a disk that failed stays failed) until disarm().
    static void arm(Operation operation, int n);
    static void disarm();
    // Whether the armed failure has happened since arm().
    [[nodiscard]] static bool triggered();
};

} // namespace needlechart::test
