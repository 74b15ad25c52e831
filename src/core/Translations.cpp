#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void installSwedish(QCoreApplication *app)
{
    // Qt's first, ours last: the translator installed last is asked first, so where
    // both have a text ours (checked complete by the tests) wins.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char *catalogue : {"qtbase", "qt"}) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(QLocale::Swedish), QLatin1String(catalogue), QStringLiteral("_"), qtDir)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/verkstan_sv.qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace Translations
