#include "MapService.h"

#include "ActorRepository.h"
#include "ActorService.h"
#include "BodyRepository.h"
#include "Door.h"
#include "PersonRepository.h"
#include "Session.h"

Status MapService::moveActor(qint64 id, ActorType type, GeoLevel level, const std::optional<QString> &municipality)
{
    auto found = ActorRepository(m_session.database()).find(id);
    if (!found)
        return found.error();
    Actor a = *found;
    a.type = type;
    a.level = level;
    if (municipality)
        a.municipality = *municipality;
    return m_session.actorService().edit(
        a, tr("Move %1 to %2, %3").arg(a.name, Classification::label(type), Classification::label(level).toLower()));
}

Result<QVector<MapRevisionSummary>> MapService::revisions() const
{
    return MapRevisionRepository(m_session.database()).list();
}

Result<MapRevision> MapService::revision(int number) const
{
    return MapRevisionRepository(m_session.database()).load(number);
}

Result<int> MapService::publish(const QString &owner, const QString &comment)
{
    std::optional<Result<int>> number;
    if (Status s = m_session.door()->write(tr("Publish the map"), [&]() -> Status {
            auto actors = ActorRepository(m_session.database()).all();
            if (!actors)
                return actors.error();
            number = MapRevisionRepository(m_session.database()).publish(owner, comment, *actors);
            return *number ? Status() : Status(number->error());
        });
        !s)
        return s.error();
    emit m_session.mapRevisionsChanged();
    return *number;
}

Result<QSet<qint64>> MapService::organisationsIn(qint64 bodyId) const
{
    auto seats = BodyRepository(m_session.database()).members(bodyId);
    if (!seats)
        return seats.error();
    QSet<qint64> out;
    const PersonRepository people(m_session.database());
    for (const MemberDetail &d : *seats) {
        if (d.membership.actorId > 0) {
            out.insert(d.membership.actorId);
        } else if (d.membership.personId > 0) {
            auto p = people.find(d.membership.personId);
            if (p && p->actorId > 0)
                out.insert(p->actorId);
        }
    }
    return out;
}
