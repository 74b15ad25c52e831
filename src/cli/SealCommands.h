#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliOptions;
class Database;

// export seals, and the --against part of check: the seals of the final minutes filed
// outside the database, and the database checked against them (docs/seal-format.md).
class SealCommands
{
    Q_DECLARE_TR_FUNCTIONS(SealCommands)
public:
    static int exportSeals(const CliOptions &options);
    // Compares the database with the seals list at path: adds what differs to problems
    // and what was sealed after the list to notes. Returns an exit code other than
    // success when the list cannot be read or is not a seals list.
    static int checkAgainst(const Database &db, const QString &path, QStringList *problems, QStringList *notes);
};
