#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// The options and arguments given to one command of verkstan-cli, parsed with a
// QCommandLineParser made for that command: an option the command does not know, a
// missing value, a missing or extra argument are usage errors.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Option {
        Db, Demo, To, Force, SkipInvalid, Format, Output, Budget, Meeting, PdfA, Revision, Paper, Tiled, Lanes, Body, Year,
        Agreement, Party, Against
    };
    enum class Format { Csv, Json };

    // What a command accepts: its options, which of them it requires, and the names of its
    // positional arguments (all required), as shown in messages ("KIND", "CSV").
    struct Spec
    {
        QVector<Option> options;
        QVector<Option> required;
        QStringList arguments;
    };

    // arguments: what follows the command name. A usage error is an Error of kind Invalid
    // whose message starts with the command name ("import: unknown option '--x'").
    static Result<CliOptions> parse(const QString &command, const QStringList &arguments, const Spec &spec);

    // "--db FILE", "-o, --output OUT"
    static QString syntax(Option option);
    // One line for the help text.
    static QString description(Option option);

    bool help = false;
    QString db;
    QString to;
    QString output; // empty or "-": standard output
    QString budget; // --budget ID, as given
    QString meeting; // --meeting ID, as given
    bool pdfa = false;
    QString revision; // --revision N, as given
    QString paper;    // --paper a4|a3, as given
    bool tiled = false;
    bool lanes = false;
    QString body;   // --body ID, as given
    QString year;   // --year Y, as given
    QString agreement; // --agreement ID, as given
    QString party;     // --party ACTOR_ID, as given
    QString against;   // --against SEALS: a seals list filed earlier
    bool demo = false;
    bool force = false;
    bool skipInvalid = false;
    Format format = Format::Csv;
    QStringList arguments; // the positional arguments, as many as the spec names
};
