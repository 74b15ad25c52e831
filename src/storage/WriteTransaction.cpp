#include "WriteTransaction.h"

#include "Database.h"

WriteTransaction::WriteTransaction(const Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

QString WriteTransaction::savepoint() const
{
    return QStringLiteral("verkstan_sp%1").arg(m_level);
}

Status WriteTransaction::begin()
{
    int &depth = m_db.transactionDepth();
    m_level = depth + 1;
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

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 1) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint());
        (void)m_db.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
    }
    m_open = false;
    m_db.transactionDepth() = m_level - 1;
}
