#include "MinutesSeal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QJsonObject attendeeJson(const Attendee &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("party"), a.party},
            {QStringLiteral("organisation"), a.organisation},
            {QStringLiteral("member"), a.member},
            {QStringLiteral("status"), int(a.status)},
            {QStringLiteral("role"), int(a.role)},
            {QStringLiteral("arrived"), a.arrivedAtItem},
            {QStringLiteral("left"), a.leftAtItem}};
}

QJsonObject itemJson(const MinutesItem &item)
{
    QJsonArray assignments;
    for (const Assignment &a : item.assignments)
        assignments.append(QJsonObject{{QStringLiteral("responsible"), a.responsible},
                                       {QStringLiteral("task"), a.task},
                                       {QStringLiteral("due"), date(a.due)}});
    return {{QStringLiteral("number"), item.number},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("discussion"), item.discussion},
            {QStringLiteral("decision"), item.decision},
            {QStringLiteral("assignments"), assignments}};
}

} // namespace

QByteArray MinutesSeal::canonicalContent(const Minutes &m)
{
    QJsonArray attendance;
    for (const Attendee &a : m.attendance)
        attendance.append(attendeeJson(a));
    QJsonArray items;
    for (const MinutesItem &item : m.items)
        items.append(itemJson(item));
    QJsonArray adjustments;
    for (const Adjustment &a : m.adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("name"), a.name},
                                       {QStringLiteral("role"), int(a.role)},
                                       {QStringLiteral("date"), date(a.date)},
                                       {QStringLiteral("method"), int(a.method)}});
    const QJsonObject content{{QStringLiteral("body"), m.bodyName},
                              {QStringLiteral("date"), date(m.date)},
                              {QStringLiteral("start"), time(m.start)},
                              {QStringLiteral("end"), time(m.end)},
                              {QStringLiteral("place"), m.place},
                              {QStringLiteral("addition"), m.additionNumber},
                              {QStringLiteral("adjustedOn"), date(m.adjustedOn)},
                              {QStringLiteral("attendance"), attendance},
                              {QStringLiteral("items"), items},
                              {QStringLiteral("adjustments"), adjustments}};
    // QJsonObject keeps its keys sorted, so the text is the same for the same content.
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QByteArray MinutesSeal::seal(const Minutes &m, const QByteArray &previousHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonicalContent(m));
    hash.addData(QByteArrayView("\n"));
    hash.addData(previousHash);
    return hash.result().toHex();
}

void MinutesSeal::apply(Minutes &m, const QByteArray &previousHash)
{
    m.previousHash = previousHash;
    m.contentHash = seal(m, previousHash);
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
        const QString which = tr("The minutes of %1 on %2").arg(m.bodyName, date(m.date));
        if (m.contentHash.isEmpty())
            return Break{i, m.id, tr("%1 are final but have no seal.").arg(which)};
        if (m.previousHash != previous)
            return Break{i, m.id,
                         tr("%1 do not follow the body's previous final minutes: minutes before them have been "
                            "removed or changed.")
                             .arg(which)};
        if (seal(m, m.previousHash) != m.contentHash)
            return Break{i, m.id, tr("%1 have been changed since they were adjusted: their content no longer "
                                     "matches their seal.")
                                      .arg(which)};
        previous = m.contentHash;
    }
    return std::nullopt;
}
