#include "MapCommands.h"

#include "ActorRepository.h"
#include "Cli.h"
#include "Console.h"
#include "Database.h"
#include "MapReport.h"
#include "MapRevisionRepository.h"

#include <QDir>
#include <QFileInfo>

int MapCommands::reportMap(const CliOptions &options)
{
    int number = 0;
    if (!options.revision.isEmpty()) {
        bool isNumber = false;
        number = options.revision.toInt(&isNumber);
        if (!isNumber || number <= 0)
            return Cli::usageError(tr("report: --revision needs the number of a published revision (1, 2, ...), not '%1'")
                                       .arg(options.revision));
    }
    MapReport::Options reportOptions;
    const QString paper = options.paper.toLower();
    if (paper == QLatin1String("a4"))
        reportOptions.paper = QPageSize::A4;
    else if (paper.isEmpty() || paper == QLatin1String("a3"))
        reportOptions.paper = QPageSize::A3;
    else
        return Cli::usageError(tr("report: --paper is a3 or a4, not '%1'").arg(options.paper));
    reportOptions.tiled = options.tiled;
    reportOptions.municipalityLanes = options.lanes;
    if (options.output.isEmpty() || options.output == QLatin1String("-"))
        return Cli::usageError(tr("report: give the PDF file to write with -o OUT.pdf"));

    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    if (QFileInfo(options.output).absoluteFilePath() == db->path())
        return Cli::fail(options.output, tr("is the database itself; choose another file for the PDF"), Cli::ExitUsage);
    const MapRevisionRepository revisions(*db);
    auto latest = revisions.latestNumber();
    if (!latest)
        return Cli::fail(options.db, latest.errorMessage(), Cli::ExitUsage);
    MapRevision map;
    if (number > 0) {
        auto r = revisions.load(number);
        if (!r) {
            const QString message = *latest > 1
                ? tr("has no revision %1 of the map; the published revisions are 1 to %2").arg(number).arg(*latest)
                : *latest == 1 ? tr("has no revision %1 of the map; the only published revision is 1").arg(number)
                               : tr("has no published revision of the map");
            return Cli::fail(options.db, message, r.error().kind == Error::Kind::NotFound ? Cli::ExitBadInput : Cli::ExitUsage);
        }
        map = std::move(r).value();
    } else {
        auto actors = ActorRepository(*db).all();
        if (!actors)
            return Cli::fail(options.db, actors.errorMessage(), Cli::ExitUsage);
        map.actors = std::move(actors).value();
        if (*latest > 0)
            if (auto last = revisions.load(*latest))
                map.owner = last->owner;
    }
    const MapReport report(map, *latest, db->displayName(), reportOptions);
    QString error;
    if (!report.exportPdf(options.output, &error))
        return Cli::fail(options.output, error, Cli::ExitUsage);
    const QString where = QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath());
    Console::outLine(number > 0 ? tr("wrote revision %1 of the map (%2 pages) to %3").arg(number).arg(report.pageCount()).arg(where)
                                : tr("wrote the current map (%1 pages) to %2").arg(report.pageCount()).arg(where));
    return Cli::ExitSuccess;
}
