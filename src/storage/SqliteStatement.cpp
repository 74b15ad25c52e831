#include "SqliteStatement.h"

#include <QStringEncoder>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C); // no copy when already NFC
    const qsizetype offset = m_row.size();
    m_row.resize(offset + nfc.size() * 3); // UTF-8 needs at most three bytes per UTF-16 unit
    char *end = m_utf8.appendToBuffer(m_row.data() + offset, nfc);
    m_row.resize(end - m_row.constData()); // keeps the capacity for the next row
    m_pending.append({index, offset, qsizetype(end - m_row.constData()) - offset});
}

void SqliteStatement::bindPendingTexts()
{
    // The buffer no longer grows for this row: its addresses are stable until the step.
    for (const PendingText &t : qAsConst(m_pending))
        sqlite3_bind_text(m_stmt, t.index, m_row.constData() + t.offset, int(t.size), SQLITE_STATIC);
}

void SqliteStatement::bindOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bind(index, text);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

bool SqliteStatement::next()
{
    bindPendingTexts();
    const int rc = sqlite3_step(m_stmt);
    m_done = rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::execute()
{
    bindPendingTexts();
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_pending.clear();
    m_row.resize(0); // size 0, capacity kept (clear() would free it)
    return rc == SQLITE_DONE;
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
