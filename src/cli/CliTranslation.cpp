#include "CliTranslation.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

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
    Translations::installSwedish(&app); // ours, and Qt's own (QCommandLineParser's) where installed
}
