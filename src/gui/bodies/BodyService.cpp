#include "BodyService.h"

#include "Door.h"
#include "Session.h"

namespace {

// A body as the door keeps it: with its seats, so that undoing a delete brings them back.
struct BodyWithSeats
{
    Body body;
    MembershipList seats;
    bool operator==(const BodyWithSeats &o) const { return body == o.body && seats == o.seats; }
};

Kept<BodyWithSeats> keptBodies(Session &session)
{
    Kept<BodyWithSeats> k;
    k.load = [&session](qint64 id) -> Result<std::optional<BodyWithSeats>> {
        const BodyRepository repo(session.database());
        auto body = snapshotOf(repo.find(id));
        if (!body || !body->has_value())
            return body ? Result<std::optional<BodyWithSeats>>(std::nullopt) : body.error();
        auto seats = repo.members(id);
        if (!seats)
            return seats.error();
        BodyWithSeats b{**body, {}};
        for (const MemberDetail &d : *seats)
            b.seats.append(d.membership);
        return std::optional<BodyWithSeats>(b);
    };
    k.store = [&session](qint64 id, const std::optional<BodyWithSeats> &from,
                         const std::optional<BodyWithSeats> &to) -> Status {
        const BodyRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        return from ? repo.update(to->body) : repo.restore(to->body, to->seats);
    };
    k.shown = [&session](qint64 id, const std::optional<BodyWithSeats> &from, const std::optional<BodyWithSeats> &now) {
        if (!now) {
            session.bodies()->removeById(id);
            return;
        }
        session.bodies()->upsert(now->body);
        session.refreshWarnings(id);
        if (!from && !now->seats.isEmpty()) // a deleted body back with its seats
            emit session.membersChanged(id);
    };
    return k;
}

Kept<Membership> keptSeats(Session &session)
{
    Kept<Membership> k;
    k.load = [&session](qint64 id) -> Result<std::optional<Membership>> {
        auto seat = snapshotOf(BodyRepository(session.database()).member(id));
        if (!seat)
            return seat.error();
        return *seat ? std::optional<Membership>((*seat)->membership) : std::nullopt;
    };
    k.store = [&session](qint64 id, const std::optional<Membership> &from, const std::optional<Membership> &to) -> Status {
        const BodyRepository repo(session.database());
        if (!to)
            return repo.removeMember(id);
        return from ? repo.updateMember(*to) : repo.restoreMember(*to);
    };
    k.shown = [&session](qint64, const std::optional<Membership> &from, const std::optional<Membership> &now) {
        const qint64 bodyId = now ? now->bodyId : from ? from->bodyId : 0;
        session.refreshWarnings(bodyId);
        emit session.membersChanged(bodyId);
    };
    return k;
}

} // namespace

Result<BodyList> BodyService::all() const
{
    return BodyRepository(m_session.database()).all();
}

Result<Body> BodyService::find(qint64 id) const
{
    return BodyRepository(m_session.database()).find(id);
}

Result<QStringList> BodyService::compositionWarnings(qint64 bodyId) const
{
    return BodyRepository(m_session.database()).compositionWarnings(bodyId);
}

Result<qint64> BodyService::add(const Body &body)
{
    return m_session.door()->edit<BodyWithSeats>(
        keptBodies(m_session), 0, [&] { return BodyRepository(m_session.database()).add(body); },
        [](const std::optional<BodyWithSeats> &, const std::optional<BodyWithSeats> &after) {
            return tr("Add %1").arg(after ? after->body.name : QString());
        });
}

Status BodyService::edit(const Body &body)
{
    auto r = m_session.door()->edit<BodyWithSeats>(
        keptBodies(m_session), body.id,
        [&]() -> Result<qint64> {
            if (Status s = BodyRepository(m_session.database()).update(body); !s)
                return s.error();
            return body.id;
        },
        [](const std::optional<BodyWithSeats> &, const std::optional<BodyWithSeats> &after) {
            return tr("Edit %1").arg(after ? after->body.name : QString());
        });
    return r ? Status() : Status(r.error());
}

Status BodyService::remove(qint64 id)
{
    auto r = m_session.door()->edit<BodyWithSeats>(
        keptBodies(m_session), id,
        [&]() -> Result<qint64> {
            if (Status s = BodyRepository(m_session.database()).remove(id); !s)
                return s.error();
            return id;
        },
        [](const std::optional<BodyWithSeats> &before, const std::optional<BodyWithSeats> &) {
            return tr("Delete %1").arg(before ? before->body.name : QString());
        });
    return r ? Status() : Status(r.error());
}

Result<QVector<MemberDetail>> BodyService::members(qint64 bodyId) const
{
    return BodyRepository(m_session.database()).members(bodyId);
}

QString BodyService::seatHolder(qint64 membershipId) const
{
    auto seat = BodyRepository(m_session.database()).member(membershipId);
    if (!seat)
        return QString();
    return seat->personName.isEmpty() ? seat->organisationName : seat->personName;
}

Result<qint64> BodyService::addMember(const Membership &member)
{
    return m_session.door()->edit<Membership>(
        keptSeats(m_session), 0, [&] { return BodyRepository(m_session.database()).addMember(member); },
        [this](const std::optional<Membership> &, const std::optional<Membership> &after) {
            return tr("Add seat for %1").arg(after ? seatHolder(after->id) : QString());
        });
}

Status BodyService::editMember(const Membership &member)
{
    const QString who = seatHolder(member.id);
    auto r = m_session.door()->edit<Membership>(
        keptSeats(m_session), member.id,
        [&]() -> Result<qint64> {
            if (Status s = BodyRepository(m_session.database()).updateMember(member); !s)
                return s.error();
            return member.id;
        },
        fixedText<Membership>(tr("Change seat of %1").arg(who)));
    return r ? Status() : Status(r.error());
}

Status BodyService::removeMember(qint64 membershipId)
{
    const QString who = seatHolder(membershipId);
    auto r = m_session.door()->edit<Membership>(
        keptSeats(m_session), membershipId,
        [&]() -> Result<qint64> {
            if (Status s = BodyRepository(m_session.database()).removeMember(membershipId); !s)
                return s.error();
            return membershipId;
        },
        fixedText<Membership>(tr("Remove seat of %1").arg(who)));
    return r ? Status() : Status(r.error());
}
