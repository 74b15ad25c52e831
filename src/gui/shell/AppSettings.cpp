#include "AppSettings.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kLastDatabase = QStringLiteral("lastDatabase");
const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kRegisterHeader = QStringLiteral("window/registerHeader");

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

AppSettings::Language AppSettings::language()
{
    const QString value = QSettings().value(kLanguage, QStringLiteral("auto")).toString();
    if (value == QLatin1String("sv"))
        return Language::Swedish;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::Automatic;
}

void AppSettings::setLanguage(Language language)
{
    QSettings().setValue(kLanguage, key(language));
}

QString AppSettings::key(Language language)
{
    switch (language) {
    case Language::Swedish: return QStringLiteral("sv");
    case Language::English: return QStringLiteral("en");
    case Language::Automatic: break;
    }
    return QStringLiteral("auto");
}

bool AppSettings::wantsSwedish()
{
    switch (language()) {
    case Language::Swedish: return true;
    case Language::English: return false;
    case Language::Automatic: break;
    }
    return QLocale::system().language() == QLocale::Swedish;
}

void AppSettings::installTranslations(QCoreApplication *app)
{
    if (!wantsSwedish())
        return;
    if (language() == Language::Swedish)
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    Translations::installSwedish(app); // ours, and Qt's own texts of standard dialogs
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(kLastDatabase).toString();
}

void AppSettings::noteOpened(const QString &path)
{
    const QString file = absolute(path);
    QSettings settings;
    settings.setValue(kLastDatabase, file);
    QStringList recent = settings.value(kRecentFiles).toStringList();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentFiles, recent);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList();
}

void AppSettings::removeRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentFiles).toStringList();
    recent.removeAll(absolute(path));
    settings.setValue(kRecentFiles, recent);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecentFiles);
}

QString AppSettings::demoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("verkstan-demo.sqlite"));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QByteArray AppSettings::registerHeaderState()
{
    return QSettings().value(kRegisterHeader).toByteArray();
}

void AppSettings::setRegisterHeaderState(const QByteArray &state)
{
    QSettings().setValue(kRegisterHeader, state);
}

QStringList AppSettings::ownPhrases()
{
    return QSettings().value(QStringLiteral("minutes/ownPhrases")).toStringList();
}

void AppSettings::setOwnPhrases(const QStringList &phrases)
{
    QStringList kept;
    for (const QString &p : phrases)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    QSettings().setValue(QStringLiteral("minutes/ownPhrases"), kept);
}
