// Verkstan, the desktop program: opens a database and shows the main window.
#include "AppSettings.h"
#include "FileDialogs.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "Session.h"
#include "StartupOpener.h"
#include "SwedishCollation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFileInfo>
#include <QIcon>

#include <thread>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Verkstan"));
    QApplication::setApplicationName(QStringLiteral("Verkstan"));
    QApplication::setDesktopFileName(QStringLiteral("se.verkstan.Verkstan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/verkstan-64.png")));
    AppSettings::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Regional cooperation on skills supply."));
    parser.addHelpOption();
    parser.addPositionalArgument(QCoreApplication::translate("main", "database"),
                                 QCoreApplication::translate("main", "The database file to open."),
                                 QCoreApplication::translate("main", "[database]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo database (made on first use)."));
    const QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
                                        QCoreApplication::translate("main", "Print the milliseconds to the first paint "
                                                                        "of the window, then quit (for benchmarks)."));
    parser.addOption(demo);
    parser.addOption(firstPaint);
    parser.process(app);
    // Fontconfig reads its whole configuration the first time a font is used (about a
    // third of the start-up on a laptop). Let a worker do that while the database opens;
    // the window waits for it before it uses a font. The worker also opens ICU's Swedish
    // collation once (SwedishCollation): ICU keeps it loaded, so the register's first
    // sort keys do not wait for it.
    std::thread fontWarmUp([] {
        QFontDatabase::families();
        (void)SwedishCollation::compare(QStringLiteral("Ängelholm"), QStringLiteral("Angered"));
    });
    auto fontsReady = [&fontWarmUp] {
        if (fontWarmUp.joinable())
            fontWarmUp.join();
    };

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && !parser.isSet(demo))
        path = AppSettings::lastDatabase();
    Database::Mode mode = Database::Mode::OpenExisting;
    bool withDemo = false;
    if (path.isEmpty()) { // --demo, or the first run
        path = AppSettings::demoDatabasePath();
        withDemo = !QFileInfo::exists(path);
        mode = withDemo ? Database::Mode::Create : Database::Mode::OpenExisting;
    }

    std::unique_ptr<Session> session = StartupOpener::open(path, mode, withDemo, FileDialogs::native(), fontsReady);
    fontsReady();
    if (!session)
        return 1;
    const bool benchmark = parser.isSet(firstPaint);
    if (!benchmark)
        AppSettings::noteOpened(session->path());

    MainWindow window(std::move(session));
    if (benchmark)
        new FirstPaintProbe(&window, window.session(), clock);
    window.show();
    return app.exec();
}
