#include "Cli.h"

#include "AtomicFile.h"
#include "Console.h"

#include <QFileInfo>


QString Cli::version()
{
    return QStringLiteral(VERKSTAN_VERSION);
}

int Cli::usageError(const QString &message)
{
    Console::errLine(QStringLiteral("%1: %2").arg(programName(), message));
    Console::errLine(tr("Try '%1 --help'.").arg(programName()));
    return ExitUsage;
}

int Cli::fail(const QString &where, const QString &message, int code)
{
    warn(where, message);
    return code;
}

void Cli::warn(const QString &where, const QString &message)
{
    Console::errLine(QStringLiteral("%1: %2: %3").arg(programName(), where, message));
}

Result<std::unique_ptr<Database>> Cli::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (access == Access::ReadOnly && info.isFile() && info.size() == 0)
        return Error{Error::Kind::Invalid, tr("the file is empty, not a Verkstan database")};
    Database::Options options;
    options.mode = Database::Mode::OpenExisting;
    options.lock = access == Access::Write;
    options.migrate = access == Access::Write;
    return Database::open(path, options);
}

std::unique_ptr<Database> Cli::openExisting(const QString &path, Access access, int *exitCode)
{
    auto db = open(path, access);
    if (!db) {
        *exitCode = fail(path, db.errorMessage(), ExitUsage);
        return nullptr;
    }
    *exitCode = ExitSuccess;
    return std::move(db).value();
}

std::unique_ptr<Database> Cli::openForReading(const QString &path, int *exitCode)
{
    std::unique_ptr<Database> db = openExisting(path, Access::ReadOnly, exitCode);
    if (db && db->schemaVersion() < Database::latestSchemaVersion()) {
        *exitCode = fail(path,
                         tr("the database has schema %1, older than this program's %2; open it once in "
                            "Verkstan (or import into it with %3) to bring it up to date")
                             .arg(db->schemaVersion())
                             .arg(Database::latestSchemaVersion())
                             .arg(programName()),
                         ExitUsage);
        return nullptr;
    }
    return db;
}

int Cli::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!Console::out(bytes))
            return fail(tr("standard output"), tr("the output could not be written: %1").arg(Console::outputError()),
                        ExitOutputFailed);
        return ExitSuccess;
    }
    // A regular file is replaced whole or not at all (AtomicFile: a new file renamed over
    // the old one). Anything else (a device such as /dev/full, a named pipe) is written
    // directly, and every failure of the write and of the close is reported.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size() || !device.flush()) {
            const QString why = device.errorString();
            return fail(path, tr("cannot be written: %1").arg(why), ExitOutputFailed);
        }
        device.close();
        if (device.error() != QFileDevice::NoError)
            return fail(path, tr("cannot be written: %1").arg(device.errorString()), ExitOutputFailed);
        return ExitSuccess;
    }
    if (Status s = AtomicFile::write(path, bytes); !s)
        return fail(path, tr("cannot be written: %1").arg(s.errorMessage()), ExitOutputFailed);
    return ExitSuccess;
}
