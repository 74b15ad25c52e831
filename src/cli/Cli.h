#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// What every command of verkstan-cli shares: the exit codes, the shape of its messages
// ("verkstan-cli: WHERE: WHAT" on standard error) and how it opens a database.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode {
        ExitSuccess = 0,
        ExitCheckFailed = 1, // check found a problem
        ExitUsage = 2,       // wrong usage, or a file that cannot be opened
        ExitBadInput = 3,    // the input file has bad rows or is not usable
        ExitOutputFailed = 4, // the result could not be written (disk full, closed pipe, ...)
    };

    static QString programName() { return QStringLiteral("verkstan-cli"); }
    static QString version();

    // "verkstan-cli: MESSAGE" and the --help hint; returns ExitUsage.
    static int usageError(const QString &message);
    // "verkstan-cli: WHERE: MESSAGE"; returns code.
    static int fail(const QString &where, const QString &message, int code);
    // "verkstan-cli: WHERE: MESSAGE", without changing the exit code.
    static void warn(const QString &where, const QString &message);

    enum class Access {
        Write,    // takes the single-writer lock and brings an older schema up to date
        ReadOnly, // no lock (the desktop program may have the file open), no migration
    };
    // Opens an existing database. A reading command is refused an empty file (which
    // Database::open would turn into a new database).
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);
    // As open(); on failure prints what and where, sets *exitCode (2)
    // and returns null.
    static std::unique_ptr<Database> openExisting(const QString &path, Access access, int *exitCode);
    // Writes a command's result to the file (atomically) or, when path is empty or "-", to
    // standard output. On failure prints what and where and returns ExitOutputFailed.
    static int writeOutput(const QString &path, const QByteArray &bytes);

    // As openExisting() for commands that read records: the schema must be the current one.
    static std::unique_ptr<Database> openForReading(const QString &path, int *exitCode);
};
