#pragma once

#include "Result.h"

class Database;

// One write transaction: BEGIN IMMEDIATE on SQLite; rolled back unless commit() succeeds.
// Transactions nest: an inner one becomes a savepoint of the outer one, so a batch
// (an import, the demo data) can group many repository writes into one transaction.
//
// A rollback that fails is never silent: rollback() returns the error, and the one the
// destructor makes is reported through Database::reportRollbackFailure(). Either way the
// nesting depth is set back, so the next transaction starts from the right level.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    Status rollback();

private:
    QString savepoint() const;
    const Database &m_db;
    bool m_open = false;
    int m_level = 0; // 1 = the outermost transaction
};
