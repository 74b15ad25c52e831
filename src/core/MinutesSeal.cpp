#include "MinutesSeal.h"

#include "SealFormat1.h"
#include "SealFormat2.h"

QByteArray MinutesSeal::canonicalContent(const Minutes &m, const QByteArray &previousHash, int format)
{
    switch (format) {
    case 1: return SealFormat1::canonicalContent(m);
    case 2: return SealFormat2::canonicalText(m, previousHash);
    default: return {};
    }
}

QByteArray MinutesSeal::seal(const Minutes &m, const QByteArray &previousHash, int format)
{
    switch (format) {
    case 1: return SealFormat1::seal(m, previousHash);
    case 2: return SealFormat2::seal(m, previousHash);
    default: return {};
    }
}

void MinutesSeal::apply(Minutes &m, const QByteArray &previousHash)
{
    m.previousHash = previousHash;
    m.sealFormat = kCurrentFormat;
    m.contentHash = seal(m, previousHash, kCurrentFormat);
}

QString MinutesSeal::verificationCode(const QByteArray &hash)
{
    const QString hex = QString::fromLatin1(hash.left(12)).toUpper();
    return QStringLiteral("%1-%2-%3").arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4));
}

std::optional<MinutesSeal::Break> MinutesSeal::verifyChain(const QVector<Minutes> &minutes)
{
    QByteArray previous;
    for (qsizetype i = 0; i < minutes.size(); ++i) {
        const Minutes &m = minutes.at(i);
        const QString which =
            tr("The minutes of %1 on %2").arg(m.bodyName, m.date.isValid() ? m.date.toString(Qt::ISODate) : QString());
        if (m.contentHash.isEmpty())
            return Break{i, m.id, tr("%1 are final but have no seal.").arg(which)};
        if (!isKnownFormat(m.sealFormat))
            return Break{i, m.id,
                         tr("%1 are sealed in format %2, which this program does not know; check them with a "
                            "newer version of Verkstan.")
                             .arg(which)
                             .arg(m.sealFormat)};
        if (m.previousHash != previous)
            return Break{i, m.id,
                         tr("%1 do not follow the body's previous final minutes: minutes before them have been "
                            "removed or changed.")
                             .arg(which)};
        if (seal(m, m.previousHash, m.sealFormat) != m.contentHash)
            return Break{i, m.id, tr("%1 have been changed since they were adjusted: their content no longer "
                                     "matches their seal.")
                                      .arg(which)};
        previous = m.contentHash;
    }
    return std::nullopt;
}
