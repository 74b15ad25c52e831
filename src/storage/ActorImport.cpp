#include "ActorImport.h"

#include "ActorRepository.h"
#include "Database.h"

#include <algorithm>

namespace {

Result<ActorImportReport> prepare(const Database &db, const QByteArray &csv, ActorList *toWrite)
{
    auto read = ActorCsv::parse(csv);
    if (!read)
        return read.error();
    ActorCsvParse parsed = std::move(read).value(); // the actors move on, not copied
    ActorImportReport report;
    report.rowCount = parsed.rowCount;
    report.problems = std::move(parsed.problems);

    auto existing = ActorRepository(db).organisationNumbers();
    if (!existing)
        return existing.error();
    toWrite->reserve(parsed.valid.size());
    for (ActorCsvRow &row : parsed.valid) {
        if (!row.actor.organisationNumber.isEmpty()) {
            const auto holder = existing->constFind(row.actor.organisationNumber);
            if (holder != existing->cend()) {
                report.problems.append({row.line, QStringLiteral("organisation_number"),
                                        ActorImport::tr("%1 already belongs to %2 in the database.")
                                            .arg(row.actor.organisationNumber, *holder)});
                continue;
            }
        }
        toWrite->append(std::move(row.actor));
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
    return report;
}

} // namespace

Result<ActorImportReport> ActorImport::dryRun(const Database &db, const QByteArray &csv)
{
    ActorList toWrite;
    return prepare(db, csv, &toWrite);
}

Result<ActorImportReport> ActorImport::run(const Database &db, const QByteArray &csv, bool skipInvalid)
{
    ActorList toWrite;
    auto report = prepare(db, csv, &toWrite);
    if (!report)
        return report;
    if ((!report->problems.isEmpty() && !skipInvalid) || toWrite.isEmpty())
        return report;
    auto ids = ActorRepository(db).addMany(toWrite);
    if (!ids)
        return ids.error();
    ActorImportReport done = std::move(report).value();
    done.importedIds = std::move(ids).value();
    return done;
}
