#pragma once

#include "BudgetSheet.h"

// Budget against outcome: three columns per year (budget, outcome, difference). Computed
// throughout, so nothing is edited or pasted here.
class BudgetComparisonModel : public BudgetSheet
{
    Q_OBJECT
public:
    using BudgetSheet::BudgetSheet;

protected:
    int columnsPerYear() const override { return 3; }
    Measure measureOf(int column) const override { return Measure((column - 1) % 3); }
    bool isEditable(int, int) const override { return false; }
    QString pasteRefusal() const override
    {
        return tr("Budget against outcome is computed; paste into the budget or the outcome.");
    }
    QString title() const override { return tr("Budget against outcome"); }
    QString columnTitle(int section) const override;
};
