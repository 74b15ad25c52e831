#include "ActorCommands.h"

#include "ActorCsv.h"
#include "ActorImport.h"
#include "ActorRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "JsonOut.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

namespace {

// Import and export know one kind of record so far; the first argument names it.
bool isActors(const QString &command, const QString &kind, int *exitCode)
{
    if (kind == QLatin1String("actors"))
        return true;
    *exitCode = Cli::usageError(ActorCommands::tr("%1: unknown kind '%2'; use actors").arg(command, kind));
    return false;
}

// The bytes of the CSV file, or of standard input for "-".
bool readInput(const QString &path, QByteArray *bytes)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            Cli::warn(ActorCommands::tr("standard input"), file.errorString());
            return false;
        }
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir()) {
            Cli::warn(path, ActorCommands::tr("is a folder, not a CSV file"));
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            Cli::warn(path, ActorCommands::tr("cannot be read: %1").arg(file.errorString()));
            return false;
        }
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

int ActorCommands::importActors(const CliOptions &options)
{
    int code = Cli::ExitSuccess;
    if (!isActors(QStringLiteral("import"), options.arguments.at(0), &code))
        return code;
    const QString csvPath = options.arguments.at(1);
    const QString where = csvPath == QLatin1String("-") ? tr("standard input") : csvPath;
    QByteArray csv;
    if (!readInput(csvPath, &csv))
        return Cli::ExitUsage;

    const std::unique_ptr<Database> db = Cli::openExisting(options.db, Cli::Access::Write, &code);
    if (!db)
        return code;
    auto report = ActorImport::run(*db, csv, options.skipInvalid);
    if (!report) {
        const Error &e = report.error();
        if (e.kind == Error::Kind::Invalid || e.kind == Error::Kind::Duplicate)
            return Cli::fail(where, e.message, Cli::ExitBadInput);
        return Cli::fail(options.db, e.message, Cli::ExitUsage);
    }

    QSet<int> badLines;
    for (const CsvProblem &problem : std::as_const(report->problems)) {
        Cli::warn(where, problem.toString());
        badLines.insert(problem.line);
    }
    Console::outLine(tr("imported %1 of %2 rows").arg(report->importedIds.size()).arg(report->rowCount));
    if (badLines.isEmpty())
        return Cli::ExitSuccess;
    if (options.skipInvalid)
        Cli::warn(where, tr("%1 of %2 rows are bad and were left out; the other rows were imported.")
                             .arg(badLines.size())
                             .arg(report->rowCount));
    else
        Cli::warn(where, tr("%1 of %2 rows are bad, so nothing was imported. Correct them and import the file "
                            "again, or give --skip-invalid to import the other rows.")
                             .arg(badLines.size())
                             .arg(report->rowCount));
    return Cli::ExitBadInput;
}

int ActorCommands::exportActors(const CliOptions &options)
{
    int code = Cli::ExitSuccess;
    if (!isActors(QStringLiteral("export"), options.arguments.at(0), &code))
        return code;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    const bool toFile = !options.output.isEmpty() && options.output != QLatin1String("-");
    if (toFile && QFileInfo(options.output).absoluteFilePath() == db->path())
        return Cli::fail(options.output, tr("is the database itself; choose another file to export to"),
                         Cli::ExitUsage);

    auto actors = ActorRepository(*db).all();
    if (!actors)
        return Cli::fail(options.db, actors.errorMessage(), Cli::ExitUsage);
    const QByteArray bytes =
        options.format == CliOptions::Format::Json ? JsonOut::actors(*actors) : ActorCsv::write(*actors);
    code = Cli::writeOutput(options.output, bytes);
    if (code == Cli::ExitSuccess && toFile)
        Console::outLine(tr("exported %1 actors to %2")
                             .arg(actors->size())
                             .arg(QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath())));
    return code;
}
