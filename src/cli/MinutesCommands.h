#pragma once

#include <QCoreApplication>

class CliOptions;

// verkstan-cli report minutes: the minutes of a meeting as PDF (PDF/A-1b with --pdfa).
class MinutesCommands
{
    Q_DECLARE_TR_FUNCTIONS(MinutesCommands)
public:
    static int report(const CliOptions &options);
};
