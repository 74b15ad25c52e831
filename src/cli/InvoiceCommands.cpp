#include "InvoiceCommands.h"

#include "AgreementRepository.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "InvoiceBasisReport.h"

#include <QDir>
#include <QFileInfo>

namespace {

qint64 positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace

int InvoiceCommands::reportInvoice(const CliOptions &options)
{
    const qint64 id = positiveNumber(options.agreement);
    if (!id)
        return Cli::usageError(tr("report: --agreement needs the id of an agreement (a whole number), not '%1'")
                                   .arg(options.agreement));
    const qint64 year = positiveNumber(options.year);
    if (year < 1900 || year > 9999)
        return Cli::usageError(tr("report: --year needs a year such as 2026, not '%1'").arg(options.year));
    qint64 party = 0;
    if (!options.party.isEmpty() && !(party = positiveNumber(options.party)))
        return Cli::usageError(tr("report: --party needs the id of an actor (a whole number), not '%1'")
                                   .arg(options.party));
    if (options.output == QLatin1String("-"))
        return Cli::usageError(tr("report: -o needs a file name; a PDF is not written to standard output"));

    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    if (QFileInfo(options.output).absoluteFilePath() == db->path())
        return Cli::fail(options.output, tr("is the database itself; choose another file for the PDF"),
                         Cli::ExitUsage);
    auto agreement = AgreementRepository(*db).load(id);
    if (!agreement)
        return Cli::fail(options.db, agreement.errorMessage(), Cli::ExitUsage);
    auto report = InvoiceBasisReport::create(*agreement, int(year), party);
    if (!report)
        return Cli::fail(options.db, report.errorMessage(), Cli::ExitBadInput);
    QString error;
    if (!(*report)->exportPdf(options.output, &error))
        return Cli::fail(options.output, error, Cli::ExitUsage);
    // Two texts rather than %n: without an English .qm, %n would show "page(s)".
    const int pages = (*report)->pageCount();
    const QString where = QDir::toNativeSeparators(QFileInfo(options.output).absoluteFilePath());
    Console::outLine(pages == 1 ? tr("wrote the invoice basis %1 of %2 (1 page) to %3")
                                      .arg(QString::number(year), agreement->name, where)
                                : tr("wrote the invoice basis %1 of %2 (%3 pages) to %4")
                                      .arg(QString::number(year), agreement->name, QString::number(pages), where));
    return Cli::ExitSuccess;
}
