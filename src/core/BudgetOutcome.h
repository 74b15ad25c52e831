#pragma once

#include "Budget.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QVector>

#include <optional>

// One entered outcome figure: what was booked (cost line) or received (financing line)
// in a year, or in one quarter of it.
struct OutcomeEntry
{
    qint64 lineId = 0;
    int year = 0;
    int quarter = 0; // 0 = the whole year, 1-4 = a quarter
    Money amount;
};

// The outcome ("utfall") of a budget, per line and year, entered for the whole year or
// per quarter (never both for the same line and year: the year is then the sum of its
// quarters). A computed line has no entered outcome: its outcome follows from the outcome
// of its source line by the same rule as its budget (seed 002: indirect costs are 15 % of
// the own staff's outcome, rounded to whole kronor each year).
class BudgetOutcome
{
    Q_DECLARE_TR_FUNCTIONS(BudgetOutcome)
public:
    // Sets (amount given) or clears (no amount) an entered figure. Refused, with nothing
    // changed: an unknown or computed line, a year outside the budget, a quarter other than
    // 0-4, a negative amount, a whole-year figure where quarters are entered or the reverse.
    Status set(const Budget &budget, qint64 lineId, int year, int quarter, std::optional<Money> amount);

    std::optional<Money> entered(qint64 lineId, int year, int quarter = 0) const;
    // Whether the line has any outcome in the year (computed lines: their source has).
    bool has(const Budget &budget, qint64 lineId, int year) const;
    bool hasQuarters(qint64 lineId, int year) const;
    // The outcome of a line in a year: the whole-year figure, the sum of the quarters, or
    // for a computed line the rule applied to its source's outcome. 0 kr when none.
    Money amount(const Budget &budget, qint64 lineId, int year) const;
    Money costTotal(const Budget &budget, int year) const;
    Money financingTotal(const Budget &budget, int year) const;
    Money lineTotal(const Budget &budget, qint64 lineId) const;

    QVector<OutcomeEntry> entries() const; // sorted by line, year, quarter
    bool isEmpty() const { return m_amounts.isEmpty(); }
    void clear() { m_amounts.clear(); }

    friend bool operator==(const BudgetOutcome &a, const BudgetOutcome &b) { return a.m_amounts == b.m_amounts; }
    friend bool operator!=(const BudgetOutcome &a, const BudgetOutcome &b) { return !(a == b); }

private:
    static qint64 key(int year, int quarter) { return qint64(year) * 10 + quarter; }
    QHash<qint64, QMap<qint64, Money>> m_amounts; // line id -> (year*10 + quarter) -> amount
};

// Budget against outcome for one line (or a total) in one year.
struct BudgetVariance
{
    qint64 lineId = 0; // 0 for a total row
    int year = 0;
    Money budget;
    Money outcome;
    bool hasOutcome = false;
    // Outcome minus budget: above 0 is more booked (or received) than budgeted.
    Money difference() const { return outcome - budget; }
    // Outcome as a share of the budget in basis points (10000 = 100 %); empty when the budget is 0.
    std::optional<int> usedBasisPoints() const;
};

// Compares a budget with its outcome, line by line and year by year.
class BudgetComparison
{
    Q_DECLARE_TR_FUNCTIONS(BudgetComparison)
public:
    // Every cost line, then every financing line, each year in order.
    static QVector<BudgetVariance> lines(const Budget &budget, const BudgetOutcome &outcome);
    static BudgetVariance costTotal(const Budget &budget, const BudgetOutcome &outcome, int year);
    static BudgetVariance financingTotal(const Budget &budget, const BudgetOutcome &outcome, int year);
    // Readable sentences for the years with outcome where costs ran over budget.
    static QStringList overruns(const Budget &budget, const BudgetOutcome &outcome);
};
