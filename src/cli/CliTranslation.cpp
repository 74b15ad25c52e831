#include "CliTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool CliTranslation::wantsSwedish()
{
    if (qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("en")))
        return false;
    return QLocale::system().language() == QLocale::Swedish;
}

void CliTranslation::install(QCoreApplication &app)
{
    if (!wantsSwedish())
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/verkstan_sv.qm")))
        QCoreApplication::installTranslator(ours);
    // Qt's own messages (QCommandLineParser's), when the Qt translations are installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Swedish), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
