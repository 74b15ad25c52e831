#pragma once

#include "ActorCsv.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

class Database;

struct BudgetImportReport
{
    qint64 budgetId = 0;          // 0 when nothing was imported
    QString name;
    QVector<CsvProblem> problems; // every bad field; nothing is imported when there are any
    int rowCount = 0;
};

// Imports a budget from CSV (BudgetCsv, the format `export budget` writes) as a new
// budget, shared by the CLI and the Budgets tab. All or nothing: with any problem
// (an amount that is text or negative, a year column out of place, a funder not in the
// actor register, totals that do not add up) nothing is written and every problem is
// reported as "line N: column: reason".
class BudgetImport
{
    Q_DECLARE_TR_FUNCTIONS(BudgetImport)
public:
    static Result<BudgetImportReport> run(const Database &db, const QByteArray &csv);
};
