#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace {

QCommandLineOption commandLineOption(CliOptions::Option option)
{
    using O = CliOptions::Option;
    switch (option) {
    case O::Db:
        return QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    case O::Demo:
        return QCommandLineOption(QStringLiteral("demo"));
    case O::To:
        return QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("OUT"));
    case O::Force:
        return QCommandLineOption(QStringLiteral("force"));
    case O::SkipInvalid:
        return QCommandLineOption(QStringLiteral("skip-invalid"));
    case O::Format:
        return QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("csv|json"));
    case O::Output:
        return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                  QStringLiteral("OUT"));
    case O::Budget:
        return QCommandLineOption(QStringLiteral("budget"), QString(), QStringLiteral("ID"));
    case O::Meeting:
        return QCommandLineOption(QStringLiteral("meeting"), QString(), QStringLiteral("ID"));
    case O::PdfA:
        return QCommandLineOption(QStringLiteral("pdfa"));
    case O::Revision:
        return QCommandLineOption(QStringLiteral("revision"), QString(), QStringLiteral("N"));
    case O::Paper:
        return QCommandLineOption(QStringLiteral("paper"), QString(), QStringLiteral("a4|a3"));
    case O::Tiled:
        return QCommandLineOption(QStringLiteral("tiled"));
    case O::Lanes:
        return QCommandLineOption(QStringLiteral("lanes"));
    case O::Body:
        return QCommandLineOption(QStringLiteral("body"), QString(), QStringLiteral("ID"));
    case O::Year:
        return QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("Y"));
    case O::Agreement:
        return QCommandLineOption(QStringLiteral("agreement"), QString(), QStringLiteral("ID"));
    case O::Party:
        return QCommandLineOption(QStringLiteral("party"), QString(), QStringLiteral("ACTOR_ID"));
    case O::Against:
        return QCommandLineOption(QStringLiteral("against"), QString(), QStringLiteral("SEALS"));
    }
    Q_UNREACHABLE();
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

Error usage(const QString &command, const QString &message)
{
    return Error{Error::Kind::Invalid, QStringLiteral("%1: %2").arg(command, message)};
}

} // namespace

QString CliOptions::syntax(Option option)
{
    const QCommandLineOption o = commandLineOption(option);
    QStringList names;
    for (const QString &n : o.names())
        names << dashed(n);
    QString text = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        text += QLatin1Char(' ') + o.valueName();
    return text;
}

QString CliOptions::description(Option option)
{
    switch (option) {
    case Option::Db:
        return tr("the Verkstan database file");
    case Option::Demo:
        return tr("fill the new database with the demo data made from the source documents");
    case Option::To:
        return tr("the file to write the copy to");
    case Option::Force:
        return tr("replace OUT when it already exists");
    case Option::SkipInvalid:
        return tr("import the valid rows even when other rows are bad (still exits with 3)");
    case Option::Format:
        return tr("output format: csv (the default; \";\" between fields) or json");
    case Option::Output:
        return tr("write to OUT instead of standard output");
    case Option::Budget:
        return tr("the id of the budget (see list budgets)");
    case Option::Meeting:
        return tr("the id of the meeting (see list meetings)");
    case Option::PdfA:
        return tr("write PDF/A-1b, for archiving (final minutes)");
    case Option::Revision:
        return tr("a published revision of the map (see list revisions); without it the current map");
    case Option::Paper:
        return tr("paper size, landscape: a3 (the default) or a4");
    case Option::Tiled:
        return tr("print the map at full size across several pages instead of fitting it to one");
    case Option::Lanes:
        return tr("give the local actors of each municipality a lane of their own");
    case Option::Body:
        return tr("the id of the body (see list bodies or list wheels)");
    case Option::Year:
        return tr("the year, such as 2026");
    case Option::Agreement:
        return tr("the id of the agreement (see list agreements)");
    case Option::Party:
        return tr("only this party: the id of its actor (see list actors)");
    case Option::Against:
        return tr("also compare the seals of the final minutes with this list, written earlier by export seals");
    }
    Q_UNREACHABLE();
}

Result<CliOptions> CliOptions::parse(const QString &command, const QStringList &arguments, const Spec &spec)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(helpOption);
    for (Option o : spec.options)
        parser.addOption(commandLineOption(o));

    if (!parser.parse(QStringList{QStringLiteral("verkstan-cli")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return usage(command, tr("unknown option '%1'").arg(dashed(unknown.first())));
        return usage(command, parser.errorText());
    }

    CliOptions result;
    if (parser.isSet(helpOption)) {
        result.help = true;
        return result;
    }

    for (Option o : spec.options) {
        const QCommandLineOption option = commandLineOption(o);
        const QStringList values = option.valueName().isEmpty() ? QStringList() : parser.values(option);
        if (values.size() > 1)
            return usage(command, tr("%1 is given more than once").arg(dashed(option.names().last())));
        const QString value = values.value(0);
        if (!option.valueName().isEmpty() && parser.isSet(option) && value.isEmpty())
            return usage(command, tr("%1 needs a value").arg(dashed(option.names().last())));
        switch (o) {
        case Option::Db:
            result.db = value;
            break;
        case Option::To:
            result.to = value;
            break;
        case Option::Output:
            result.output = value;
            break;
        case Option::Budget:
            result.budget = value;
            break;
        case Option::Meeting:
            result.meeting = value;
            break;
        case Option::PdfA:
            result.pdfa = parser.isSet(option);
            break;
        case Option::Revision:
            result.revision = value;
            break;
        case Option::Paper:
            result.paper = value;
            break;
        case Option::Tiled:
            result.tiled = parser.isSet(option);
            break;
        case Option::Lanes:
            result.lanes = parser.isSet(option);
            break;
        case Option::Body:
            result.body = value;
            break;
        case Option::Agreement:
            result.agreement = value;
            break;
        case Option::Year:
            result.year = value;
            break;
        case Option::Party:
            result.party = value;
            break;
        case Option::Against:
            result.against = value;
            break;
        case Option::Demo:
            result.demo = parser.isSet(option);
            break;
        case Option::Force:
            result.force = parser.isSet(option);
            break;
        case Option::SkipInvalid:
            result.skipInvalid = parser.isSet(option);
            break;
        case Option::Format:
            if (value.isEmpty() || value == QLatin1String("csv"))
                result.format = Format::Csv;
            else if (value == QLatin1String("json"))
                result.format = Format::Json;
            else
                return usage(command, tr("unknown format '%1'; use csv or json").arg(value));
            break;
        }
    }
    for (Option o : spec.required) {
        const QCommandLineOption option = commandLineOption(o);
        if (!parser.isSet(option))
            return usage(command, tr("%1 is required").arg(syntax(o)));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < spec.arguments.size())
        return usage(command, tr("%1 is missing").arg(spec.arguments.at(positional.size())));
    if (positional.size() > spec.arguments.size())
        return usage(command, tr("unexpected argument '%1'").arg(positional.at(spec.arguments.size())));
    result.arguments = positional;
    return result;
}
