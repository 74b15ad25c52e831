#include "CliCommands.h"

#include "ActorCommands.h"
#include "BudgetCommands.h"
#include "Cli.h"
#include "Console.h"
#include "DatabaseCommands.h"
#include "InvoiceCommands.h"
#include "ListCommand.h"
#include "MinutesCommands.h"
#include "MapCommands.h"
#include "SealCommands.h"
#include "WheelCommands.h"

namespace {

// Breaks text into lines of at most width characters, each starting with indent.
QString wrapped(const QString &text, int indent, int width = 79)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + QLatin1Char('\n');
    return out;
}

QString optionLine(const QString &syntax, const QString &description, int column = 22)
{
    QString text = QStringLiteral("  ") + syntax;
    if (text.size() >= column)
        return text + QLatin1Char('\n') + wrapped(description, column);
    text = text.leftJustified(column);
    const QString rest = wrapped(description, column);
    return text + rest.mid(column);
}

// Commands of one name that differ by the kind of record (export actors, export budget):
// the one whose kind is among the arguments, else the first.
const CliCommand *findFor(const QString &name, const QStringList &arguments)
{
    const CliCommand *first = nullptr;
    for (const CliCommand &command : CliCommands::all()) {
        if (command.name != name)
            continue;
        if (!first)
            first = &command;
        const QString kind = command.spec.arguments.value(0);
        if (!kind.isEmpty() && kind == kind.toLower() && arguments.contains(kind))
            return &command;
    }
    return first;
}

} // namespace

