#pragma once

#include "BudgetSheet.h"

// The outcome of each whole year. A year entered per quarter shows their sum and is
// read-only here (it is changed quarter by quarter, in QuarterOutcomeModel).
class BudgetOutcomeModel : public BudgetSheet
{
    Q_OBJECT
public:
    using BudgetSheet::BudgetSheet;

protected:
    Measure measureOf(int) const override { return Measure::Outcome; }
    bool isEditable(int row, int column) const override
    {
        return isEnteredLine(row, column) && !m_outcome.hasQuarters(lineId(row), yearOf(column));
    }
    bool notesQuarters() const override { return true; }
    QString title() const override { return tr("Outcome"); }
};
