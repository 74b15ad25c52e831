#include "Cli.h"
#include "CliCommands.h"
#include "CliTranslation.h"

#include <QCoreApplication>

// verkstan-cli: create, check, back up, import into and export from a Verkstan database.
// The commands are in CliCommands; 'verkstan-cli --help' lists them.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(Cli::version());
    CliTranslation::install(app);
    return CliCommands::run(QCoreApplication::arguments());
}
