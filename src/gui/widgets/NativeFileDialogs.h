#pragma once

#include "FileDialogs.h"

// The desktop's file dialogs (QFileDialog).
class NativeFileDialogs : public FileDialogs
{
public:
    QString openFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter,
                         bool confirmOverwrite = true) override;
};