const QVector<CliCommand> &CliCommands::all()
{
    using O = CliOptions::Option;
    static const QVector<CliCommand> commands = {
        {QStringLiteral("init"),
         QStringLiteral("init --db FILE [--demo]"),
         QT_TRANSLATE_NOOP("CliCommands", "Create a new database, empty or with the demo data. A file that "
                                          "exists and is not empty is refused."),
         {{O::Db, O::Demo}, {O::Db}, {}},
         DatabaseCommands::init,
         nullptr},
        {QStringLiteral("check"),
         QStringLiteral("check --db FILE [--against SEALS]"),
         QT_TRANSLATE_NOOP("CliCommands", "Check a database: its schema version, SQLite's integrity and "
                                          "reference checks, the seals of every body's final minutes, and the "
                                          "numbers of actors, people and bodies. With --against, also every "
                                          "final minutes against a seals list filed earlier (export seals): "
                                          "minutes changed and sealed again, or removed, are named. "
                                          "Prints OK, or every problem and exits with 1. The file is not "
                                          "upgraded."),
         {{O::Db, O::Against}, {O::Db}, {}},
         DatabaseCommands::check,
         nullptr},
        {QStringLiteral("backup"),
         QStringLiteral("backup --db FILE --to OUT [--force]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write a consistent copy of the database to OUT, also while the "
                                          "desktop program has it open."),
         {{O::Db, O::To, O::Force}, {O::Db, O::To}, {}},
         DatabaseCommands::backup,
         nullptr},
        {QStringLiteral("import"),
         QStringLiteral("import actors --db FILE CSV [--skip-invalid]"),
         QT_TRANSLATE_NOOP("CliCommands", "Import actors from a CSV file (docs/csv-format.md; \"-\" reads "
                                          "standard input). All or nothing: when any row is bad nothing is "
                                          "written, unless --skip-invalid is given. Every problem is shown "
                                          "as \"line N: column: reason\", and a bad row makes the exit code 3."),
         {{O::Db, O::SkipInvalid}, {O::Db}, {QStringLiteral("actors"), QStringLiteral("CSV")}},
         ActorCommands::importActors,
         nullptr},
        {QStringLiteral("import"),
         QStringLiteral("import budget --db FILE CSV"),
         QT_TRANSLATE_NOOP("CliCommands", "Import a budget from a CSV file in the format export budget writes "
                                          "(docs/csv-format.md) as a new budget. All or nothing: every problem is "
                                          "shown as \"line N: column: reason\" and makes the exit code 3."),
         {{O::Db}, {O::Db}, {QStringLiteral("budget"), QStringLiteral("CSV")}},
         BudgetCommands::importBudget,
         nullptr},
        {QStringLiteral("export"),
         QStringLiteral("export actors --db FILE [--format csv|json] [-o OUT]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write every actor as CSV in the import format, or as JSON: an array "
                                          "of objects with the id and the CSV column names."),
         {{O::Db, O::Format, O::Output}, {O::Db}, {QStringLiteral("actors")}},
         ActorCommands::exportActors,
         nullptr},
        {QStringLiteral("export"),
         QStringLiteral("export seals --db FILE [-o OUT]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write the seal of every final minutes, one line each (body, meeting "
                                          "date, addition, sequence in the body's chain, seal format, seal, "
                                          "previous seal), to file outside the database: print it, mail it or "
                                          "keep it read-only. check --against compares the database with it "
                                          "later (docs/seal-format.md). Refused while a chain is broken."),
         {{O::Db, O::Output}, {O::Db}, {QStringLiteral("seals")}},
         SealCommands::exportSeals,
         nullptr},
        {QStringLiteral("export"),
         QStringLiteral("export budget --db FILE --budget ID [-o OUT.csv]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write a budget as CSV: one row per line (side, name, one column per "
                                          "year in kronor, total), then the totals of costs and of financing."),
         {{O::Db, O::Budget, O::Output}, {O::Db, O::Budget}, {QStringLiteral("budget")}},
         BudgetCommands::exportBudget,
         nullptr},
        {QStringLiteral("report"),
         QStringLiteral("report minutes --db FILE --meeting ID [--pdfa] -o OUT.pdf"),
         QT_TRANSLATE_NOOP("CliCommands", "Print the minutes of a meeting to PDF in the Swedish layout: header, "
                                          "attendance, the numbered items, signature lines, and on final minutes "
                                          "the verification code. --pdfa writes PDF/A-1b for archiving."),
         {{O::Db, O::Meeting, O::PdfA, O::Output}, {O::Db, O::Meeting, O::Output}, {QStringLiteral("minutes")}},
         MinutesCommands::report,
         nullptr},
        {QStringLiteral("report"),
         QStringLiteral("report map --db FILE [--revision N] [--paper a3|a4] [--tiled] [--lanes] -o OUT.pdf"),
         QT_TRANSLATE_NOOP("CliCommands", "Write the landscape map as a PDF: a title block with owner, revision "
                                          "and date, the map, and an appendix of the actors by cell. Without "
                                          "--revision the current map (not published)."),
         {{O::Db, O::Revision, O::Paper, O::Tiled, O::Lanes, O::Output}, {O::Db, O::Output}, {QStringLiteral("map")}},
         MapCommands::reportMap,
         nullptr},
        {QStringLiteral("export"),
         QStringLiteral("export ics --db FILE --body ID --year Y [-o OUT.ics]"),
         QT_TRANSLATE_NOOP("CliCommands", "Write a body's annual wheel of a year as an iCalendar file (RFC 5545, "
                                          "times in Europe/Stockholm): one event per planned meeting, with the "
                                          "agenda when the slot has become a meeting. Exporting again updates the "
                                          "same events in Outlook and Thunderbird."),
         {{O::Db, O::Body, O::Year, O::Output}, {O::Db, O::Body, O::Year}, {QStringLiteral("ics")}},
         WheelCommands::exportIcs,
         nullptr},
        {QStringLiteral("report"),
         QStringLiteral("report wheel --db FILE --body ID --year Y -o OUT.pdf"),
         QT_TRANSLATE_NOOP("CliCommands", "Print a body's annual wheel of a year to a PDF, A4 landscape: the "
                                          "circle with its legend and rule checks, then a table of the meetings "
                                          "with their topics and input material."),
         {{O::Db, O::Body, O::Year, O::Output}, {O::Db, O::Body, O::Year, O::Output}, {QStringLiteral("wheel")}},
         WheelCommands::reportWheel,
         nullptr},
        {QStringLiteral("report"),
         QStringLiteral("report invoice --db FILE --agreement ID --year Y [--party ACTOR_ID] -o OUT.pdf"),
         QT_TRANSLATE_NOOP("CliCommands", "Write the invoice basis of a cooperation agreement for a year as a "
                                          "PDF: what every party pays of each shared cost, and a page per "
                                          "invoiced party; with --party, only that party's page."),
         {{O::Db, O::Agreement, O::Year, O::Party, O::Output}, {O::Db, O::Agreement, O::Year, O::Output},
          {QStringLiteral("invoice")}},
         InvoiceCommands::reportInvoice,
         nullptr},
        {QStringLiteral("report"),
         QStringLiteral("report budget --db FILE --budget ID -o OUT.pdf"),
         QT_TRANSLATE_NOOP("CliCommands", "Write the budget report as a PDF: the booked costs and the financing "
                                          "per year as in the budget application, the checks, budget against "
                                          "outcome and the charts."),
         {{O::Db, O::Budget, O::Output}, {O::Db, O::Budget, O::Output}, {QStringLiteral("budget")}},
         BudgetCommands::reportBudget,
         nullptr},
        {QStringLiteral("list"),
         QStringLiteral("list KIND --db FILE [--format csv|json]"),
         QT_TRANSLATE_NOOP("CliCommands", "Print the ids and names of the records of one kind, as CSV with "
                                          "a header line (\";\" between fields) or as JSON."),
         {{O::Db, O::Format}, {O::Db}, {QStringLiteral("KIND")}},
         ListCommand::run,
         ListCommand::kindsHelp},
    };
    return commands;
}

