#pragma once

#include "Budget.h"
#include "BudgetSheet.h"
#include "BudgetImport.h"
#include "BudgetOutcome.h"
#include "BudgetRepository.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The budgets' operations (seed 002): each change passes the session's Door as one
// undo step, all or nothing (a refused change leaves the budget as it was), and says
// budgetChanged() or budgetsChanged().
class BudgetService
{
    Q_DECLARE_TR_FUNCTIONS(BudgetService)
public:
    struct State
    {
        Budget budget;
        BudgetOutcome outcome;
    };

    explicit BudgetService(Session &session) : m_session(session) {}

    Result<QVector<BudgetSummary>> list() const;
    Result<State> load(qint64 id) const;

    // Grid edits of the budget's amounts, or of its outcome, as one undo step.
    Status editAmounts(qint64 id, const QVector<BudgetCellEdit> &edits);
    Status editOutcome(qint64 id, const QVector<BudgetCellEdit> &edits);
    // Changes to a budget's lines, each one undo step.
    Status addCostLine(qint64 budgetId, const CostLine &line);
    Status addFinancingLine(qint64 budgetId, const FinancingLine &line);
    // Renames a cost line (an empty name shows the category's label; Other needs a name).
    Status renameLine(qint64 budgetId, qint64 lineId, const QString &name);
    // Refused while another line is computed from it.
    Status removeLine(qint64 budgetId, qint64 lineId);
    // A new budget without lines (one undo step); returns its id.
    Result<qint64> create(const QString &name, int firstYear, int lastYear);
    // Imports a budget from CSV as a new budget (one undo step); problems leave nothing.
    Result<BudgetImportReport> importCsv(const QByteArray &csv);

private:
    Status changeLines(qint64 budgetId, const QString &undoText, const std::function<Status(Budget &)> &change);
    Session &m_session;
};
