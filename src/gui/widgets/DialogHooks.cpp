#include "DialogHooks.h"

#include <QFileDialog>

QString DialogHooks::openFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                  const QString &filter)
{
    if (fileHook)
        return fileHook(FileMode::Open, caption, suggestion);
    return QFileDialog::getOpenFileName(parent, caption, suggestion, filter);
}

QString DialogHooks::saveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                  const QString &filter, bool confirmOverwrite)
{
    if (fileHook)
        return fileHook(FileMode::Save, caption, suggestion);
    const QFileDialog::Options options = confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite;
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter, nullptr, options);
}
