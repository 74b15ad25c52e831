#pragma once

#include <QByteArray>
#include <QCoreApplication>

class Budget;
class CliOptions;

// export budget, import budget, report budget.
class BudgetCommands
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCommands)
public:
    static int exportBudget(const CliOptions &options);
    static int importBudget(const CliOptions &options);
    // report budget: the budget report (BudgetReport) as a PDF.
    static int reportBudget(const CliOptions &options);
    // BudgetCsv::write: one row per line (side, name, one column per year, total, what
    // the line is), the caps, then the totals. ";" between fields, UTF-8 with BOM.
    static QByteArray csv(const Budget &budget);
};
