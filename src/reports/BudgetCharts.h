#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class BudgetSheet;
class QChart;

// The charts of a budget, drawn with Qt Charts from the grid's model (so the window,
// the printed report and the tests show the same figures as the table):
//  - booked costs per year, stacked by cost line (category), the year's total under it;
//  - financing shares per funder over the whole budget (a pie, share and amount on each slice);
//  - budget against outcome of the booked costs per year.
// Titled, with a legend, amounts in Swedish ("540 195 kr").
class BudgetCharts
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCharts)
public:
    enum class Kind { CostsPerYear, FinancingShares, BudgetAgainstOutcome };

    // Replaces the chart's series and axes with the model's figures.
    static void fill(QChart *chart, Kind kind, const BudgetSheet &model);
    static QChart *make(Kind kind, const BudgetSheet &model);
    // The chart drawn on a white image (for the report); needs a QApplication.
    static QImage render(Kind kind, const BudgetSheet &model, const QSize &size, qreal scale = 2.0);
    // "1 644 153 kr" for a value in kronor.
    static QString kronor(double value);
};
