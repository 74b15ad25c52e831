#pragma once

#include "Database.h"

#include <QStringList>

#include <sqlite3.h>

// Every SQL statement that SQLite starts on a database's connection while the log
// lives, in order; the statements a trigger runs show as "-- TRIGGER name" followed by
// them. For tests that count what an operation reads and writes.
class StatementLog
{
public:
    explicit StatementLog(const Database &db) : m_handle(db.sqliteHandle())
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::traced, this);
    }
    ~StatementLog()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    bool isActive() const { return m_handle != nullptr; }
    QStringList statements;

    // The statements whose text contains the words (case-insensitive).
    int count(const QString &words) const
    {
        int n = 0;
        for (const QString &s : statements)
            n += s.simplified().contains(words, Qt::CaseInsensitive);
        return n;
    }
    QString all() const { return statements.join(QLatin1Char('\n')); }
    // The statements the program sent itself, without those that triggers and SQLite's
    // own machinery (FTS5's tables, "-- ...") ran for them.
    QStringList topLevel() const
    {
        QStringList out;
        for (const QString &s : statements)
            if (!s.startsWith(QLatin1String("--")))
                out << s;
        return out;
    }

private:
    static int traced(unsigned, void *context, void *, void *sql)
    {
        static_cast<StatementLog *>(context)->statements << QString::fromUtf8(static_cast<const char *>(sql));
        return 0;
    }
    sqlite3 *m_handle;
};
