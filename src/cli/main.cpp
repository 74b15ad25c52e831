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
    // 'report' lays out text and draws, which needs fonts and so a QGuiApplication; it
    // runs without a display on the offscreen platform. Every other command stays a
    // plain QCoreApplication.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(Cli::version());
    CliTranslation::install(*app);
    return CliCommands::run(QCoreApplication::arguments());
}
