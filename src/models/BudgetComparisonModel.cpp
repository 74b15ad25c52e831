#include "BudgetComparisonModel.h"

QString BudgetComparisonModel::columnTitle(int section) const
{
    const int year = yearOf(section);
    const QString when = year ? QString::number(year) : tr("Total");
    switch (measureOf(section)) {
    case Measure::Budget: return tr("%1 budget").arg(when);
    case Measure::Outcome: return tr("%1 outcome").arg(when);
    case Measure::Difference: return tr("%1 difference").arg(when);
    }
    return {};
}
