#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file or nothing: a new file beside the old one (QSaveFile), renamed over
// it only when every byte is on disk. Every failure is an Error naming the file: the
// open, a write that stops short, and the last flush, which QSaveFile::commit() alone
// does not check (Qt 6.4 closes the file without looking at the flush, so a full disk at
// the very end would leave a cut-off file in place of the old one).
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    static Status write(const QString &path, const QByteArray &bytes);
};
