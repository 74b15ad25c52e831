#include "BudgetService.h"

#include "Door.h"
#include "Session.h"

namespace {

// A budget's amounts and lines.
Kept<Budget> keptBudgets(Session &session)
{
    Kept<Budget> k;
    k.load = [&session](qint64 id) { return snapshotOf(BudgetRepository(session.database()).load(id)); };
    k.store = [&session](qint64 id, const std::optional<Budget> &, const std::optional<Budget> &to) -> Status {
        if (!to)
            return Error{Error::Kind::Invalid, BudgetService::tr("A budget is removed only by undoing its making.")};
        return BudgetRepository(session.database()).save(id, *to);
    };
    k.shown = [&session](qint64 id, const std::optional<Budget> &, const std::optional<Budget> &) {
        emit session.budgetChanged(id);
    };
    return k;
}

// A budget's outcome (the budget rides along: the outcome is checked against its lines).
Kept<BudgetService::State> keptOutcomes(Session &session)
{
    using State = BudgetService::State;
    Kept<State> k;
    k.load = [&session](qint64 id) -> Result<std::optional<State>> {
        const BudgetRepository repo(session.database());
        auto budget = snapshotOf(repo.load(id));
        if (!budget || !budget->has_value())
            return budget ? Result<std::optional<State>>(std::nullopt) : budget.error();
        auto outcome = repo.loadOutcome(id, **budget);
        if (!outcome)
            return outcome.error();
        return std::optional<State>(State{**budget, *outcome});
    };
    k.store = [&session](qint64 id, const std::optional<State> &, const std::optional<State> &to) -> Status {
        if (!to)
            return Error{Error::Kind::Invalid, BudgetService::tr("A budget is removed only by undoing its making.")};
        return BudgetRepository(session.database()).saveOutcome(id, to->budget, to->outcome);
    };
    k.shown = [&session](qint64 id, const std::optional<State> &, const std::optional<State> &) {
        emit session.budgetChanged(id);
    };
    k.same = [](const State &a, const State &b) { return a.outcome == b.outcome; };
    return k;
}

} // namespace

Result<QVector<BudgetSummary>> BudgetService::list() const
{
    return BudgetRepository(m_session.database()).list();
}

Result<BudgetService::State> BudgetService::load(qint64 id) const
{
    const BudgetRepository repo(m_session.database());
    auto budget = repo.load(id);
    if (!budget)
        return budget.error();
    auto outcome = repo.loadOutcome(id, *budget);
    if (!outcome)
        return outcome.error();
    return State{std::move(budget).value(), std::move(outcome).value()};
}

Status BudgetService::editAmounts(qint64 id, const QVector<BudgetCellEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    QString text;
    return m_session.door()->change<Budget>(
        keptBudgets(m_session), id,
        [&](Budget &b) -> Status {
            text = edits.size() == 1 ? tr("Budget of %1 in %2").arg(b.lineName(edits.first().lineId)).arg(edits.first().year)
                                     : tr("Paste %1 budget amounts").arg(edits.size());
            for (const BudgetCellEdit &e : edits)
                if (Status s = b.setAmount(e.lineId, e.year, e.amount.value_or(Money())); !s)
                    return s;
            return {};
        },
        [&text](const std::optional<Budget> &, const std::optional<Budget> &) { return text; });
}

Status BudgetService::editOutcome(qint64 id, const QVector<BudgetCellEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    QString text;
    return m_session.door()->change<State>(
        keptOutcomes(m_session), id,
        [&](State &st) -> Status {
            const BudgetCellEdit &e1 = edits.first();
            const QString line = st.budget.lineName(e1.lineId);
            text = edits.size() > 1 ? tr("Paste %1 outcome amounts").arg(edits.size())
                 : e1.quarter ? tr("Outcome of %1 in quarter %2 of %3").arg(line).arg(e1.quarter).arg(e1.year)
                              : tr("Outcome of %1 in %2").arg(line).arg(e1.year);
            for (const BudgetCellEdit &e : edits)
                if (Status s = st.outcome.set(st.budget, e.lineId, e.year, e.quarter, e.amount); !s)
                    return s;
            return {};
        },
        [&text](const std::optional<State> &, const std::optional<State> &) { return text; });
}

Status BudgetService::changeLines(qint64 budgetId, const QString &undoText,
                                  const std::function<Status(Budget &)> &change)
{
    return m_session.door()->change<Budget>(keptBudgets(m_session), budgetId, change, fixedText<Budget>(undoText));
}

