#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "Database.h"

#include <memory>

// Helpers shared by the tests: a private temporary directory per test, the seeds,
// the tools the tests read our output with, and running the command-line tool.
namespace TestSupport {

// Path of a file in tests/data.
QString dataPath(const QString &relative);
// Lines of a text file in tests/data, without blank lines and # comments.
QStringList dataLines(const QString &relative);

// The folder of the five seed documents: $VERKSTAN_SEEDS_DIR when set, else the folder
// the build was configured with (cmake -DVERKSTAN_SEEDS_DIR=...; ../shared/seeds beside
// the clone by default). A user's clone has no seeds: the tests of our rules never need
// them; only the cross-checks of a seed's text do, and those skip (VERKSTAN_SEED_TEXT).
QString seedsDir();
// Text of a seed document whose file name starts with the prefix ("000", "004", ...),
// empty when it is not there.
QString seedText(const QString &prefix);
// Why a cross-check of that seed did not run.
QString seedMissingMessage(const QString &prefix);

// Tools that packaging/install-deps.sh installs and tests read our output with:
//   pdftotext  poppler-utils' pdftotext and pdfinfo
//   icalendar  python3 with the icalendar module (python3-icalendar)
//   sqlite3    the sqlite3 shell
//   python3    python3 (runs the script of docs/seal-format.md)
// A test needs them: without one it fails, unless VERKSTAN_TEST_WITHOUT (a comma-separated
// list, e.g. VERKSTAN_TEST_WITHOUT=pdftotext,icalendar) names it; then the one test
// function that needs it is skipped and says so ("[without pdftotext] ...").
struct ToolCheck
{
    enum class State { Present, OptedOut, Missing };
    State state = State::Missing;
    QString path;    // the program to run when present (pdftotext, python3, sqlite3)
    QString message; // the skip or failure message otherwise
};
ToolCheck checkTool(const QString &tool);
// Whether VERKSTAN_TEST_WITHOUT names the tool (or "seeds", "postgresql").
bool optedOut(const QString &what);
// The program of a tool, empty when it is missing.
QString toolPath(const QString &tool);

// Where a test that takes pictures writes them: the folder VERKSTAN_SCREENSHOTS names
// (made if need be), for a person to look at them; otherwise the fallback, a temporary
// folder of the test. The test runs and checks what it wrote either way.
QString screenshotDir(const QString &fallback);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// "exit 2; stderr: ..." for a failure message.
QByteArray summary(const ProcessResult &r);
// Runs verkstan-cli with the arguments (and optional standard input); waits up to 60 s.
// A command that cannot start, hangs or crashes is a test failure (recorded here, and
// exitCode is -1); any exit code is returned for the test to check.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});
// Runs verkstan-cli where the test needs it to succeed: any other exit than 0 is
// recorded as a failure naming the command, its exit code and its error output, so a
// broken command never yields an empty result that happens to compare equal.
ProcessResult runCliOk(const QStringList &arguments, const QByteArray &input = {});

// The database a storage test runs on. Normally a new SQLite file at sqlitePath. With
// VERKSTAN_TEST_BACKEND=postgresql (the ctest entries named ..._postgresql) the server
// that VERKSTAN_TEST_PG names (postgresql://user:password@host/database), emptied
// first: everything its user owns there is dropped.
bool onPostgres();
QString postgresUrl();
// Why a PostgreSQL test did not run ("[without postgresql] ...").
QString postgresMissingMessage();
Result<std::unique_ptr<Database>> freshDatabase(const QString &sqlitePath);

} // namespace TestSupport

// In a test function that needs a tool of install-deps.sh: fails when it is missing,
// or skips this one function when VERKSTAN_TEST_WITHOUT names it.
#define VERKSTAN_REQUIRE_TOOL(tool)                                                                   \
    do {                                                                                              \
        const TestSupport::ToolCheck toolCheck_ = TestSupport::checkTool(QStringLiteral(tool));       \
        if (toolCheck_.state == TestSupport::ToolCheck::State::OptedOut)                              \
            QSKIP(qPrintable(toolCheck_.message));                                                    \
        if (toolCheck_.state == TestSupport::ToolCheck::State::Missing)                               \
            QFAIL(qPrintable(toolCheck_.message));                                                    \
    } while (false)

// In a test function that cross-checks the text of a seed: the text as var, or a skip of
// this one function, saying so, when the seeds are not beside the clone.
#define VERKSTAN_SEED_TEXT(var, prefix)                                                               \
    const QString var = TestSupport::seedText(QStringLiteral(prefix));                                \
    if (var.isEmpty())                                                                                \
    QSKIP(qPrintable(TestSupport::seedMissingMessage(QStringLiteral(prefix))))
