#include "MinutesCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "MinutesReport.h"
#include "MinutesRepository.h"

#include <QDir>
#include <QFileInfo>

int MinutesCommands::report(const CliOptions &options)
{
    bool isNumber = false;
    const qint64 meeting = options.meeting.toLongLong(&isNumber);
    if (!isNumber || meeting <= 0)
        return Cli::usageError(tr("report: --meeting needs the id of a meeting (a whole number), not '%1'")
                                   .arg(options.meeting));
    if (options.output.isEmpty() || options.output == QLatin1String("-"))
        return Cli::usageError(tr("report: give the PDF file to write with -o OUT.pdf"));
    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    const MinutesRepository repository(*db);
    auto id = repository.idForMeeting(meeting);
    if (!id)
        return Cli::fail(options.db, id.errorMessage(), Cli::ExitUsage);
    if (id.value() == 0)
        return Cli::fail(options.db, tr("the meeting %1 has no minutes").arg(meeting), Cli::ExitUsage);
    auto minutes = repository.load(id.value());
    if (!minutes)
        return Cli::fail(options.db, minutes.errorMessage(), Cli::ExitUsage);
    if (options.pdfa && minutes->state != MinutesState::Final)
        Cli::warn(options.db, tr("the minutes are not final: PDF/A is for archiving final minutes"));
    const MinutesReport report(minutes.value());
    QString error;
    if (!report.exportPdf(options.output, &error,
                          options.pdfa ? ReportDocument::PdfStandard::ArchivalA1b : ReportDocument::PdfStandard::Plain))
        return Cli::fail(options.output, error, Cli::ExitUsage);
    Console::outLine(tr("wrote the minutes of %1 on %2 to %3")
                         .arg(minutes->bodyName, minutes->date.toString(Qt::ISODate),
                              QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath())));
    return Cli::ExitSuccess;
}
