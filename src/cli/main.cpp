#include "Cli.h"
#include "CliCommands.h"
#include "CliTranslation.h"
#include "Console.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

// verkstan-cli: create, check, back up, import into and export from a Verkstan database.
// The commands are in CliCommands; 'verkstan-cli --help' lists them.
int main(int argc, char *argv[])
{
    Console::prepare();
    // Reports draw their charts with Qt Charts, which needs a QApplication; without a
    // display it draws offscreen. Every other command stays a plain QCoreApplication.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(Cli::version());
    CliTranslation::install(app);
    const int code = CliCommands::run(QCoreApplication::arguments());
    // A result that could not be written is a failure, whatever the command thought.
    return Console::finish(code, Cli::ExitOutputFailed);
}