Status BudgetService::addCostLine(qint64 budgetId, const CostLine &line)
{
    CostLine added = line;
    added.id = 0;
    added.name = line.name.trimmed();
    const QString shown = added.name.isEmpty() ? Budget::label(added.category) : added.name;
    return changeLines(budgetId, tr("Add the cost line %1").arg(shown), [added](Budget &b) -> Status {
        auto id = b.addCostLine(added);
        return id ? Status() : Status(id.error());
    });
}

Status BudgetService::addFinancingLine(qint64 budgetId, const FinancingLine &line)
{
    FinancingLine added = line;
    added.id = 0;
    return changeLines(budgetId, tr("Add the financing line %1").arg(added.funderName), [added](Budget &b) -> Status {
        auto id = b.addFinancingLine(added);
        return id ? Status() : Status(id.error());
    });
}

Status BudgetService::renameLine(qint64 budgetId, qint64 lineId, const QString &name)
{
    auto loaded = BudgetRepository(m_session.database()).load(budgetId);
    const QString shownOld = loaded ? loaded->lineName(lineId) : QString();
    return changeLines(budgetId, tr("Rename the line %1").arg(shownOld), [lineId, name](Budget &b) -> Status {
        const CostLine *line = b.costLine(lineId);
        if (!line) {
            if (b.financingLine(lineId))
                return Error{Error::Kind::Invalid,
                             tr("%1 is a financing line; it is named after its funder in the register.")
                                 .arg(b.lineName(lineId))};
            return Error{Error::Kind::NotFound, tr("The budget has no line with id %1.").arg(lineId)};
        }
        CostLine renamed = *line;
        renamed.name = name.trimmed();
        return b.replaceCostLine(renamed);
    });
}

Status BudgetService::removeLine(qint64 budgetId, qint64 lineId)
{
    auto loaded = BudgetRepository(m_session.database()).load(budgetId);
    if (!loaded)
        return loaded.error();
    return changeLines(budgetId, tr("Remove the line %1").arg(loaded->lineName(lineId)),
                       [lineId](Budget &b) { return b.removeLine(lineId); });
}

Result<qint64> BudgetService::create(const QString &name, int firstYear, int lastYear)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Invalid, tr("A new budget needs a name.")};
    auto budget = Budget::create(firstYear, lastYear, trimmed);
    if (!budget)
        return budget.error();
    // A budget made anew gets a new id each time it is redone: no one record's snapshot.
    auto id = std::make_shared<qint64>(0);
    const Budget b = *budget;
    auto make = [this, b, trimmed, id]() -> Status {
        auto added = BudgetRepository(m_session.database()).add(trimmed, b);
        if (!added)
            return added.error();
        *id = *added;
        emit m_session.budgetsChanged();
        return {};
    };
    auto unmake = [this, id]() -> Status {
        const Status s = BudgetRepository(m_session.database()).remove(*id);
        if (s)
            emit m_session.budgetsChanged();
        return s;
    };
    if (Status s = m_session.door()->run(tr("New budget %1").arg(trimmed), make, unmake); !s)
        return s.error();
    return *id;
}

Result<BudgetImportReport> BudgetService::importCsv(const QByteArray &csv)
{
    std::optional<Result<BudgetImportReport>> first;
    if (Status s = m_session.door()->write(tr("Import a budget"), [&]() -> Status {
            first = BudgetImport::run(m_session.database(), csv);
            return *first ? Status() : Status(first->error());
        });
        !s)
        return s.error();
    const BudgetImportReport report = first->value();
    if (!report.problems.isEmpty())
        return report;
    auto id = std::make_shared<qint64>(report.budgetId);
    emit m_session.budgetsChanged();
    m_session.door()->pushDone(
        tr("Import the budget %1").arg(report.name),
        [this, csv, id]() -> Status {
            auto again = BudgetImport::run(m_session.database(), csv);
            if (!again)
                return again.error();
            if (!again->problems.isEmpty())
                return Error{Error::Kind::Invalid, again->problems.first().toString()};
            *id = again->budgetId;
            emit m_session.budgetsChanged();
            return {};
        },
        [this, id]() -> Status {
            const Status s = BudgetRepository(m_session.database()).remove(*id);
            if (s)
                emit m_session.budgetsChanged();
            return s;
        });
    return report;
}
