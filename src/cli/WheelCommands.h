#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <memory>

class CliOptions;
class Database;
struct AnnualWheel;

// export ics and report wheel: a body's annual wheel of a year as a calendar or a PDF.
class WheelCommands
{
    Q_DECLARE_TR_FUNCTIONS(WheelCommands)
public:
    static int exportIcs(const CliOptions &options);
    static int reportWheel(const CliOptions &options);

private:
    // Parses --body and --year, opens the database and loads the wheel; on failure
    // prints what and where and sets *code.
    static std::unique_ptr<Database> openWheel(const CliOptions &options, AnnualWheel *wheel, int *code);
};
