#include "MapRevisionRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using SqlValues::text;

namespace {

QDateTime utcFrom(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

Result<QVector<MapRevisionSummary>> MapRevisionRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.number, r.published_at, r.owner, r.comment, "
                               "(SELECT COUNT(*) FROM map_revision_actor a WHERE a.revision_id = r.id) "
                               "FROM map_revision r ORDER BY r.number")))
        return m_db.error(q, tr("reading the map's revisions"));
    QVector<MapRevisionSummary> out;
    while (q.next())
        out.append({q.value(0).toInt(), utcFrom(q.value(1).toString()), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt()});
    return out;
}

Result<int> MapRevisionRepository::latestNumber() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(number) FROM map_revision")) || !q.next())
        return m_db.error(q, tr("reading the map's revisions"));
    return q.value(0).toInt();
}

Result<MapRevision> MapRevisionRepository::load(int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, number, published_at, owner, comment FROM map_revision WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return m_db.error(q, tr("reading revision %1 of the map").arg(number));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The map has no revision %1.").arg(number)};
    const qint64 id = q.value(0).toLongLong();
    MapRevision r;
    r.number = q.value(1).toInt();
    r.publishedAt = utcFrom(q.value(2).toString());
    r.owner = q.value(3).toString();
    r.comment = q.value(4).toString();

    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT actor_id, name, organisation_number, type, level, municipality, areas, roles "
                             "FROM map_revision_actor WHERE revision_id = ? ORDER BY name, actor_id"));
    a.addBindValue(id);
    if (!a.exec())
        return m_db.error(a, tr("reading revision %1 of the map").arg(number));
    while (a.next()) {
        Actor actor;
        actor.id = a.value(0).toLongLong();
        actor.name = a.value(1).toString();
        actor.organisationNumber = a.value(2).toString();
        const auto type = Classification::actorTypeFromKey(a.value(3).toString());
        const auto level = Classification::geoLevelFromKey(a.value(4).toString());
        if (!type || !level)
            return Error{Error::Kind::Invalid,
                         tr("Revision %1 of the map is damaged: %2 has an unknown type or level.").arg(number).arg(actor.name)};
        actor.type = *type;
        actor.level = *level;
        actor.municipality = a.value(5).toString();
        actor.areas = Areas(a.value(6).toInt());
        actor.roles = ActorRoles(a.value(7).toInt());
        r.actors.append(actor);
    }
    return r;
}

Result<int> MapRevisionRepository::publish(const QString &owner, const QString &comment, const ActorList &actors,
                                           const QDateTime &publishedAt) const
{
    if (owner.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A published map needs an owner: name who answers for it.")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto latest = latestNumber();
    if (!latest)
        return latest.error();
    if (*latest > 0) {
        auto previous = load(*latest);
        if (!previous)
            return previous.error();
        if (MapFacts::sameMap(previous->actors, actors))
            return Error{Error::Kind::Invalid,
                         tr("Nothing has changed on the map since revision %1; there is nothing to publish.").arg(*latest)};
    }
    const int number = *latest + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO map_revision (number, published_at, owner, comment) VALUES (?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(publishedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(owner.trimmed());
    q.addBindValue(text(comment.trimmed()));
    if (!q.exec())
        return m_db.error(q, tr("publishing revision %1 of the map").arg(number));
    QSqlQuery idq(m_db.connection());
    idq.prepare(QStringLiteral("SELECT id FROM map_revision WHERE number = ?"));
    idq.addBindValue(number);
    if (!idq.exec() || !idq.next())
        return m_db.error(idq, tr("publishing revision %1 of the map").arg(number));
    const qint64 revisionId = idq.value(0).toLongLong();

    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT INTO map_revision_actor (revision_id, actor_id, name, organisation_number, type, "
                               "level, municipality, areas, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Actor &a : actors) {
        ins.bindValue(0, revisionId);
        ins.bindValue(1, a.id);
        ins.bindValue(2, text(a.name));
        ins.bindValue(3, text(a.organisationNumber));
        ins.bindValue(4, Classification::key(a.type));
        ins.bindValue(5, Classification::key(a.level));
        ins.bindValue(6, text(a.municipality));
        ins.bindValue(7, int(a.areas));
        ins.bindValue(8, int(a.roles));
        if (!ins.exec())
            return m_db.error(ins, tr("publishing %1 in revision %2 of the map").arg(a.name).arg(number));
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return number;
}

Result<MapRevisionDiff> MapRevisionRepository::compare(int from, int to) const
{
    auto a = load(from);
    if (!a)
        return a.error();
    auto b = load(to);
    if (!b)
        return b.error();
    return MapRevisionDiff::compute(a->actors, b->actors);
}
