#pragma once

#include "BudgetSheet.h"

// The outcome of one quarter (1-4) of every year. A year entered whole is read-only
// here: a year is entered whole or per quarter, never both.
class QuarterOutcomeModel : public BudgetSheet
{
    Q_OBJECT
public:
    explicit QuarterOutcomeModel(int quarter = 1, QObject *parent = nullptr);

    void setQuarter(int quarter);
    int quarter() const override { return m_quarter; }
    std::optional<Money> amountAt(int row, int column) const override;

protected:
    Measure measureOf(int) const override { return Measure::Outcome; }
    bool isEditable(int row, int column) const override;
    bool notesQuarters() const override { return true; }
    QString title() const override { return tr("Outcome, quarter %1").arg(m_quarter); }

private:
    std::optional<Money> quarterAmount(const Row &r, int year) const;
    int m_quarter;
};
