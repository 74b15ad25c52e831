#pragma once

#include <QString>

#include <functional>

class QWidget;

// File dialogs of the window go through here, so that a test can answer them
// without a native dialog: set fileHook and every request returns what it returns
// (an empty string is "cancelled").
class DialogHooks
{
public:
    enum class FileMode { Open, Save };
    using FileHook = std::function<QString(FileMode mode, const QString &caption, const QString &suggestion)>;

    static inline FileHook fileHook;

    // suggestion: a folder or a file path to start from.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                const QString &filter);
    // Asks before replacing an existing file unless overwrite is false (then the caller
    // refuses existing files itself).
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                const QString &filter, bool confirmOverwrite = true);
};
