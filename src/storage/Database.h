#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
struct sqlite3;
class QSqlError;
class QSqlQuery;

// Owns one connection to a Verkstan database (an SQLite file, or a shared PostgreSQL
// database) and its schema. Repositories borrow the connection; nothing outside
// src/storage/ sees SQL. A Database belongs to the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a Verkstan database
        Create,       // the file must not exist (or be empty); a new database is made
        OpenOrCreate, // either of the above
    };
    struct Options
    {
        Mode mode = Mode::OpenExisting;
        bool lock = true;    // take the single-writer lock file (the desktop program does)
        bool migrate = true; // bring an older schema up to date
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    // "postgresql://user:password@host:port/dbname"
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url, bool migrate = true);

    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlDialect &dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }

    // Structural checks: SQLite's integrity and foreign-key checks plus the schema version.
    // Returns the problems found (empty = healthy).
    Result<QStringList> check() const;
    // A consistent copy of the whole database, safe while others use it (SQLite backup API).
    // The copy is written to a new file next to the target and renamed over it at the end,
    // so the target is either the old file or the whole new copy, never missing or half
    // written. A database kept busy by another program is retried for up to busyTimeoutMs,
    // then refused with a message; the target is then left as it was.
    Status backupTo(const QString &targetPath, int busyTimeoutMs = 10000) const;

    // Runs one statement; for the storage layer's own use.
    Status exec(const QString &sql) const;
    // Turns a driver error into words, with what was being done.
    Error error(const QSqlError &e, const QString &doing) const;
    Error error(const QSqlQuery &q, const QString &doing) const;

    // The SQLite connection for bulk paths that QSqlQuery makes slow; null on PostgreSQL.
    sqlite3 *sqliteHandle() const;

    // Depth of open write transactions on this connection (WriteTransaction nests with savepoints).
    int &transactionDepth() const { return m_transactionDepth; }

    // A ROLLBACK that failed where nobody could be told at once (a WriteTransaction's
    // destructor): passed to the handler (Session shows it in the window), or written to
    // the log when there is none.
    void setRollbackFailureHandler(std::function<void(const Error &)> handler) { m_rollbackFailure = std::move(handler); }
    void reportRollbackFailure(const Error &error) const;
    // After a failed outermost ROLLBACK the next transaction first makes sure that
    // nothing of the old one is still open; when it cannot, it refuses with a message.
    void noteFailedRollback() const { m_rollbackFailed = true; }
    Status recoverFromFailedRollback() const;

private:
    Database() = default;
    Status applyPragmas();
    Status migrate();
    Result<int> readSchemaVersion(bool *isEmpty);

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    std::unique_ptr<QLockFile> m_lock;
    mutable int m_transactionDepth = 0;
    mutable bool m_rollbackFailed = false;
    std::function<void(const Error &)> m_rollbackFailure;
};
