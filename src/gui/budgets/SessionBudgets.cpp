#include "Session.h"

// Session's operations on budgets and their lines (seed 002), each an undo step.

// ---- budgets ----

Result<QVector<BudgetSummary>> Session::budgets() const
{
    return BudgetRepository(*m_db).list();
}

Result<Session::BudgetState> Session::loadBudget(qint64 id) const
{
    const BudgetRepository repo(*m_db);
    auto budget = repo.load(id);
    if (!budget)
        return budget.error();
    auto outcome = repo.loadOutcome(id, *budget);
    if (!outcome)
        return outcome.error();
    return BudgetState{std::move(budget).value(), std::move(outcome).value()};
}

Status Session::editBudget(qint64 id, BudgetGridModel::Mode mode, const QVector<BudgetCellEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    auto state = loadBudget(id);
    if (!state)
        return state.error();
    const BudgetState before = *state;
    BudgetState after = before;
    for (const BudgetCellEdit &e : edits) {
        const Status s = mode == BudgetGridModel::Mode::Budget
            ? after.budget.setAmount(e.lineId, e.year, e.amount.value_or(Money()))
            : after.outcome.set(after.budget, e.lineId, e.year, e.quarter, e.amount);
        if (!s)
            return s;
    }
    auto save = [this, id, mode](const BudgetState &st) -> Status {
        const BudgetRepository r(*m_db);
        const Status s = mode == BudgetGridModel::Mode::Budget ? r.save(id, st.budget)
                                                               : r.saveOutcome(id, st.budget, st.outcome);
        if (s)
            emit budgetChanged(id);
        return s;
    };
    if (Status s = save(after); !s)
        return s;
    QString text;
    const bool outcome = mode != BudgetGridModel::Mode::Budget;
    if (edits.size() == 1)
        text = outcome ? (edits.first().quarter
                              ? tr("Outcome of %1 in quarter %2 of %3")
                                    .arg(before.budget.lineName(edits.first().lineId))
                                    .arg(edits.first().quarter)
                                    .arg(edits.first().year)
                              : tr("Outcome of %1 in %2").arg(before.budget.lineName(edits.first().lineId)).arg(edits.first().year))
                       : tr("Budget of %1 in %2").arg(before.budget.lineName(edits.first().lineId)).arg(edits.first().year);
    else
        text = outcome ? tr("Paste %1 outcome amounts").arg(edits.size()) : tr("Paste %1 budget amounts").arg(edits.size());
    push(text, [save, after] { return save(after); }, [save, before] { return save(before); });
    return {};
}

Status Session::changeBudgetLines(qint64 budgetId, const QString &undoText,
                                  const std::function<Status(Budget &)> &change)
{
    auto loaded = BudgetRepository(*m_db).load(budgetId);
    if (!loaded)
        return loaded.error();
    const Budget before = *loaded;
    Budget after = before;
    if (Status s = change(after); !s)
        return s;
    auto save = [this, budgetId](const Budget &b) -> Status {
        const Status s = BudgetRepository(*m_db).save(budgetId, b);
        if (s)
            emit budgetChanged(budgetId);
        return s;
    };
    if (Status s = save(after); !s)
        return s;
    push(undoText, [save, after] { return save(after); }, [save, before] { return save(before); });
    return {};
}

Status Session::addBudgetCostLine(qint64 budgetId, const CostLine &line)
{
    CostLine added = line;
    added.id = 0;
    added.name = line.name.trimmed();
    const QString shown = added.name.isEmpty() ? Budget::label(added.category) : added.name;
    return changeBudgetLines(budgetId, tr("Add the cost line %1").arg(shown), [added](Budget &b) -> Status {
        auto id = b.addCostLine(added);
        if (!id)
            return id.error();
        return {};
    });
}

Status Session::addBudgetFinancingLine(qint64 budgetId, const FinancingLine &line)
{
    FinancingLine added = line;
    added.id = 0;
    return changeBudgetLines(budgetId, tr("Add the financing line %1").arg(added.funderName), [added](Budget &b) -> Status {
        auto id = b.addFinancingLine(added);
        if (!id)
            return id.error();
        return {};
    });
}

Status Session::renameBudgetLine(qint64 budgetId, qint64 lineId, const QString &name)
{
    QString oldName;
    auto change = [lineId, name, &oldName](Budget &b) -> Status {
        oldName = b.lineName(lineId);
        const CostLine *line = b.costLine(lineId);
        if (!line) {
            if (b.financingLine(lineId))
                return Error{Error::Kind::Invalid,
                             tr("%1 is a financing line; it is named after its funder in the register.").arg(oldName)};
            return Error{Error::Kind::NotFound, tr("The budget has no line with id %1.").arg(lineId)};
        }
        CostLine renamed = *line;
        renamed.name = name.trimmed();
        return b.replaceCostLine(renamed);
    };
    auto loaded = BudgetRepository(*m_db).load(budgetId);
    const QString shownOld = loaded ? loaded->lineName(lineId) : QString();
    return changeBudgetLines(budgetId, tr("Rename the line %1").arg(shownOld), change);
}

Status Session::removeBudgetLine(qint64 budgetId, qint64 lineId)
{
    auto loaded = BudgetRepository(*m_db).load(budgetId);
    if (!loaded)
        return loaded.error();
    return changeBudgetLines(budgetId, tr("Remove the line %1").arg(loaded->lineName(lineId)),
                             [lineId](Budget &b) { return b.removeLine(lineId); });
}

Result<qint64> Session::createBudget(const QString &name, int firstYear, int lastYear)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Invalid, tr("A new budget needs a name.")};
    auto budget = Budget::create(firstYear, lastYear, trimmed);
    if (!budget)
        return budget.error();
    auto added = BudgetRepository(*m_db).add(trimmed, *budget);
    if (!added)
        return added.error();
    auto id = std::make_shared<qint64>(*added);
    const Budget b = *budget;
    emit budgetsChanged();
    push(tr("New budget %1").arg(trimmed),
         [this, b, trimmed, id]() -> Status {
             auto again = BudgetRepository(*m_db).add(trimmed, b);
             if (!again)
                 return again.error();
             *id = *again;
             emit budgetsChanged();
             return {};
         },
         [this, id]() -> Status {
             const Status s = BudgetRepository(*m_db).remove(*id);
             if (s)
                 emit budgetsChanged();
             return s;
         });
    return *added;
}

Result<BudgetImportReport> Session::importBudget(const QByteArray &csv)
{
    auto report = BudgetImport::run(*m_db, csv);
    if (!report || !report->problems.isEmpty())
        return report;
    auto id = std::make_shared<qint64>(report->budgetId);
    emit budgetsChanged();
    push(tr("Import the budget %1").arg(report->name),
         [this, csv, id]() -> Status {
             auto again = BudgetImport::run(*m_db, csv);
             if (!again)
                 return again.error();
             if (!again->problems.isEmpty())
                 return Error{Error::Kind::Invalid, again->problems.first().toString()};
             *id = again->budgetId;
             emit budgetsChanged();
             return {};
         },
         [this, id]() -> Status {
             const Status s = BudgetRepository(*m_db).remove(*id);
             if (s)
                 emit budgetsChanged();
             return s;
         });
    return report;
}
