#include "DatabaseCommands.h"

#include "ActorRepository.h"
#include "BodyRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "DemoData.h"
#include "MinutesRepository.h"
#include "PersonRepository.h"
#include "SealCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

struct RecordCounts
{
    int actors = 0;
    int people = 0;
    int bodies = 0;
};

Result<RecordCounts> countRecords(const Database &db)
{
    RecordCounts counts;
    auto actors = ActorRepository(db).count();
    if (!actors)
        return actors.error();
    counts.actors = *actors;
    auto people = PersonRepository(db).all();
    if (!people)
        return people.error();
    counts.people = int(people->size());
    auto bodies = BodyRepository(db).all();
    if (!bodies)
        return bodies.error();
    counts.bodies = int(bodies->size());
    return counts;
}

void printCounts(const RecordCounts &counts)
{
    Console::outLine(DatabaseCommands::tr("Actors: %1").arg(counts.actors));
    Console::outLine(DatabaseCommands::tr("People: %1").arg(counts.people));
    Console::outLine(DatabaseCommands::tr("Bodies: %1").arg(counts.bodies));
}

// Takes back what a failed init made, so that the same command can simply be run again.
void undoCreate(const QString &path, bool existedBefore)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (existedBefore)
        QFile::resize(path, 0);
    else
        QFile::remove(path);
}

} // namespace

int DatabaseCommands::init(const CliOptions &options)
{
    const bool existed = QFileInfo::exists(options.db);
    Database::Options open;
    open.mode = Database::Mode::Create;
    open.lock = true;
    open.migrate = true;
    auto opened = Database::open(options.db, open);
    if (!opened)
        return Cli::fail(options.db, opened.errorMessage(), Cli::ExitUsage);
    std::unique_ptr<Database> db = std::move(opened).value();

    if (options.demo) {
        if (Status s = DemoData::populate(*db); !s) {
            db.reset();
            undoCreate(options.db, existed);
            return Cli::fail(
                options.db, tr("the demo data could not be written, so no database was made: %1").arg(s.errorMessage()),
                Cli::ExitUsage);
        }
    }
    auto counts = countRecords(*db);
    if (!counts)
        return Cli::fail(options.db, counts.errorMessage(), Cli::ExitUsage);
    Console::outLine(tr("Created %1 (schema %2).").arg(QDir::toNativeSeparators(db->path())).arg(db->schemaVersion()));
    printCounts(*counts);
    return Cli::ExitSuccess;
}

int DatabaseCommands::check(const CliOptions &options)
{
    auto opened = Cli::open(options.db, Cli::Access::ReadOnly);
    if (!opened) {
        // A Verkstan file whose content SQLite cannot read is what check is there to find.
        const int code = opened.error().kind == Error::Kind::Database ? Cli::ExitCheckFailed : Cli::ExitUsage;
        return Cli::fail(options.db, opened.errorMessage(), code);
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    Console::outLine(tr("Database: %1").arg(QDir::toNativeSeparators(db->path())));
    Console::outLine(
        tr("Schema version: %1 (this program: %2)").arg(db->schemaVersion()).arg(Database::latestSchemaVersion()));

    QStringList problems;
    auto found = db->check();
    if (found)
        problems << *found;
    else
        problems << found.errorMessage();
    // The seals of final minutes: a changed or removed set breaks its body's chain.
    if (db->schemaVersion() == Database::latestSchemaVersion()) {
        auto chains = MinutesRepository(*db).verifyChains();
        if (!chains)
            problems << chains.errorMessage();
        else
            for (const ChainProblem &p : chains.value())
                problems << tr("minutes %1 of %2: %3").arg(p.problem.minutesId).arg(p.bodyName, p.problem.reason);
    }
    // Against a seals list filed outside the database: a chain changed and sealed again
    // holds together, but its seals are no longer the filed ones.
    QStringList notes;
    if (!options.against.isEmpty()) {
        if (db->schemaVersion() < Database::latestSchemaVersion())
            problems << tr("the seals cannot be compared with %1 before the database is brought up to date")
                            .arg(options.against);
        else if (const int code = SealCommands::checkAgainst(*db, options.against, &problems, &notes);
                 code != Cli::ExitSuccess)
            return code;
    }
    auto counts = countRecords(*db);
    if (counts)
        printCounts(*counts);
    else
        problems << counts.errorMessage();
    if (!options.against.isEmpty() && !notes.isEmpty())
        for (const QString &note : std::as_const(notes))
            Console::outLine(tr("Not in %1: %2").arg(options.against, note));

    if (problems.isEmpty()) {
        Console::outLine(tr("OK"));
        return Cli::ExitSuccess;
    }
    for (const QString &problem : std::as_const(problems))
        Cli::warn(options.db, problem);
    Console::outLine(tr("Problems found: %1").arg(problems.size()));
    return Cli::ExitCheckFailed;
}

int DatabaseCommands::backup(const CliOptions &options)
{
    const QFileInfo target(options.to);
    if (target.isDir())
        return Cli::fail(options.to, tr("is a folder; give the name of the backup file"), Cli::ExitUsage);
    if (target.exists() && !options.force)
        return Cli::fail(options.to, tr("already exists; give --force to replace it"), Cli::ExitUsage);

    int code = Cli::ExitSuccess;
    // No lock and no migration: the copy is made while the desktop program may be writing,
    // and an older schema is copied as it is.
    const std::unique_ptr<Database> db = Cli::openExisting(options.db, Cli::Access::ReadOnly, &code);
    if (!db)
        return code;
    if (Status s = db->backupTo(options.to); !s)
        return Cli::fail(options.to, s.errorMessage(), Cli::ExitUsage);
    Console::outLine(tr("Backed up %1 to %2.")
                         .arg(QDir::toNativeSeparators(db->path()),
                              QDir::toNativeSeparators(QFileInfo(options.to).absoluteFilePath())));
    return Cli::ExitSuccess;
}
