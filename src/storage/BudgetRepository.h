#pragma once

#include "Budget.h"
#include "BudgetOutcome.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// A budget as listed: enough to choose one.
struct BudgetSummary
{
    qint64 id = 0;
    QString name;
    int firstYear = 0;
    int lastYear = 0;
    qint64 ownerActorId = 0; // 0 = none
};

// Reads and writes multi-year budgets (Budget in src/core): the budget, its cost and
// financing lines with their amounts per year (whole öre), and the funders' caps.
// Each write is one transaction; a failure leaves the database as it was.
// Loaded lines carry their database ids, and save() keeps them: a stored line is updated
// in place (its outcome stays with it), a line with an id the budget does not have in
// the database is added with a new id (load() again to learn it).
class BudgetRepository
{
    Q_DECLARE_TR_FUNCTIONS(BudgetRepository)
public:
    explicit BudgetRepository(const Database &db) : m_db(db) {}

    Result<QVector<BudgetSummary>> list() const;
    Result<BudgetSummary> summary(qint64 id) const;
    Result<Budget> load(qint64 id) const;
    // name empty: the budget's own name. ownerActorId 0: no owner. Returns the new id.
    Result<qint64> add(const QString &name, const Budget &budget, qint64 ownerActorId = 0) const;
    // Replaces the years, the name (when the budget has one), the lines, amounts and caps.
    Status save(qint64 id, const Budget &budget) const;
    // The outcome entered for the budget's lines (years outside the budget are left out).
    Result<BudgetOutcome> loadOutcome(qint64 id, const Budget &budget) const;
    // Replaces the outcome of the budget's years, in one transaction.
    Status saveOutcome(qint64 id, const Budget &budget, const BudgetOutcome &outcome) const;
    // Removes the budget with its lines, amounts and caps.
    Status remove(qint64 id) const;

private:
    Status validate(const QString &name, const Budget &budget) const;
    Status writeContent(qint64 id, const Budget &budget) const;
    const Database &m_db;
};
