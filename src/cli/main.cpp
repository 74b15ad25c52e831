#include "Cli.h"
#include "CliCommands.h"
#include "CliTranslation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

// verkstan-cli: create, check, back up, import into and export from a Verkstan database.
// The commands are in CliCommands; 'verkstan-cli --help' lists them.
int main(int argc, char *argv[])
{
    // A report lays out text with fonts, which needs a QGuiApplication; the command-line
    // tool never shows a window, so the offscreen platform serves also without a display.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(Cli::version());
    CliTranslation::install(*app);
    return CliCommands::run(QCoreApplication::arguments());
}
