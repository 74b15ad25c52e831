#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "Database.h"

#include <memory>

// Helpers shared by the tests: a private temporary directory per test, the seeds,
// and running the command-line tool.
namespace TestSupport {

// Path of a file in tests/data.
QString dataPath(const QString &relative);
// Text of a seed document whose file name starts with the prefix ("000", "004", ...).
QString seedText(const QString &prefix);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs verkstan-cli with the arguments (and optional standard input); waits up to 60 s.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});

// The database a storage test runs on. Normally a new SQLite file at sqlitePath. With
// VERKSTAN_TEST_BACKEND=postgresql (the ctest entries named ..._postgresql) the server
// that VERKSTAN_TEST_PG names (postgresql://user:password@host/database), emptied
// first: everything its user owns there is dropped.
bool onPostgres();
QString postgresUrl();
Result<std::unique_ptr<Database>> freshDatabase(const QString &sqlitePath);

} // namespace TestSupport
