#include "AtomicFile.h"

#include <QDir>
#include <QSaveFile>

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const auto fail = [&](const QString &why) {
        return Error{Error::Kind::Io, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : tr("the disk is full");
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return {};
}
