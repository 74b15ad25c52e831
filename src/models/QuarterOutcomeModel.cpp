#include "QuarterOutcomeModel.h"

QuarterOutcomeModel::QuarterOutcomeModel(int quarter, QObject *parent)
    : BudgetSheet(parent), m_quarter(qBound(1, quarter, 4))
{
}

void QuarterOutcomeModel::setQuarter(int quarter)
{
    quarter = qBound(1, quarter, 4);
    if (quarter == m_quarter)
        return;
    beginResetModel();
    m_quarter = quarter;
    endResetModel();
}

bool QuarterOutcomeModel::isEditable(int row, int column) const
{
    return isEnteredLine(row, column) && !m_outcome.entered(lineId(row), yearOf(column), 0);
}

std::optional<Money> QuarterOutcomeModel::amountAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column <= 0 || column >= columnCount())
        return std::nullopt;
    return quarterAmount(rows().at(row), yearOf(column));
}

std::optional<Money> QuarterOutcomeModel::quarterAmount(const Row &r, int year) const
{
    if (year == 0) {
        std::optional<Money> sum;
        for (int y : years())
            if (const auto a = quarterAmount(r, y))
                sum = sum.value_or(Money()) + *a;
        return sum;
    }
    auto line = [&](qint64 id) -> std::optional<Money> {
        const CostLine *c = m_budget.costLine(id);
        if (c && c->computation) {
            const auto source = m_outcome.entered(c->computation->sourceLineId, year, m_quarter);
            if (!source)
                return std::nullopt;
            return source->percentOf(c->computation->basisPoints, c->computation->rounding);
        }
        return m_outcome.entered(id, year, m_quarter);
    };
    auto sumOf = [&](bool costs) -> std::optional<Money> {
        std::optional<Money> sum;
        if (costs) {
            for (const CostLine &l : m_budget.costLines())
                if (const auto a = line(l.id))
                    sum = sum.value_or(Money()) + *a;
        } else {
            for (const FinancingLine &l : m_budget.financingLines())
                if (const auto a = line(l.id))
                    sum = sum.value_or(Money()) + *a;
        }
        return sum;
    };
    switch (r.kind) {
    case RowKind::Heading: return std::nullopt;
    case RowKind::Cost:
    case RowKind::Financing: return line(r.lineId);
    case RowKind::CostTotal: return sumOf(true);
    case RowKind::FinancingTotal: return sumOf(false);
    case RowKind::Difference: {
        const auto costs = sumOf(true);
        const auto financing = sumOf(false);
        if (!costs && !financing)
            return std::nullopt;
        return financing.value_or(Money()) - costs.value_or(Money());
    }
    }
    return std::nullopt;
}
