#pragma once

#include "Database.h"
#include "FileDialogs.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class Session;

// Opens the database the program starts with. When that fails (in use by another
// copy, written by a newer version, not a Verkstan file, ...) it says why in words and
// lets the person open another file, create a new one, or quit. It never changes a
// file it could not open.
class StartupOpener
{
    Q_DECLARE_TR_FUNCTIONS(StartupOpener)
public:
    // nullptr when the person chose to quit. beforeAsking runs once, before the first
    // message is shown (main() waits there for its font warm-up).
    static std::unique_ptr<Session> open(QString path, Database::Mode mode, bool withDemo, FileDialogs &files,
                                         const std::function<void()> &beforeAsking = {});
    // The file filter of the database dialogs.
    static QString databaseFilter();
};
