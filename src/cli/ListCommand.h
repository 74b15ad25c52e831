#pragma once

#include <QCoreApplication>
#include <QString>

class CliOptions;

// list KIND: the records of a kind registered in ListKinds, as CSV or JSON.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    static int run(const CliOptions &options);
    // The kinds, for the help of the command.
    static QString kindsHelp();
};
