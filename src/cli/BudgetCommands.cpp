#include "BudgetCommands.h"

#include "Budget.h"
#include "BudgetRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "CsvReader.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

QStringList amountsRow(const QString &side, const QString &name, const QVector<Money> &perYear, Money total)
{
    QStringList row{side, name};
    for (const Money &m : perYear)
        row << m.toPlainString();
    row << total.toPlainString();
    return row;
}

} // namespace

QByteArray BudgetCommands::csv(const Budget &budget)
{
    QStringList header{QStringLiteral("side"), QStringLiteral("name")};
    const QVector<int> years = budget.years();
    for (int year : years)
        header << QString::number(year);
    header << QStringLiteral("total");

    QVector<QStringList> rows;
    auto lineRow = [&](const QString &side, qint64 id) {
        QVector<Money> perYear;
        for (int year : years)
            perYear << budget.amount(id, year);
        rows << amountsRow(side, budget.lineName(id), perYear, budget.lineTotal(id));
    };
    for (const CostLine &l : budget.costLines())
        lineRow(QStringLiteral("cost"), l.id);
    for (const FinancingLine &l : budget.financingLines())
        lineRow(QStringLiteral("financing"), l.id);
    rows << amountsRow(QStringLiteral("cost_total"), tr("Total booked costs"), budget.costTotalsPerYear(),
                       budget.costTotal());
    rows << amountsRow(QStringLiteral("financing_total"), tr("Total financing"), budget.financingTotalsPerYear(),
                       budget.financingTotal());
    return CsvWriter::write(header, rows);
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
