#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One command of verkstan-cli: how it is written, what it accepts and what runs it.
struct CliCommand
{
    QString name;          // "import"
    QString usage;         // "import actors --db FILE CSV [--skip-invalid]"
    const char *summary;   // translated in the "CliCommands" context
    CliOptions::Spec spec; // options and arguments, checked before run
    int (*run)(const CliOptions &options);
    QString (*details)(); // more help (the kinds of list), or null
};

// The table of commands, the help texts and the dispatch from the command line.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static const QVector<CliCommand> &all();
    static const CliCommand *find(const QString &name);

    // arguments as QCoreApplication::arguments(): the program first. Returns the exit code.
    static int run(const QStringList &arguments);

    static QString help();
    static QString help(const CliCommand &command);
};
