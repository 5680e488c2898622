#include "FailingVfs.h"

#include <sqlite3.h>

#include <cstring>
#include <mutex>

namespace needlechart::test {
namespace {

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
std::atomic<bool> g_armed{false};
std::atomic<bool> g_triggered{false};
std::atomic<int> g_operation{0};
std::atomic<int> g_remaining{0};

// A file of the failing VFS: the real file's handle follows this header in the same block.
struct FailingFile {
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

bool shouldFail(FailingVfs::Operation operation)
{
    if (!g_armed.load())
        return false;
    if (g_triggered.load())
        return true;
    if (int(operation) != g_operation.load())
        return false;
    if (g_remaining.fetch_sub(1) == 1) {
        g_triggered = true;
        return true;
    }
    return false;
}

FailingFile* self(sqlite3_file* file)
{
    return reinterpret_cast<FailingFile*>(file);
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* real = self(f)->real();
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FailingVfs::Operation::Write))
        return SQLITE_IOERR_WRITE;
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (shouldFail(FailingVfs::Operation::Truncate))
        return SQLITE_IOERR_TRUNCATE;
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xTruncate(real, size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail(FailingVfs::Operation::Sync))
        return SQLITE_IOERR_FSYNC;
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xSync(real, flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xFileSize(real, size);
}
int xLock(sqlite3_file* f, int level)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xLock(real, level);
}
int xUnlock(sqlite3_file* f, int level)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xUnlock(real, level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xFileControl(real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xSectorSize(real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xShmMap(real, page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    sqlite3_file* real = self(f)->real();
    real->pMethods->xShmBarrier(real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xFetch(real, offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    sqlite3_file* real = self(f)->real();
    return real->pMethods->xUnfetch(real, offset, page);
}

const sqlite3_io_methods Methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    FailingFile* failing = self(file);
    std::memset(failing->real(), 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, failing->real(), flags, outFlags);
    // SQLite calls xClose only if pMethods is set; the wrapper is only as open as the real file.
    failing->base.pMethods = failing->real()->pMethods ? &Methods : nullptr;
    return rc;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

void FailingVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(FailingFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "needlechart-failing";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

void FailingVfs::arm(Operation operation, int n)
{
    g_triggered = false;
    g_operation = int(operation);
    g_remaining = n;
    g_armed = true;
}

void FailingVfs::disarm()
{
    g_armed = false;
    g_triggered = false;
}

bool FailingVfs::triggered()
{
    return g_triggered.load();
}

} // namespace needlechart::test
