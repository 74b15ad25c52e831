#include "Cli.h"
#include "CliCommands.h"
#include "CliTranslation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

// verkstan-cli: create, check, back up, import into and export from a Verkstan database.
// The commands are in CliCommands; 'verkstan-cli --help' lists them.
int main(int argc, char *argv[])
{
    // Reports paint text, which needs a QGuiApplication; without a display it runs offscreen.
    const bool paints = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(Cli::version());
    CliTranslation::install(*app);
    return CliCommands::run(QCoreApplication::arguments());
}
