#include "Database.h"

#include "WriteTransaction.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("verkstan-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Migration steps are resources named migrations/NNNN_what.sql, applied in order.
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

QStringList statementsOf(const QString &text)
{
    QStringList out;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("--")))
            continue;
        if (t == QLatin1String(";")) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

bool looksLikeSQLite(const QString &path, bool *empty)
{
    QFile f(path);
    *empty = f.size() == 0;
    if (*empty)
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A lock file that names no process: its writer was killed between creating it and
// writing its process id into it (QLockFile does the two one after the other). With
// no stale time QLockFile never takes such a file for stale, and the database would
// stay locked for good after that crash. A live writer fills the file at once, so one
// still empty after a moment is a crash's leftover.
bool leftByACrash(QLockFile &lock)
{
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, app;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock.getLockInfo(&pid, &host, &app))
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    const bool exists = info.exists();
    if (!exists && options.mode == Mode::OpenExisting)
        return Error{Error::Kind::Io, tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(absolute))};
    if (exists && info.isDir())
        return Error{Error::Kind::Io, tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(absolute))};
    bool empty = !exists;
    if (exists) {
        if (!info.isReadable())
            return Error{Error::Kind::Io, tr("The database %1 cannot be read (no permission).").arg(QDir::toNativeSeparators(absolute))};
        if (!looksLikeSQLite(absolute, &empty))
            return Error{Error::Kind::Invalid,
                         tr("%1 is not a Verkstan database: it is not an SQLite file, or its start is damaged. "
                            "Nothing was changed.").arg(QDir::toNativeSeparators(absolute))};
        if (empty && options.mode == Mode::OpenExisting)
            return Error{Error::Kind::Invalid, tr("%1 is an empty file, not a Verkstan database. Nothing was changed.")
                                                   .arg(QDir::toNativeSeparators(absolute))};
        if (!empty && options.mode == Mode::Create)
            return Error{Error::Kind::Duplicate, tr("%1 already exists; choose another name for the new database.")
                                                     .arg(QDir::toNativeSeparators(absolute))};
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;
    db->m_dialect = SqlDialect(SqlDialect::Kind::SQLite);

    if (options.lock) {
        db->m_lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // stale only when its process is gone
        bool locked = db->m_lock->tryLock(0);
        if (!locked && leftByACrash(*db->m_lock))
            locked = db->m_lock->removeStaleLockFile() && db->m_lock->tryLock(0);
        if (!locked) {
            qint64 pid = 0;
            QString host, app;
            if (db->m_lock->error() == QLockFile::LockFailedError && db->m_lock->getLockInfo(&pid, &host, &app))
                return Error{Error::Kind::InUse,
                             tr("%1 is in use by %2 (process %3 on %4). Close it there first; "
                                "two programs writing to one file would lose each other's changes.")
                                 .arg(QDir::toNativeSeparators(absolute), app.isEmpty() ? QStringLiteral("Verkstan") : app)
                                 .arg(pid)
                                 .arg(host)};
            return Error{Error::Kind::InUse, tr("%1 is in use by another program, or its lock file %2 cannot be written.")
                                                 .arg(QDir::toNativeSeparators(absolute),
                                                      QDir::toNativeSeparators(absolute + QStringLiteral(".lock")))};
        }
    }

    db->m_connectionName = newConnectionName();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(absolute);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!c.open())
            return db->error(c.lastError(), tr("opening %1").arg(QDir::toNativeSeparators(absolute)));
    }

    bool isEmpty = false;
    Result<int> version = db->readSchemaVersion(&isEmpty);
    if (!version)
        return version.error();
    if (isEmpty && options.mode == Mode::OpenExisting && !empty)
        return Error{Error::Kind::Invalid, tr("%1 is an SQLite database but not a Verkstan database. Nothing was changed.")
                                               .arg(QDir::toNativeSeparators(absolute))};
    if (!isEmpty && *version == 0)
        return Error{Error::Kind::Invalid, tr("%1 is an SQLite database of another program, not a Verkstan database. "
                                              "Nothing was changed.").arg(QDir::toNativeSeparators(absolute))};
    if (*version > latestSchemaVersion())
        return Error{Error::Kind::Version,
                     tr("%1 was written by a newer version of Verkstan (schema %2; this program knows up to %3). "
                        "Open it with the newer version; nothing was changed.")
                         .arg(QDir::toNativeSeparators(absolute))
                         .arg(*version)
                         .arg(latestSchemaVersion())};
    db->m_schemaVersion = *version;

    if (Status s = db->applyPragmas(); !s)
        return s.error();
    if (options.migrate || isEmpty) {
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &urlText, bool migrate)
{
    const QUrl url(urlText);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error{Error::Kind::Invalid, tr("\"%1\" is not a PostgreSQL address like postgresql://user@host/database.").arg(urlText)};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Error::Kind::Database, tr("The PostgreSQL driver (QPSQL) is not installed.")};
    std::unique_ptr<Database> db(new Database);
    db->m_path = urlText;
    db->m_dialect = SqlDialect(SqlDialect::Kind::PostgreSQL);
    db->m_connectionName = newConnectionName();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        c.setHostName(url.host());
        if (url.port() > 0)
            c.setPort(url.port());
        c.setDatabaseName(url.path().mid(1));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        if (!c.open())
            return db->error(c.lastError(), tr("connecting to %1").arg(url.toString(QUrl::RemovePassword)));
    }
    bool isEmpty = false;
    Result<int> version = db->readSchemaVersion(&isEmpty);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error{Error::Kind::Version, tr("The shared database was written by a newer version of Verkstan (schema %1).").arg(*version)};
    db->m_schemaVersion = *version;
    if (migrate || isEmpty) {
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    return db;
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            if (c.isOpen())
                c.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

QString Database::displayName() const
{
    if (m_dialect.isSQLite())
        return QFileInfo(m_path).fileName();
    return QUrl(m_path).toString(QUrl::RemovePassword | QUrl::RemoveUserInfo);
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return error(q, sql.left(60));
    return {};
}

Error Database::error(const QSqlError &e, const QString &doing) const
{
    Error::Kind kind = Error::Kind::Database;
    const QString native = e.nativeErrorCode();
    if (m_dialect.isUniqueViolation(native, e.databaseText()))
        kind = Error::Kind::Duplicate;
    else if (m_dialect.isForeignKeyViolation(native, e.databaseText()))
        kind = Error::Kind::InUse;
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (text.contains(QLatin1String("database is locked")))
        text = tr("the database is busy with another program's write; try again in a moment");
    else if (text.contains(QLatin1String("file is not a database")) || text.contains(QLatin1String("malformed")))
        text = tr("the file is damaged or not a database (%1)").arg(text);
    return Error{kind, tr("The database %1 refused %2: %3").arg(displayName(), doing, text)};
}

Error Database::error(const QSqlQuery &q, const QString &doing) const
{
    return error(q.lastError(), doing);
}

Result<int> Database::readSchemaVersion(bool *isEmpty)
{
    QSqlQuery q(connection());
    const QString tablesSql = m_dialect.isSQLite()
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    if (!q.exec(tablesSql))
        return error(q, tr("reading its list of tables"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    *isEmpty = tables.isEmpty();
    if (!tables.contains(QLatin1String("schema_version")))
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return error(q, tr("reading the schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

Status Database::applyPragmas()
{
    if (!m_dialect.isSQLite())
        return {};
    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000", // kBusyTimeoutMs
                             "PRAGMA cache_size = -32000"}; // 32 MB: a 100 000-actor import stays in memory
    for (const char *p : pragmas) {
        QSqlQuery q(connection());
        if (!q.exec(QString::fromLatin1(p)))
            return error(q, QString::fromLatin1(p));
    }
    return {};
}

Status Database::migrate()
{
    const QStringList files = migrationFiles();
    for (int step = m_schemaVersion; step < files.size(); ++step) {
        QFile f(files.at(step));
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Io, tr("The migration %1 is missing from the program.").arg(files.at(step))};
        const QStringList statements = statementsOf(m_dialect.expand(QString::fromUtf8(f.readAll())));
        WriteTransaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        if (step == 0) {
            if (Status s = exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                                               "applied_at TEXT NOT NULL)")); !s)
                return s;
        }
        for (const QString &sql : statements) {
            QSqlQuery q(connection());
            if (!q.exec(sql))
                return error(q, tr("upgrading to schema %1").arg(step + 1));
        }
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(step + 1);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec())
            return error(q, tr("recording schema %1").arg(step + 1));
        if (Status s = tx.commit(); !s)
            return s;
        m_schemaVersion = step + 1;
    }
    return {};
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    if (m_schemaVersion < latestSchemaVersion())
        problems << tr("The schema is version %1; this program expects %2.").arg(m_schemaVersion).arg(latestSchemaVersion());
    if (!m_dialect.isSQLite())
        return problems;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return error(q, tr("checking integrity"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("Integrity: %1").arg(line);
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return error(q, tr("checking references"));
    while (q.next())
        problems << tr("A row of %1 (row %2) refers to a missing row of %3.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

sqlite3 *Database::sqliteHandle() const
{
    if (!m_dialect.isSQLite())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::reportRollbackFailure(const Error &error) const
{
    if (m_rollbackFailure)
        m_rollbackFailure(error);
    else
        qWarning("%s", qPrintable(error.message));
}

Status Database::recoverFromFailedRollback() const
{
    if (!m_rollbackFailed)
        return {};
    if (sqlite3 *handle = sqliteHandle(); handle && sqlite3_get_autocommit(handle) != 0) {
        m_rollbackFailed = false; // SQLite had ended the transaction itself: nothing is open
        return {};
    }
    // Still inside the old transaction (or unsure, on a server): try once more.
    if (Status s = exec(QStringLiteral("ROLLBACK")); !s) {
        return Error{Error::Kind::Database,
                     tr("The database %1 refuses changes: an earlier change could not be rolled back (%2). Close "
                        "the database and open it again; what was saved before is kept.")
                         .arg(displayName(), s.errorMessage())};
    }
    m_rollbackFailed = false;
    return {};
}

namespace {

constexpr int kBusyTimeoutMs = 5000; // as PRAGMA busy_timeout in applyPragmas()

// Replaces target by source in one step: POSIX rename() (and Windows' MoveFileEx with
// MOVEFILE_REPLACE_EXISTING) never leave a moment without a target.
bool renameOver(const QString &source, const QString &target, QString *why)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(source).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(target).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *why = QString::number(GetLastError());
    return false;
#else
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace

Status Database::backupTo(const QString &targetPath, int busyTimeoutMs) const
{
    if (!m_dialect.isSQLite())
        return Error{Error::Kind::Invalid, tr("Backups of a shared PostgreSQL database are made with pg_dump.")};
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == m_path)
        return Error{Error::Kind::Invalid, tr("The backup cannot overwrite the database itself.")};
    sqlite3 *source = sqliteHandle();
    if (!source)
        return Error{Error::Kind::Database, tr("The SQLite driver does not give access to its connection.")};
    const QString shown = QDir::toNativeSeparators(target);
    const QString kept = QFileInfo::exists(target) ? tr("%1 is unchanged.").arg(shown) : QString();

    // A new file next to the target (same file system, so the rename is atomic), with a
    // name of its own so that two backups at once do not write into each other.
    QTemporaryFile reserve(target + QStringLiteral(".XXXXXX.partial"));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return Error{Error::Kind::Io, tr("The backup to %1 failed: %2 %3").arg(shown, reserve.errorString(), kept)};
    const QString partial = reserve.fileName();
    reserve.close();

    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    bool busy = false;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // The whole database in one step: one read transaction, so a writer elsewhere
            // (WAL) neither waits for the copy nor makes it start over. When the file is
            // locked, try again in short waits until the time is up.
            QDeadlineTimer deadline(busyTimeoutMs);
            sqlite3_busy_timeout(source, 50);
            do {
                rc = sqlite3_backup_step(backup, -1);
                if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired())
                    sqlite3_sleep(20);
            } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired());
            busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
            sqlite3_busy_timeout(source, kBusyTimeoutMs);
            sqlite3_backup_finish(backup);
        }
        if (!busy)
            rc = sqlite3_errcode(dest);
    }
    const QString why = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString();
    const int closed = sqlite3_close(dest);
    if (busy) {
        QFile::remove(partial);
        return Error{Error::Kind::InUse,
                     tr("No backup was made: the database %1 was kept busy by another program for %2 seconds. %3 "
                        "Try again in a moment.")
                         .arg(displayName())
                         .arg(busyTimeoutMs / 1000.0, 0, 'f', busyTimeoutMs % 1000 ? 1 : 0)
                         .arg(kept)
                         .trimmed()};
    }
    if ((rc != SQLITE_OK && rc != SQLITE_DONE) || closed != SQLITE_OK) {
        QFile::remove(partial);
        return Error{Error::Kind::Io, tr("The backup to %1 failed: %2 %3").arg(shown, why, kept).trimmed()};
    }
    QString renameError;
    if (!renameOver(partial, target, &renameError)) {
        QFile::remove(partial);
        return Error{Error::Kind::Io,
                     tr("The backup could not be written as %1: %2 %3").arg(shown, renameError, kept).trimmed()};
    }
    return {};
}
