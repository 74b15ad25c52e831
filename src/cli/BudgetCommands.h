#pragma once

#include <QByteArray>
#include <QCoreApplication>

class Budget;
class CliOptions;

// export budget.
class BudgetCommands
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCommands)
public:
    static int exportBudget(const CliOptions &options);
    // One row per line: side, name, one column per year in kronor, total; then the
    // totals of costs and of financing. ";" between fields, UTF-8 with BOM.
    static QByteArray csv(const Budget &budget);
};
