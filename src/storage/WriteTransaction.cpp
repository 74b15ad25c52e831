#include "WriteTransaction.h"

#include "Database.h"

WriteTransaction::WriteTransaction(const Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (Status s = rollback(); !s)
        m_db.reportRollbackFailure(s.error());
}

QString WriteTransaction::savepoint() const
{
    return QStringLiteral("verkstan_sp%1").arg(m_level);
}

Status WriteTransaction::begin()
{
    int &depth = m_db.transactionDepth();
    m_level = depth + 1;
    if (m_level == 1) {
        // An earlier rollback failed: make sure nothing of it is still open first.
        if (Status s = m_db.recoverFromFailedRollback(); !s)
            return s;
    }
    Status s = m_level == 1 ? m_db.exec(m_db.dialect().beginWrite())
                            : m_db.exec(QStringLiteral("SAVEPOINT ") + savepoint());
    if (s.ok()) {
        m_open = true;
        depth = m_level;
    }
    return s;
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return Error{Error::Kind::Database, QStringLiteral("commit without a transaction")};
    Status s = m_level == 1 ? m_db.exec(QStringLiteral("COMMIT"))
                            : m_db.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
    if (s.ok()) {
        m_open = false;
        m_db.transactionDepth() = m_level - 1;
    }
    return s;
}

Status WriteTransaction::rollback()
{
    if (!m_open)
        return {};
    Status s;
    if (m_level == 1) {
        s = m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        s = m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint());
        if (s)
            s = m_db.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
    }
    // Whatever the database answered, this transaction is over: the depth goes back to
    // the level below it, so the next begin() neither nests in a dead transaction nor
    // skips a level.
    m_open = false;
    m_db.transactionDepth() = m_level - 1;
    if (!s) {
        if (m_level == 1)
            m_db.noteFailedRollback();
        return Error{Error::Kind::Database,
                     Database::tr("The unfinished change could not be undone in the database %1 (%2). What was saved "
                                  "before is kept; close and open the database again if more changes are refused.")
                         .arg(m_db.displayName(), s.errorMessage())};
    }
    return {};
}
