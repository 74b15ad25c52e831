#pragma once

// A test SQLite VFS that wraps the default one and fails writes or fsyncs on purpose:
// armed with a fault and a count N, it lets N operations (writes and syncs of any
// database, journal or WAL file) through and fails every one after that, as a full or
// failing disk does, until it is disarmed. Installed as the default VFS, so Qt's SQLite
// driver (Debian's links the system SQLite) opens every file through it.
namespace FaultyVfs {

enum class Fault {
    Write, // xWrite returns SQLITE_IOERR_WRITE
    Sync,  // xSync returns SQLITE_IOERR_FSYNC
};

// Registers the VFS as the default (once; later calls do nothing).
void install();
// From now on, let afterOperations operations through, then fail every one of this kind.
void arm(Fault fault, int afterOperations);
void disarm();
// Operations (writes and syncs) counted since the last arm().
int operations();
// Whether an operation has failed since the last arm().
bool tripped();

} // namespace FaultyVfs
