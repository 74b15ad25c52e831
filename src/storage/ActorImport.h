#pragma once

#include "ActorCsv.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

struct ActorImportReport
{
    int rowCount = 0;              // data rows in the file
    QVector<qint64> importedIds;   // what was written, in file order
    QVector<CsvProblem> problems;  // every bad row, with line and column
    bool written() const { return !importedIds.isEmpty(); }
};

// Imports actors from CSV (docs/csv-format.md), shared by the CLI and the import dialog.
// All or nothing by default: with any bad row nothing is written and every problem is
// reported; with skipInvalid the good rows are written and the rest reported.
// Rows whose organisation number the database already has are bad rows.
class ActorImport
{
    Q_DECLARE_TR_FUNCTIONS(ActorImport)
public:
    static Result<ActorImportReport> run(const Database &db, const QByteArray &csv, bool skipInvalid);
    // Checks without writing: the same report with nothing imported.
    static Result<ActorImportReport> dryRun(const Database &db, const QByteArray &csv);
};
