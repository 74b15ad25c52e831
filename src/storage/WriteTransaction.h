#pragma once

#include "Result.h"

class Database;

// One write transaction: BEGIN IMMEDIATE on SQLite; rolled back unless commit() succeeds.
// Transactions nest: an inner one becomes a savepoint of the outer one, so a batch
// (an import, the demo data) can group many repository writes into one transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QString savepoint() const;
    const Database &m_db;
    bool m_open = false;
    int m_level = 0; // 1 = the outermost transaction
};
