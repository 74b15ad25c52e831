#include "BodyRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {
const char *kColumns = "id, name, kind, area, level, owner_actor_id, parent_body_id, municipality, notes, item_numbering";

Body bodyFrom(const QSqlQuery &q)
{
    Body b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.kind = Classification::bodyKindFrom(q.value(2).toString()).value_or(BodyKind::IndustryForum);
    b.area = Area(q.value(3).toInt());
    b.level = Classification::geoLevelFrom(q.value(4).toString()).value_or(GeoLevel::Regional);
    b.ownerActorId = q.value(5).toLongLong();
    b.parentBodyId = q.value(6).toLongLong();
    b.municipality = q.value(7).toString();
    b.notes = q.value(8).toString();
    b.itemNumbering = q.value(9).toString() == QLatin1String("running") ? ItemNumbering::RunningPerYear
                                                                         : ItemNumbering::PerMeeting;
    return b;
}

const char *kMemberSelect =
    "SELECT m.id, m.body_id, m.person_id, m.actor_id, m.role, p.name, "
    "COALESCE(a.name, pa.name), COALESCE(a.type, pa.type) "
    "FROM membership m LEFT JOIN person p ON p.id = m.person_id "
    "LEFT JOIN actor a ON a.id = m.actor_id LEFT JOIN actor pa ON pa.id = p.actor_id ";

MemberDetail memberFrom(const QSqlQuery &q)
{
    MemberDetail d;
    d.membership.id = q.value(0).toLongLong();
    d.membership.bodyId = q.value(1).toLongLong();
    d.membership.personId = q.value(2).toLongLong();
    d.membership.actorId = q.value(3).toLongLong();
    d.membership.role = Classification::memberRoleFrom(q.value(4).toString()).value_or(MemberRole::Member);
    d.personName = q.value(5).toString();
    d.organisationName = q.value(6).toString();
    if (!q.value(7).isNull())
        d.organisationType = Classification::actorTypeFrom(q.value(7).toString());
    return d;
}
} // namespace

Result<BodyList> BodyRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM body ORDER BY name, id").arg(QLatin1String(kColumns))))
        return m_db.error(q, tr("reading the bodies"));
    BodyList out;
    while (q.next())
        out.append(bodyFrom(q));
    return out;
}

Result<Body> BodyRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading a body"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The body no longer exists (id %1).").arg(id)};
    return bodyFrom(q);
}

