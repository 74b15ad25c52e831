#include "BudgetImport.h"

#include "BudgetCsv.h"
#include "BudgetRepository.h"
#include "Database.h"

#include <QHash>
#include <QSqlQuery>

Result<BudgetImportReport> BudgetImport::run(const Database &db, const QByteArray &csv)
{
    // Funders by name, case-insensitively; a name two actors share must be told apart.
    QHash<QString, QVector<qint64>> actors;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM actor")))
        return db.error(q, tr("reading the actor register"));
    while (q.next())
        actors[q.value(1).toString().trimmed().toCaseFolded()].append(q.value(0).toLongLong());
    q.finish();

    auto funder = [&](const QString &name, QString *reason) -> std::optional<qint64> {
        const QVector<qint64> ids = actors.value(name.trimmed().toCaseFolded());
        if (ids.isEmpty()) {
            *reason = tr("there is no actor named \"%1\" in the register (deleted or misspelt?); add the funder "
                         "to the register first")
                          .arg(name);
            return std::nullopt;
        }
        if (ids.size() > 1) {
            *reason = tr("%1 actors are named \"%2\"; rename them in the register so the funder is clear")
                          .arg(ids.size())
                          .arg(name);
            return std::nullopt;
        }
        return ids.first();
    };
    auto parsed = BudgetCsv::parse(csv, funder);
    if (!parsed)
        return parsed.error();
    BudgetImportReport report;
    report.rowCount = parsed->rowCount;
    report.problems = parsed->problems;
    report.name = parsed->budget.name();
    if (!report.problems.isEmpty())
        return report;
    auto id = BudgetRepository(db).add(QString(), parsed->budget);
    if (!id)
        return id.error();
    report.budgetId = *id;
    return report;
}