const CliCommand *CliCommands::find(const QString &name)
{
    for (const CliCommand &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliCommands::help()
{
    const QString program = Cli::programName();
    QString text = tr("Usage: %1 COMMAND [options]").arg(program) + QStringLiteral("\n\n");
    text += wrapped(tr("The command-line tool of Verkstan: creates, checks, backs up, imports into and "
                       "exports from a Verkstan database."),
                    0);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : all()) {
        text += QStringLiteral("  %1 %2\n").arg(program, command.usage);
        text += wrapped(tr(command.summary), 6);
    }
    text += QStringLiteral("  %1 help COMMAND\n").arg(program);
    text += wrapped(tr("Show the options of one command."), 6);
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += optionLine(QStringLiteral("-h, --help"), tr("show this help"));
    text += optionLine(QStringLiteral("--version"), tr("show the version"));
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += optionLine(QStringLiteral("0"), tr("success"), 6);
    text += optionLine(QStringLiteral("1"), tr("check found a problem"), 6);
    text += optionLine(QStringLiteral("2"),
                       tr("wrong usage, or a file that cannot be opened (missing, not a "
                          "Verkstan database, written by a newer version, in use)"),
                       6);
    text += optionLine(QStringLiteral("3"), tr("bad input: the file to import has bad rows or is not usable"), 6);
    text += optionLine(QStringLiteral("4"),
                       tr("the result could not be written (a full disk, a closed pipe, a file that cannot be "
                          "replaced)"),
                       6);
    return text;
}

QString CliCommands::help(const CliCommand &command)
{
    QString text = tr("Usage: %1 %2").arg(Cli::programName(), command.usage) + QStringLiteral("\n\n");
    text += wrapped(tr(command.summary), 0);
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (CliOptions::Option option : command.spec.options)
        text += optionLine(CliOptions::syntax(option), CliOptions::description(option));
    text += optionLine(QStringLiteral("-h, --help"), tr("show this help"));
    if (command.details)
        text += QLatin1Char('\n') + command.details();
    return text;
}

int CliCommands::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return Cli::usageError(tr("no command given"));
    const QString first = args.first();

    if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        if (args.size() > 2)
            return Cli::usageError(tr("help: unexpected argument '%1'").arg(args.at(2)));
        if (args.size() == 2) {
            QStringList texts;
            for (const CliCommand &command : all())
                if (command.name == args.at(1))
                    texts << help(command);
            if (texts.isEmpty())
                return Cli::usageError(tr("help: unknown command '%1'").arg(args.at(1)));
            Console::out(texts.join(QLatin1Char('\n')).toUtf8());
            return Cli::ExitSuccess;
        }
        Console::out(help().toUtf8());
        return Cli::ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        if (args.size() > 1)
            return Cli::usageError(tr("--version: unexpected argument '%1'").arg(args.at(1)));
        Console::outLine(QStringLiteral("%1 %2").arg(Cli::programName(), Cli::version()));
        return Cli::ExitSuccess;
    }
    if (first.startsWith(QLatin1Char('-')))
        return Cli::usageError(tr("unknown option '%1'; a command comes first").arg(first));

    const CliCommand *command = findFor(first, args.mid(1));
    if (!command)
        return Cli::usageError(tr("unknown command '%1'").arg(first));
    auto options = CliOptions::parse(command->name, args.mid(1), command->spec);
    if (!options)
        return Cli::usageError(options.errorMessage());
    if (options->help) {
        Console::out(help(*command).toUtf8());
        return Cli::ExitSuccess;
    }
    return command->run(*options);
}
