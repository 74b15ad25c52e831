#include "BudgetOutcome.h"

#include <algorithm>

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

Status BudgetOutcome::set(const Budget &budget, qint64 lineId, int year, int quarter, std::optional<Money> amount)
{
    const CostLine *cost = budget.costLine(lineId);
    if (!cost && !budget.financingLine(lineId))
        return Error{Error::Kind::NotFound, tr("The budget has no line with id %1.").arg(lineId)};
    const QString name = budget.lineName(lineId);
    if (cost && cost->computation)
        return invalid(tr("%1 is computed; its outcome follows from the outcome of %2.")
                           .arg(name, budget.lineName(cost->computation->sourceLineId)));
    if (!budget.containsYear(year))
        return invalid(tr("%1 is outside the budget's years (%2–%3).")
                           .arg(QString::number(year), QString::number(budget.firstYear()),
                                QString::number(budget.lastYear())));
    if (quarter < 0 || quarter > 4)
        return invalid(tr("There is no quarter %1; a year has quarters 1 to 4.").arg(quarter));
    if (amount && amount->isNegative())
        return invalid(tr("The outcome of %1 in %2 cannot be negative (%3).")
                           .arg(name, QString::number(year), amount->toDisplayString()));
    QMap<qint64, Money> &line = m_amounts[lineId];
    if (amount) {
        if (quarter == 0 && hasQuarters(lineId, year)) {
            if (line.isEmpty())
                m_amounts.remove(lineId);
            return invalid(tr("%1 has outcome per quarter in %2; change the quarters, or clear them first.")
                               .arg(name, QString::number(year)));
        }
        if (quarter != 0 && line.contains(key(year, 0))) {
            return invalid(tr("%1 has outcome for the whole of %2; clear it before entering quarters.")
                               .arg(name, QString::number(year)));
        }
        line.insert(key(year, quarter), *amount);
    } else {
        line.remove(key(year, quarter));
    }
    if (line.isEmpty())
        m_amounts.remove(lineId);
    return {};
}

std::optional<Money> BudgetOutcome::entered(qint64 lineId, int year, int quarter) const
{
    const auto line = m_amounts.constFind(lineId);
    if (line == m_amounts.cend())
        return std::nullopt;
    const auto it = line->constFind(key(year, quarter));
    if (it == line->cend())
        return std::nullopt;
    return *it;
}

bool BudgetOutcome::hasQuarters(qint64 lineId, int year) const
{
    for (int q = 1; q <= 4; ++q)
        if (entered(lineId, year, q))
            return true;
    return false;
}

bool BudgetOutcome::has(const Budget &budget, qint64 lineId, int year) const
{
    if (const CostLine *c = budget.costLine(lineId); c && c->computation)
        lineId = c->computation->sourceLineId;
    return entered(lineId, year, 0) || hasQuarters(lineId, year);
}

Money BudgetOutcome::amount(const Budget &budget, qint64 lineId, int year) const
{
    if (!budget.containsYear(year))
        return {};
    if (const CostLine *c = budget.costLine(lineId); c && c->computation)
        return amount(budget, c->computation->sourceLineId, year)
            .percentOf(c->computation->basisPoints, c->computation->rounding);
    if (const auto whole = entered(lineId, year, 0))
        return *whole;
    Money sum;
    for (int q = 1; q <= 4; ++q)
        sum += entered(lineId, year, q).value_or(Money());
    return sum;
}

Money BudgetOutcome::costTotal(const Budget &budget, int year) const
{
    Money sum;
    for (const CostLine &l : budget.costLines())
        sum += amount(budget, l.id, year);
    return sum;
}

Money BudgetOutcome::financingTotal(const Budget &budget, int year) const
{
    Money sum;
    for (const FinancingLine &l : budget.financingLines())
        sum += amount(budget, l.id, year);
    return sum;
}

Money BudgetOutcome::lineTotal(const Budget &budget, qint64 lineId) const
{
    Money sum;
    for (int year : budget.years())
        sum += amount(budget, lineId, year);
    return sum;
}

QVector<OutcomeEntry> BudgetOutcome::entries() const
{
    QVector<OutcomeEntry> out;
    for (auto line = m_amounts.cbegin(); line != m_amounts.cend(); ++line)
        for (auto it = line->cbegin(); it != line->cend(); ++it)
            out.append({line.key(), int(it.key() / 10), int(it.key() % 10), it.value()});
    std::sort(out.begin(), out.end(), [](const OutcomeEntry &a, const OutcomeEntry &b) {
        return std::tie(a.lineId, a.year, a.quarter) < std::tie(b.lineId, b.year, b.quarter);
    });
    return out;
}

std::optional<int> BudgetVariance::usedBasisPoints() const
{
    if (budget.isZero())
        return std::nullopt;
    return int(MoneyMath::mulDivRound(outcome.ore(), 10000, budget.ore(), 1));
}

QVector<BudgetVariance> BudgetComparison::lines(const Budget &budget, const BudgetOutcome &outcome)
{
    QVector<BudgetVariance> out;
    auto add = [&](qint64 id) {
        for (int year : budget.years())
            out.append({id, year, budget.amount(id, year), outcome.amount(budget, id, year),
                        outcome.has(budget, id, year)});
    };
    for (const CostLine &l : budget.costLines())
        add(l.id);
    for (const FinancingLine &l : budget.financingLines())
        add(l.id);
    return out;
}

BudgetVariance BudgetComparison::costTotal(const Budget &budget, const BudgetOutcome &outcome, int year)
{
    bool any = false;
    for (const CostLine &l : budget.costLines())
        any = any || outcome.has(budget, l.id, year);
    return {0, year, budget.costTotal(year), outcome.costTotal(budget, year), any};
}

BudgetVariance BudgetComparison::financingTotal(const Budget &budget, const BudgetOutcome &outcome, int year)
{
    bool any = false;
    for (const FinancingLine &l : budget.financingLines())
        any = any || outcome.has(budget, l.id, year);
    return {0, year, budget.financingTotal(year), outcome.financingTotal(budget, year), any};
}

QStringList BudgetComparison::overruns(const Budget &budget, const BudgetOutcome &outcome)
{
    QStringList out;
    for (int year : budget.years()) {
        const BudgetVariance v = costTotal(budget, outcome, year);
        if (v.hasOutcome && v.difference() > Money())
            out << tr("%1: the booked costs (%2) are %3 above the budget (%4).")
                       .arg(QString::number(year), v.outcome.toDisplayString(), v.difference().toDisplayString(),
                            v.budget.toDisplayString());
    }
    return out;
}
