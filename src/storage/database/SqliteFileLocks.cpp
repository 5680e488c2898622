#include "needlechart/storage/database/SqliteFileLocks.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace needlechart {
namespace {

std::atomic<bool> g_installed{false};

#if defined(F_OFD_SETLK)
int lockCommand(int cmd)
{
    switch (cmd) {
    case F_SETLK: return F_OFD_SETLK;
    case F_SETLKW: return F_OFD_SETLKW;
    case F_GETLK: return F_OFD_GETLK;
    default: return -1;
    }
}

// SQLite's osFcntl: record-lock commands become OFD ones (which need l_pid = 0); anything else
// (F_GETFD, F_SETFD with an int) passes through.
int ofdFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    int result = 0;
    if (const int ofd = lockCommand(cmd); ofd != -1) {
        auto* lock = va_arg(args, struct flock*);
        lock->l_pid = 0;
        result = ::fcntl(fd, ofd, lock);
    } else if (cmd == F_GETFD || cmd == F_GETFL) {
        result = ::fcntl(fd, cmd);
    } else {
        const int value = va_arg(args, int);
        result = ::fcntl(fd, cmd, value);
    }
    va_end(args);
    return result;
}

// OFD locks exist since Linux 3.15; some file systems refuse them. Probed on a scratch file.
bool kernelHasOfdLocks()
{
    char path[] = "/tmp/needlechart-ofd-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0)
        return true; // cannot probe; the first lock will say if they are missing
    ::unlink(path);
    struct flock lock;
    std::memset(&lock, 0, sizeof lock);
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 1;
    const bool ok = ::fcntl(fd, F_OFD_GETLK, &lock) == 0;
    ::close(fd);
    return ok;
}
#endif

bool swapFcntl()
{
#if defined(F_OFD_SETLK)
    if (!kernelHasOfdLocks()) {
        spdlog::warn("database: this system has no open-file-description locks; SQLite keeps "
                     "process-wide locks");
        return false;
    }
    sqlite3_vfs* unixVfs = sqlite3_vfs_find("unix");
    if (unixVfs == nullptr || unixVfs->iVersion < 3 || unixVfs->xSetSystemCall == nullptr) {
        spdlog::warn("database: SQLite's unix VFS cannot be adjusted; it keeps process-wide locks");
        return false;
    }
    // The system-call table is shared by every unix VFS (unix, unix-excl, unix-none, …).
    if (unixVfs->xSetSystemCall(unixVfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&ofdFcntl))
        != SQLITE_OK) {
        spdlog::warn("database: SQLite refused the fcntl override; it keeps process-wide locks");
        return false;
    }
    spdlog::debug("database: SQLite locks are open-file-description locks");
    return true;
#else
    spdlog::warn("database: built without open-file-description locks");
    return false;
#endif
}

// Swapped when the storage library is loaded, before anything can open an SQLite file; so a
// connection never holds POSIX locks that an OFD unlock would not release.
const bool g_installedAtLoad = SqliteFileLocks::install();

} // namespace

bool SqliteFileLocks::install()
{
    static std::once_flag once;
    std::call_once(once, [] { g_installed = swapFcntl(); });
    return g_installed.load();
}

bool SqliteFileLocks::installed()
{
    return g_installed.load();
}

void SqliteFileLocks::restoreProcessLocksForTest()
{
    install(); // so that a later install() cannot swap them back
    if (sqlite3_vfs* unixVfs = sqlite3_vfs_find("unix"); unixVfs && unixVfs->xSetSystemCall)
        unixVfs->xSetSystemCall(unixVfs, "fcntl", nullptr); // nullptr: SQLite's own fcntl
    g_installed = false;
}

} // namespace needlechart
