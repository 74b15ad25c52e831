#include "ListCommand.h"

#include "Cli.h"
#include "CliOptions.h"
#include "Console.h"
#include "Database.h"
#include "ListKinds.h"

int ListCommand::run(const CliOptions &options)
{
    const QString name = options.arguments.at(0);
    const ListKind *kind = ListKinds::find(name);
    if (!kind)
        return Cli::usageError(
            tr("list: unknown kind '%1'; use one of %2").arg(name, ListKinds::names().join(QStringLiteral(", "))));
    int code = Cli::ExitSuccess;
    const std::unique_ptr<Database> db = Cli::openForReading(options.db, &code);
    if (!db)
        return code;
    auto table = kind->rows(*db);
    if (!table)
        return Cli::fail(options.db, table.errorMessage(), Cli::ExitUsage);
    Console::out(options.format == CliOptions::Format::Json ? table->toJson() : table->toCsv());
    return Cli::ExitSuccess;
}

QString ListCommand::kindsHelp()
{
    QString text = tr("Kinds:") + QLatin1Char('\n');
    for (const ListKind &kind : ListKinds::all())
        text += QStringLiteral("  %1  %2\n").arg(kind.name, -8).arg(ListKinds::tr(kind.summary));
    return text;
}
