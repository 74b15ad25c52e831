#include "SealCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "MinutesRepository.h"
#include "SealsList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

int SealCommands::exportSeals(const CliOptions &options)
{
    int code = Cli::ExitSuccess;
    if (options.arguments.at(0) != QLatin1String("seals"))
        return Cli::usageError(tr("export: unknown kind '%1'").arg(options.arguments.at(0)));
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    const bool toFile = !options.output.isEmpty() && options.output != QLatin1String("-");
    if (toFile && QFileInfo(options.output).absoluteFilePath() == db->path())
        return Cli::fail(options.output, tr("is the database itself; choose another file to export to"), Cli::ExitUsage);
    const MinutesRepository minutes(*db);
    // A list is filed as evidence of the chains as they are: broken ones are not filed.
    auto chains = minutes.verifyChains();
    if (!chains)
        return Cli::fail(options.db, chains.errorMessage(), Cli::ExitUsage);
    if (!chains->isEmpty()) {
        for (const ChainProblem &p : *chains)
            Cli::warn(options.db, tr("minutes %1 of %2: %3").arg(p.problem.minutesId).arg(p.bodyName, p.problem.reason));
        return Cli::fail(options.db, tr("the seals do not hold, so no list was written; run %1 check").arg(Cli::programName()),
                         Cli::ExitCheckFailed);
    }
    auto seals = minutes.seals();
    if (!seals)
        return Cli::fail(options.db, seals.errorMessage(), Cli::ExitUsage);
    code = Cli::writeOutput(options.output, SealsList::write(*seals));
    if (code == Cli::ExitSuccess && toFile)
        Console::outLine(tr("exported the seals of %1 final minutes to %2")
                             .arg(seals->size())
                             .arg(QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath())));
    return code;
}

int SealCommands::checkAgainst(const Database &db, const QString &path, QStringList *problems, QStringList *notes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Cli::fail(path, tr("cannot be read: %1").arg(file.errorString()), Cli::ExitUsage);
    auto filed = SealsList::parse(file.readAll());
    if (!filed)
        return Cli::fail(path, filed.errorMessage(), Cli::ExitBadInput);
    auto now = MinutesRepository(db).seals();
    if (!now) {
        *problems << now.errorMessage();
        return Cli::ExitSuccess;
    }
    const SealsList::Comparison c = SealsList::compare(*filed, *now);
    *problems << c.problems;
    *notes << c.notes;
    return Cli::ExitSuccess;
}
