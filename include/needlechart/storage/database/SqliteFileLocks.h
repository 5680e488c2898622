#pragma once

namespace needlechart {

// Makes SQLite's file locks belong to the file it opened, not to the whole process.
//
// SQLite on Unix locks with POSIX record locks (fcntl F_SETLK). Those belong to the process, and
// closing *any* descriptor of the file drops all of them ("How To Corrupt An SQLite Database",
// section 2.2). A file dialog that peeks into the database to guess its type, an icon provider
// or a hash is enough: another process then thinks it is alone, checkpoints and deletes the
// -wal and -shm files, and what this process commits afterwards goes into a deleted file.
//
// install() points SQLite's Unix VFS at an fcntl that turns those calls into Linux
// open-file-description locks (F_OFD_SETLK, F_OFD_GETLK). They are held by the descriptor
// SQLite opened and are released only when SQLite closes it; another open and close of the same
// file in the process leaves them alone. They conflict with POSIX locks of other processes, so
// the sqlite3 shell and older versions still see them. Where the kernel or file system lacks OFD
// locks, install() leaves SQLite as it was and logs a warning.
//
// The swap must happen before any SQLite file is open in the process: the storage library does
// it while it is loaded, and Database::open makes sure again.
class SqliteFileLocks {
public:
    // Idempotent and thread-safe; true when SQLite now uses OFD locks.
    static bool install();
    [[nodiscard]] static bool installed();

    // For the test that shows what install() prevents: a process that calls this before any
    // database is opened goes back to SQLite's process-wide POSIX locks. Never used by the app.
    static void restoreProcessLocksForTest();
};

} // namespace needlechart
