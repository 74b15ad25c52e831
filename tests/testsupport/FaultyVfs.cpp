#include "FaultyVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
std::atomic<bool> g_armed{false};
std::atomic<int> g_fault{0};
std::atomic<int> g_allowed{0};
std::atomic<int> g_operations{0};
std::atomic<bool> g_tripped{false};

struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real; // allocated right after this struct
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<FaultyFile *>(f)->real;
}

// Counts an operation of the kind; true when it must fail.
bool fails(FaultyVfs::Fault kind)
{
    if (!g_armed.load())
        return false;
    const int n = ++g_operations;
    if (n <= g_allowed.load() || g_fault.load() != int(kind))
        return false;
    g_tripped = true;
    return true;
}

int xClose(sqlite3_file *f)
{
    sqlite3_file *r = realOf(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), p, n, o); }
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    if (fails(FaultyVfs::Fault::Write))
        return SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), p, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 s) { return realOf(f)->pMethods->xTruncate(realOf(f), s); }
int xSync(sqlite3_file *f, int flags)
{
    if (fails(FaultyVfs::Fault::Sync))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *s) { return realOf(f)->pMethods->xFileSize(realOf(f), s); }
int xLock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int xUnlock(sqlite3_file *f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int xCheckReservedLock(sqlite3_file *f, int *r) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r); }
int xFileControl(sqlite3_file *f, int op, void *a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int xSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int xShmMap(sqlite3_file *f, int i, int s, int e, void volatile **p)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), i, s, e, p);
}
int xShmLock(sqlite3_file *f, int o, int n, int fl) { return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl); }
void xShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int xShmUnmap(sqlite3_file *f, int d) { return realOf(f)->pMethods->xShmUnmap(realOf(f), d); }
int xFetch(sqlite3_file *f, sqlite3_int64 o, int a, void **p) { return realOf(f)->pMethods->xFetch(realOf(f), o, a, p); }
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

const sqlite3_io_methods g_methods = {3,         xClose,    xRead,        xWrite,        xTruncate,
                                      xSync,     xFileSize, xLock,        xUnlock,       xCheckReservedLock,
                                      xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock,
                                      xShmBarrier, xShmUnmap, xFetch,     xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<FaultyFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    // Our methods only when the real file is open: SQLite calls xClose only then.
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_real->xAccess(g_real, name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name) { return g_real->xDlOpen(g_real, name); }
void xDlError(sqlite3_vfs *, int n, char *msg) { g_real->xDlError(g_real, n, msg); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return g_real->xDlSym(g_real, h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { g_real->xDlClose(g_real, h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return g_real->xRandomness(g_real, n, out); }
int xSleep(sqlite3_vfs *, int us) { return g_real->xSleep(g_real, us); }
int xCurrentTime(sqlite3_vfs *, double *t) { return g_real->xCurrentTime(g_real, t); }
int xGetLastError(sqlite3_vfs *, int n, char *out) { return g_real->xGetLastError(g_real, n, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) { return g_real->xCurrentTimeInt64(g_real, t); }

} // namespace

namespace FaultyVfs {

void install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "verkstan-faulty";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

void arm(Fault fault, int afterOperations)
{
    g_fault = int(fault);
    g_allowed = afterOperations;
    g_operations = 0;
    g_tripped = false;
    g_armed = true;
}

void disarm()
{
    g_armed = false;
}

int operations()
{
    return g_operations.load();
}

bool tripped()
{
    return g_tripped.load();
}

} // namespace FaultyVfs