Status BodyRepository::writeBody(const Body &b, bool insertWithId, qint64 *newId) const
{
    QSqlQuery q(m_db.connection());
    if (b.id > 0 && !insertWithId)
        q.prepare(QStringLiteral("UPDATE body SET name = ?, kind = ?, area = ?, level = ?, owner_actor_id = ?, "
                                 "parent_body_id = ?, municipality = ?, notes = ?, item_numbering = ? WHERE id = ?"));
    else if (insertWithId)
        q.prepare(QStringLiteral("INSERT INTO body (name, kind, area, level, owner_actor_id, parent_body_id, "
                                 "municipality, notes, item_numbering, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("INSERT INTO body (name, kind, area, level, owner_actor_id, parent_body_id, "
                                 "municipality, notes, item_numbering) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(b.name.trimmed());
    q.addBindValue(Classification::key(b.kind));
    q.addBindValue(int(b.area));
    q.addBindValue(Classification::key(b.level));
    q.addBindValue(idOrNull(b.ownerActorId));
    q.addBindValue(idOrNull(b.parentBodyId));
    q.addBindValue(text(b.municipality));
    q.addBindValue(text(b.notes));
    q.addBindValue(b.itemNumbering == ItemNumbering::RunningPerYear ? QStringLiteral("running")
                                                                    : QStringLiteral("per_meeting"));
    if (b.id > 0)
        q.addBindValue(b.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the body %1").arg(b.name));
    if (b.id > 0 && !insertWithId && q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The body %1 no longer exists.").arg(b.name)};
    if (newId)
        *newId = b.id > 0 ? b.id : (q.next() ? q.value(0).toLongLong() : 0);
    return {};
}

Result<qint64> BodyRepository::add(Body body) const
{
    if (body.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("The body has no name.")};
    body.id = 0;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = writeBody(body, false, &id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BodyRepository::update(Body body) const
{
    if (body.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("The body has no name.")};
    if (body.parentBodyId == body.id && body.id > 0)
        return Error{Error::Kind::Invalid, tr("A body cannot be its own parent.")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writeBody(body, false, nullptr); !s)
        return s;
    return tx.commit();
}

Status BodyRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto body = find(id);
    if (!body)
        return body.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM body WHERE parent_body_id = ? ORDER BY name"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("looking for bodies under %1").arg(body->name));
    QStringList children;
    while (q.next())
        children << q.value(0).toString();
    if (!children.isEmpty())
        return Error{Error::Kind::InUse, tr("%1 cannot be deleted: %2 belongs to it. Delete or move that first.")
                                             .arg(body->name, children.join(QStringLiteral(", ")))};
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM wheel WHERE body_id = ?), "
                             "(SELECT COUNT(*) FROM meeting WHERE body_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.error(q, tr("looking for the wheels and meetings of %1").arg(body->name));
    if (q.value(0).toInt() > 0 || q.value(1).toInt() > 0)
        return Error{Error::Kind::InUse, tr("%1 cannot be deleted: it has annual wheels or meetings. Delete those "
                                            "first.")
                                             .arg(body->name)};
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM body WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting %1").arg(body->name));
    return tx.commit();
}

Status BodyRepository::restore(const Body &body, const MembershipList &members) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writeBody(body, true, nullptr); !s)
        return s;
    for (const Membership &m : members)
        if (Status s = writeMember(m, true, nullptr); !s)
            return s;
    for (const char *table : {"body", "membership"})
        if (const QString reset = m_db.dialect().resetSequence(QString::fromLatin1(table)); !reset.isEmpty())
            if (Status s = m_db.exec(reset); !s)
                return s;
    return tx.commit();
}

Result<MemberDetail> BodyRepository::member(qint64 membershipId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kMemberSelect) + QStringLiteral("WHERE m.id = ?"));
    q.addBindValue(membershipId);
    if (!q.exec())
        return m_db.error(q, tr("reading a seat"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The seat no longer exists.")};
    return memberFrom(q);
}

Result<QVector<MemberDetail>> BodyRepository::members(qint64 bodyId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kMemberSelect) + QStringLiteral("WHERE m.body_id = ? ORDER BY m.id"));
    q.addBindValue(bodyId);
    if (!q.exec())
        return m_db.error(q, tr("reading the members"));
    QVector<MemberDetail> out;
    while (q.next())
        out.append(memberFrom(q));
    return out;
}

Status BodyRepository::checkMember(const Membership &m) const
{
    if (m.personId <= 0 && m.actorId <= 0)
        return Error{Error::Kind::Invalid, tr("A seat needs a person or an organisation.")};
    if (m.bodyId <= 0)
        return Error{Error::Kind::Invalid, tr("A seat needs a body.")};
    if (m.personId > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM membership WHERE body_id = ? AND person_id = ? AND id <> ?"));
        q.addBindValue(m.bodyId);
        q.addBindValue(m.personId);
        q.addBindValue(m.id);
        if (!q.exec() || !q.next())
            return m_db.error(q, tr("checking the seats"));
        if (q.value(0).toInt() > 0)
            return Error{Error::Kind::Duplicate, tr("That person already has a seat in this body.")};
    }
    return {};
}

Status BodyRepository::writeMember(const Membership &m, bool insertWithId, qint64 *newId) const
{
    QSqlQuery q(m_db.connection());
    if (m.id > 0 && !insertWithId)
        q.prepare(QStringLiteral("UPDATE membership SET body_id = ?, person_id = ?, actor_id = ?, role = ? WHERE id = ?"));
    else if (insertWithId)
        q.prepare(QStringLiteral("INSERT INTO membership (body_id, person_id, actor_id, role, id) VALUES (?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("INSERT INTO membership (body_id, person_id, actor_id, role) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.bodyId);
    q.addBindValue(idOrNull(m.personId));
    q.addBindValue(idOrNull(m.actorId));
    q.addBindValue(Classification::key(m.role));
    if (m.id > 0)
        q.addBindValue(m.id);
    if (!q.exec())
        return m_db.error(q, tr("saving a seat"));
    if (newId)
        *newId = m.id > 0 ? m.id : (q.next() ? q.value(0).toLongLong() : 0);
    return {};
}

Result<qint64> BodyRepository::addMember(Membership m) const
{
    m.id = 0;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkMember(m); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = writeMember(m, false, &id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BodyRepository::updateMember(const Membership &m) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkMember(m); !s)
        return s;
    if (Status s = writeMember(m, false, nullptr); !s)
        return s;
    return tx.commit();
}

Status BodyRepository::removeMember(qint64 membershipId) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM membership WHERE id = ?"));
    q.addBindValue(membershipId);
    if (!q.exec())
        return m_db.error(q, tr("removing a seat"));
    return tx.commit();
}

Status BodyRepository::restoreMember(const Membership &m) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writeMember(m, true, nullptr); !s)
        return s;
    return tx.commit();
}

Result<QStringList> BodyRepository::compositionWarnings(qint64 bodyId) const
{
    auto body = find(bodyId);
    if (!body)
        return body.error();
    auto seats = members(bodyId);
    if (!seats)
        return seats.error();
    QVector<BodyComposition::Seat> list;
    for (const MemberDetail &d : *seats)
        list.append({d.membership.role, d.organisationType,
                     d.personName.isEmpty() ? d.organisationName : d.personName});
    return BodyComposition::warnings(body->kind, list);
}
