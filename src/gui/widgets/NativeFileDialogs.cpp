#include "NativeFileDialogs.h"

#include <QFileDialog>

FileDialogs &FileDialogs::native()
{
    static NativeFileDialogs dialogs;
    return dialogs;
}

QString NativeFileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                        const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, suggestion, filter);
}

QString NativeFileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                        const QString &filter, bool confirmOverwrite)
{
    const QFileDialog::Options options = confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite;
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter, nullptr, options);
}
