#pragma once

#include <QCoreApplication>

class CliOptions;

// The commands that work on the database file as a whole: init, check, backup.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
public:
    static int init(const CliOptions &options);
    static int check(const CliOptions &options);
    static int backup(const CliOptions &options);
};
