#pragma once

// The code paths the fuzzers drive, one function per harness, shared by the libFuzzer
// mains (tests/fuzz/fuzz_*.cpp) and by tst_fuzzregressions, which runs every input
// saved in tests/data/fuzz/<harness>/ in each normal test run. A broken rule stops the
// process (FuzzSupport::require), as a sanitizer report does.
#include "ActorCsv.h"
#include "ActorImport.h"
#include "ActorRepository.h"
#include "BudgetCsv.h"
#include "BudgetImport.h"
#include "BudgetRepository.h"
#include "CsvReader.h"
#include "Database.h"
#include "DemoData.h"
#include "FuzzSupport.h"
#include "Money.h"
#include "OrganisationNumber.h"

#include <QFile>

#include <memory>

namespace FuzzTargets {

using FuzzSupport::require;

// Money::parse on any text: what it accepts is bounded and reads back the same from its
// machine form and its Swedish form; what it refuses it says why.
inline void money(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const Result<Money> parsed = Money::parse(text);
    if (!parsed) {
        require(!parsed.errorMessage().isEmpty(), "a refusal says why", text);
        return;
    }
    const Money m = *parsed;
    require(m <= Money::maximum() && -m <= Money::maximum(), "at most maximum()", text);
    const Result<Money> plain = Money::parse(m.toPlainString());
    require(plain.ok() && *plain == m, "toPlainString() reads back", text + QLatin1String(" -> ") + m.toPlainString());
    const Result<Money> swedish = Money::parse(m.toString(true, true));
    require(swedish.ok() && *swedish == m, "toString() reads back", text + QLatin1String(" -> ") + m.toString(true, true));
}

// OrganisationNumber::normalise on any text: what it accepts is NNNNNN-NNNN with a
// valid check digit and normalises to itself; what it refuses it says why.
inline void organisationNumber(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString why;
    const QString n = OrganisationNumber::normalise(text, &why);
    if (n.isEmpty()) {
        require(!why.isEmpty(), "a refusal says why", text);
        return;
    }
    require(why.isEmpty(), "no reason when valid", text);
    require(n.size() == 11 && n.at(6) == QLatin1Char('-'), "NNNNNN-NNNN", n);
    QString digits = n;
    digits.remove(6, 1);
    for (const QChar c : std::as_const(digits))
        require(c >= QLatin1Char('0') && c <= QLatin1Char('9'), "ten digits", n);
    require(OrganisationNumber::luhnValid(digits), "Luhn", n);
    require(OrganisationNumber::normalise(n) == n, "normal form is stable", n);
}

// A database of the harness's own in the folder.
inline std::unique_ptr<Database> makeDatabase(const QString &dir, const QString &name, bool demo)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    auto db = Database::open(path, {Database::Mode::Create, false, true});
    require(db.ok(), "a new database opens", db.ok() ? QString() : db.errorMessage());
    if (demo)
        require(DemoData::populate(**db).ok(), "the demo data is written");
    return std::move(db).value();
}

// Any bytes as an actor CSV file: the CSV reader, the actor columns and rules, the
// import checked against the database (dry run) and run with --skip-invalid as the CLI
// does. Every problem is described; what the import says it wrote is in the database.
inline void actorCsv(const Database &db, const QByteArray &csv)
{
    const auto table = CsvReader::parse(csv);
    if (table) {
        require(table->rows.size() == table->lines.size(), "a line for every row");
        for (int line : table->lines)
            require(line >= 1, "lines count from 1");
    }
    (void)ActorCsv::parse(csv);
    const auto dry = ActorImport::dryRun(db, csv);
    if (dry) {
        require(!dry->written(), "a dry run writes nothing");
        for (const CsvProblem &p : dry->problems)
            require(!p.toString().isEmpty(), "a problem is described");
    }
    const auto countBefore = ActorRepository(db).count();
    require(countBefore.ok(), "the register can be counted");
    const auto run = ActorImport::run(db, csv, true);
    const auto countAfter = ActorRepository(db).count();
    require(countAfter.ok(), "the register can be counted");
    const int before = *countBefore, after = *countAfter;
    if (run)
        require(after == before + int(run->importedIds.size()), "imported rows are in the database");
    else
        require(after == before, "a failed import writes nothing");
}

// Any bytes as a budget CSV file, imported as `verkstan-cli import budget` does: all or
// nothing; an imported budget reads back and writes out again.
inline void budgetCsv(const Database &db, const QByteArray &csv)
{
    (void)BudgetCsv::parse(csv, [](const QString &name, QString *) -> std::optional<qint64> {
        return name.isEmpty() ? std::nullopt : std::optional<qint64>(1);
    });
    const qsizetype before = BudgetRepository(db).list().value().size();
    const auto imported = BudgetImport::run(db, csv);
    const qsizetype after = BudgetRepository(db).list().value().size();
    if (imported && imported->problems.isEmpty() && imported->budgetId > 0) {
        require(after == before + 1, "an imported budget is stored");
        const auto loaded = BudgetRepository(db).load(imported->budgetId);
        require(loaded.ok(), "an imported budget reads back", loaded.ok() ? QString() : loaded.errorMessage());
        (void)BudgetCsv::write(*loaded);
    } else {
        require(after == before, "a refused import writes nothing");
    }
}

// Any bytes as a file the program is asked to open as its database (File > Open,
// verkstan-cli --db): the checks that tell a Verkstan database from anything else, the
// upgrade of an older schema, and check(). A refusal says why; a file refused before
// SQLite wrote to it is left as it was.
inline void foreignDatabase(const QString &dir, const QByteArray &bytes)
{
    const QString path = dir + QStringLiteral("/foreign.sqlite");
    for (const char *extra : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(extra));
    {
        QFile f(path);
        require(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size(), "the file is written");
    }
    auto db = Database::open(path, {Database::Mode::OpenExisting, false, true});
    if (db) {
        (void)(*db)->check();
        return;
    }
    require(!db.errorMessage().isEmpty(), "a refusal says why");
    if (db.error().kind != Error::Kind::Database) {
        QFile f(path);
        require(f.open(QIODevice::ReadOnly) && f.readAll() == bytes, "a refused file is unchanged", db.errorMessage());
    }
}

} // namespace FuzzTargets
