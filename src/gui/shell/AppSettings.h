#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's settings, in QSettings (default constructor: organisation and
// application name "Verkstan"). Tests isolate them with
// QStandardPaths::setTestModeEnabled(true) and a temporary XDG_CONFIG_HOME.
class AppSettings
{
public:
    enum class Language { Automatic, Swedish, English };

    static Language language();
    static void setLanguage(Language language);
    static QString key(Language language); // "auto", "sv", "en"
    // Resolves Automatic: Swedish when the system language is Swedish.
    static bool wantsSwedish();
    // Loads Verkstan's and Qt's own Swedish translations when wanted.
    static void installTranslations(QCoreApplication *app);

    // The database to open at start-up: the last one opened.
    static QString lastDatabase();
    // Remembers an opened database as the last one and first in the recent list.
    static void noteOpened(const QString &path);

    static constexpr int kMaxRecentFiles = 8;
    static QStringList recentFiles();
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // Where the first run puts the demo database.
    static QString demoDatabasePath();

    // The person's own phrases for minutes, offered after the standard ones (Ctrl+J).
    static QStringList ownPhrases();
    static void setOwnPhrases(const QStringList &phrases);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    static QByteArray registerHeaderState();
    static void setRegisterHeaderState(const QByteArray &state);
};
