#include "BudgetCommands.h"

#include "Budget.h"
#include "BudgetCsv.h"
#include "BudgetImport.h"
#include "BudgetReport.h"
#include "BudgetRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "CsvReader.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QByteArray BudgetCommands::csv(const Budget &budget)
{
    return BudgetCsv::write(budget);
}

int BudgetCommands::exportBudget(const CliOptions &options)
{
    bool isNumber = false;
    const qint64 id = options.budget.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Cli::usageError(tr("export: --budget needs the id of a budget (a whole number), not '%1'")
                                   .arg(options.budget));
    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    const bool toFile = !options.output.isEmpty() && options.output != QLatin1String("-");
    if (toFile && QFileInfo(options.output).absoluteFilePath() == db->path())
        return Cli::fail(options.output, tr("is the database itself; choose another file to export to"),
                         Cli::ExitUsage);
    auto budget = BudgetRepository(*db).load(id);
    if (!budget)
        return Cli::fail(options.db, budget.errorMessage(), Cli::ExitUsage);
    code = Cli::writeOutput(options.output, csv(*budget));
    if (code == Cli::ExitSuccess && toFile)
        Console::outLine(tr("exported the budget %1 to %2")
                             .arg(budget->name(), QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath())));
    return code;
}

int BudgetCommands::importBudget(const CliOptions &options)
{
    if (options.arguments.at(0) != QLatin1String("budget"))
        return Cli::usageError(tr("import: unknown kind '%1'; use actors or budget").arg(options.arguments.at(0)));
    const QString csvPath = options.arguments.at(1);
    const QString where = csvPath == QLatin1String("-") ? tr("standard input") : csvPath;
    QFile file;
    const bool opened = csvPath == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                      : (file.setFileName(csvPath), file.open(QIODevice::ReadOnly));
    if (!opened || QFileInfo(csvPath).isDir())
        return Cli::fail(where, QFileInfo(csvPath).isDir() ? tr("is a folder, not a CSV file") : file.errorString(),
                         Cli::ExitUsage);
    const QByteArray bytes = file.readAll();
    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openExisting(options.db, Cli::Access::Write, &code);
    if (!db)
        return code;
    auto report = BudgetImport::run(*db, bytes);
    if (!report) {
        if (report.error().kind == Error::Kind::Invalid)
            return Cli::fail(where, report.errorMessage(), Cli::ExitBadInput);
        return Cli::fail(options.db, report.errorMessage(), Cli::ExitUsage);
    }
    for (const CsvProblem &p : std::as_const(report->problems))
        Cli::warn(where, p.toString());
    if (!report->problems.isEmpty()) {
        Cli::warn(where, report->problems.size() == 1
                             ? tr("1 problem, so nothing was imported. Correct it and import the file again.")
                             : tr("%1 problems, so nothing was imported. Correct them and import the file again.")
                                   .arg(report->problems.size()));
        return Cli::ExitBadInput;
    }
    Console::outLine(tr("imported the budget %1 with id %2").arg(report->name).arg(report->budgetId));
    return Cli::ExitSuccess;
}

int BudgetCommands::reportBudget(const CliOptions &options)
{
    if (options.arguments.at(0) != QLatin1String("budget"))
        return Cli::usageError(tr("report: unknown kind '%1'; use budget").arg(options.arguments.at(0)));
    bool isNumber = false;
    const qint64 id = options.budget.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return Cli::usageError(tr("report: --budget needs the id of a budget (a whole number), not '%1'")
                                   .arg(options.budget));
    if (options.output.isEmpty() || options.output == QLatin1String("-"))
        return Cli::usageError(tr("report: -o needs the PDF file to write"));
    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    const BudgetRepository repo(*db);
    auto budget = repo.load(id);
    if (!budget)
        return Cli::fail(options.db, budget.errorMessage(), Cli::ExitUsage);
    auto outcome = repo.loadOutcome(id, *budget);
    if (!outcome)
        return Cli::fail(options.db, outcome.errorMessage(), Cli::ExitUsage);
    const BudgetReport report(*budget, *outcome, QFileInfo(options.db).fileName());
    QString error;
    if (!report.exportPdf(options.output, &error))
        return Cli::fail(options.output, error, Cli::ExitUsage);
    Console::outLine(tr("wrote the report of the budget %1 to %2 (%3 pages)")
                         .arg(budget->name(), QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath()))
                         .arg(report.pageCount()));
    return Cli::ExitSuccess;
}
