#pragma once

#include <QString>

class QWidget;

// Where the window asks for a file name. The window is given one (the program gives
// the native dialogs, NativeFileDialogs; a test gives its own that answers at once) and
// hands it to the views it makes; a view made alone asks the native dialogs.
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // suggestion: a folder or a file path to start from. Empty: cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                 const QString &filter) = 0;
    // Asks before replacing an existing file unless confirmOverwrite is false (then the
    // caller refuses existing files itself).
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                 const QString &filter, bool confirmOverwrite = true) = 0;

    // The desktop's own dialogs.
    static FileDialogs &native();
};
