#include "WheelCommands.h"

#include "AnnualWheel.h"
#include "BodyRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "IcsCalendar.h"
#include "MeetingRepository.h"
#include "WheelReport.h"
#include "WheelRepository.h"

#include <QDir>
#include <QFileInfo>

std::unique_ptr<Database> WheelCommands::openWheel(const CliOptions &options, AnnualWheel *wheel, int *code)
{
    bool bodyOk = false;
    bool yearOk = false;
    const qint64 bodyId = options.body.toLongLong(&bodyOk);
    const int year = options.year.toInt(&yearOk);
    if (!bodyOk || bodyId <= 0) {
        *code = Cli::usageError(tr("--body needs the id of a body (a whole number), not '%1'").arg(options.body));
        return nullptr;
    }
    if (!yearOk || year < 1900 || year > 2999) {
        *code = Cli::usageError(tr("--year needs a year such as 2026, not '%1'").arg(options.year));
        return nullptr;
    }
    std::unique_ptr<Database> db = Cli::openForReading(options.db, code);
    if (!db)
        return nullptr;
    if (!options.output.isEmpty() && options.output != QLatin1String("-")
        && QFileInfo(options.output).absoluteFilePath() == db->path()) {
        *code = Cli::fail(options.output, tr("is the database itself; choose another file to write to"),
                          Cli::ExitUsage);
        return nullptr;
    }
    const WheelRepository repo(*db);
    auto id = repo.idFor(bodyId, year);
    if (!id || *id == 0) {
        *code = Cli::fail(options.db,
                          id ? tr("the body with id %1 has no annual wheel for %2 (see list wheels)").arg(bodyId).arg(year)
                             : id.errorMessage(),
                          Cli::ExitUsage);
        return nullptr;
    }
    auto loaded = repo.load(*id);
    if (!loaded) {
        *code = Cli::fail(options.db, loaded.errorMessage(), Cli::ExitUsage);
        return nullptr;
    }
    *wheel = *loaded;
    return db;
}

int WheelCommands::exportIcs(const CliOptions &options)
{
    int code = Cli::ExitSuccess;
    AnnualWheel wheel;
    const std::unique_ptr<Database> db = openWheel(options, &wheel, &code);
    if (!db)
        return code;
    const MeetingRepository meetingRepo(*db);
    auto list = meetingRepo.list(wheel.bodyId, wheel.year);
    if (!list)
        return Cli::fail(options.db, list.errorMessage(), Cli::ExitUsage);
    QVector<Meeting> meetings;
    for (const Meeting &m : *list) {
        auto full = meetingRepo.load(m.id);
        if (!full)
            return Cli::fail(options.db, full.errorMessage(), Cli::ExitUsage);
        meetings.append(*full);
    }
    code = Cli::writeOutput(options.output, IcsCalendar::write(wheel, meetings));
    if (code == Cli::ExitSuccess && !options.output.isEmpty() && options.output != QLatin1String("-"))
        Console::outLine(tr("exported the annual wheel %1 of %2 to %3")
                             .arg(wheel.year)
                             .arg(wheel.bodyName, QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath())));
    return code;
}

int WheelCommands::reportWheel(const CliOptions &options)
{
    if (options.output.isEmpty() || options.output == QLatin1String("-"))
        return Cli::usageError(tr("report: -o OUT.pdf is needed; a PDF is not written to the terminal"));
    int code = Cli::ExitSuccess;
    AnnualWheel wheel;
    const std::unique_ptr<Database> db = openWheel(options, &wheel, &code);
    if (!db)
        return code;
    auto body = BodyRepository(*db).find(wheel.bodyId);
    if (!body)
        return Cli::fail(options.db, body.errorMessage(), Cli::ExitUsage);
    QStringList warnings;
    for (const WheelWarning &w : Wheels::check(wheel, body->kind == BodyKind::IndustryForum))
        warnings << w.message;
    const WheelReport report(wheel, warnings);
    QString error;
    if (!report.exportPdf(options.output, &error))
        return Cli::fail(options.output, error, Cli::ExitUsage);
    Console::outLine(tr("wrote the annual wheel %1 of %2 to %3 (%4 pages)")
                         .arg(wheel.year)
                         .arg(wheel.bodyName, QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath()))
                         .arg(report.pageCount()));
    return Cli::ExitSuccess;
}
