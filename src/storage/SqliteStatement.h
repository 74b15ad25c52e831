#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite connection, for the bulk paths (reading the
// whole register, importing 100 000 rows) where QSqlQuery's per-value QVariant costs
// several times the work SQLite does. Only the storage layer uses it.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString errorText() const;

    // Texts are Unicode NFC (as SqlValues::text) and encoded as UTF-8 into one buffer the
    // statement keeps from row to row, so that a bulk insert allocates nothing per field.
    void bind(int index, const QString &text); // 1-based
    void bindOrNull(int index, const QString &text); // empty = NULL
    void bind(int index, qint64 value);
    // Steps once: true while a row is available; done() tells whether it finished cleanly.
    bool next();
    bool done() const { return m_done; }
    // Runs an insert/update to completion and resets for the next binding.
    bool execute();

    QString text(int column) const; // 0-based
    qint64 integer(int column) const;
    qint64 lastInsertId() const;

private:
    void bindPendingTexts();
    struct PendingText
    {
        int index;
        qsizetype offset;
        qsizetype size;
    };
    QByteArray m_row; // the UTF-8 of the texts bound for the current row
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless}; // no state between texts
    QVector<PendingText> m_pending;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_done = false;
};
