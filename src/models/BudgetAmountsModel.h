#pragma once

#include "BudgetSheet.h"

// The budget's amounts per line and year; an emptied cell is 0 kr.
class BudgetAmountsModel : public BudgetSheet
{
    Q_OBJECT
public:
    using BudgetSheet::BudgetSheet;

protected:
    Measure measureOf(int) const override { return Measure::Budget; }
    bool isEditable(int row, int column) const override { return isEnteredLine(row, column); }
    bool clearsToZero() const override { return true; }
    QString title() const override { return tr("Budget"); }
};
