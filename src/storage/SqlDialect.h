#pragma once

#include <QString>

// The few places where SQLite and PostgreSQL differ. Everything else in the
// repositories is plain SQL that both accept.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind = Kind::SQLite) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == Kind::SQLite; }

    // Fills {{id}} (an auto-numbered primary key) and friends in migration text, and keeps
    // of {{if sqlite}} ... {{endif}} and {{if postgresql}} ... {{endif}} the own dialect's.
    QString expand(QString sql) const;
    // Starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE on
    // SQLite, so a read-then-write cannot fail late with "database is locked").
    QString beginWrite() const;
    // Whether an SQL error text says that a UNIQUE constraint was broken.
    bool isUniqueViolation(const QString &nativeCode, const QString &text) const;
    bool isForeignKeyViolation(const QString &nativeCode, const QString &text) const;
    // Resets the id sequence of a table after rows were inserted with explicit ids.
    QString resetSequence(const QString &table) const;

private:
    Kind m_kind;
};
