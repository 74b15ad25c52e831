#include "WheelService.h"

#include "Door.h"
#include "MeetingRepository.h"
#include "Session.h"
#include "WheelRepository.h"

namespace {

Kept<AnnualWheel> keptWheels(Session &session)
{
    Kept<AnnualWheel> k;
    k.load = [&session](qint64 id) { return snapshotOf(WheelRepository(session.database()).load(id)); };
    k.store = [&session](qint64 id, const std::optional<AnnualWheel> &from, const std::optional<AnnualWheel> &to) -> Status {
        const WheelRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        if (from)
            return Error{Error::Kind::Invalid, WheelService::tr("A wheel changes slot by slot.")};
        auto again = repo.add(*to); // keeps the ids
        return again ? Status() : Status(again.error());
    };
    k.shown = [&session](qint64, const std::optional<AnnualWheel> &, const std::optional<AnnualWheel> &) {
        emit session.wheelsChanged();
    };
    return k;
}

Kept<WheelSlot> keptSlots(Session &session)
{
    Kept<WheelSlot> k;
    k.load = [&session](qint64 id) { return snapshotOf(WheelRepository(session.database()).slot(id)); };
    k.store = [&session](qint64 id, const std::optional<WheelSlot> &from, const std::optional<WheelSlot> &to) -> Status {
        const WheelRepository repo(session.database());
        if (!to)
            return repo.removeSlot(id);
        if (from)
            return repo.updateSlot(*to);
        auto again = repo.addSlot(*to); // keeps the id
        return again ? Status() : Status(again.error());
    };
    k.shown = [&session](qint64, const std::optional<WheelSlot> &, const std::optional<WheelSlot> &) {
        emit session.wheelsChanged();
    };
    return k;
}

Kept<Meeting> keptMeetings(Session &session)
{
    Kept<Meeting> k;
    k.load = [&session](qint64 id) { return snapshotOf(MeetingRepository(session.database()).load(id)); };
    k.store = [&session](qint64 id, const std::optional<Meeting> &from, const std::optional<Meeting> &to) -> Status {
        const MeetingRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        if (from)
            return repo.update(*to);
        auto again = repo.add(*to); // keeps the id
        return again ? Status() : Status(again.error());
    };
    k.shown = [&session](qint64, const std::optional<Meeting> &, const std::optional<Meeting> &) {
        emit session.wheelsChanged();
    };
    return k;
}

} // namespace

Result<AnnualWheel> WheelService::wheelOf(qint64 bodyId, int year) const
{
    const WheelRepository repo(m_session.database());
    auto id = repo.idFor(bodyId, year);
    if (!id)
        return id.error();
    if (*id)
        return repo.load(*id);
    AnnualWheel none;
    none.bodyId = bodyId;
    none.year = year;
    return none;
}

Result<QVector<AnnualWheel>> WheelService::ofYear(int year) const
{
    return WheelRepository(m_session.database()).ofYear(year);
}

Result<QHash<qint64, QSet<QString>>> WheelService::memberNames() const
{
    return WheelRepository(m_session.database()).memberNames();
}

Result<WheelSlot> WheelService::slot(qint64 slotId) const
{
    return WheelRepository(m_session.database()).slot(slotId);
}

Result<QVector<Meeting>> WheelService::meetings(qint64 bodyId, int year) const
{
    return MeetingRepository(m_session.database()).list(bodyId, year);
}

Result<QVector<Meeting>> WheelService::meetingsWithAgendas(qint64 bodyId, int year) const
{
    const MeetingRepository repo(m_session.database());
    auto list = repo.list(bodyId, year);
    if (!list)
        return list.error();
    QVector<Meeting> full;
    for (const Meeting &m : *list) {
        auto one = repo.load(m.id);
        if (!one)
            return one.error();
        full.append(*one);
    }
    return full;
}

Result<Meeting> WheelService::meeting(qint64 id) const
{
    return MeetingRepository(m_session.database()).load(id);
}

Result<QVector<WheelTemplate>> WheelService::templates() const
{
    return WheelRepository(m_session.database()).templates();
}

Result<qint64> WheelService::createWheel(qint64 bodyId, int year, const WheelTemplate &tmpl)
{
    return m_session.door()->edit<AnnualWheel>(
        keptWheels(m_session), 0,
        [&] { return WheelRepository(m_session.database()).createFromTemplate(bodyId, year, tmpl); },
        [year](const std::optional<AnnualWheel> &, const std::optional<AnnualWheel> &after) {
            return tr("New annual wheel %1 for %2").arg(year).arg(after ? after->bodyName : QString());
        });
}

Result<qint64> WheelService::copyLastYear(qint64 bodyId, int year)
{
    return m_session.door()->edit<AnnualWheel>(
        keptWheels(m_session), 0,
        [&] { return WheelRepository(m_session.database()).copyFromYear(bodyId, year - 1, year); },
        fixedText<AnnualWheel>(tr("Copy the annual wheel of %1 to %2").arg(year - 1).arg(year)));
}

Status WheelService::editSlot(const WheelSlot &slot)
{
    auto before = WheelRepository(m_session.database()).slot(slot.id);
    if (!before)
        return before.error();
    if (*before == slot) // saving it unchanged would still count a revision
        return {};
    auto r = m_session.door()->edit<WheelSlot>(
        keptSlots(m_session), slot.id,
        [&]() -> Result<qint64> {
            if (Status s = WheelRepository(m_session.database()).updateSlot(slot); !s)
                return s.error();
            return slot.id;
        },
        fixedText<WheelSlot>(tr("Edit %1").arg(Wheels::describe(*before))));
    return r ? Status() : Status(r.error());
}

Result<qint64> WheelService::addSlot(const WheelSlot &slot)
{
    return m_session.door()->edit<WheelSlot>(
        keptSlots(m_session), 0, [&] { return WheelRepository(m_session.database()).addSlot(slot); },
        [](const std::optional<WheelSlot> &, const std::optional<WheelSlot> &after) {
            return tr("Add %1").arg(after ? Wheels::describe(*after) : QString());
        });
}

Status WheelService::removeSlot(qint64 slotId)
{
    auto stored = WheelRepository(m_session.database()).slot(slotId);
    if (!stored)
        return stored.error();
    auto meeting = MeetingRepository(m_session.database()).idForSlot(slotId);
    if (!meeting)
        return meeting.error();
    if (*meeting)
        return Error{Error::Kind::InUse, tr("The %1 has become a meeting; it stays in the wheel so that the meeting "
                                            "keeps its place.")
                                             .arg(Wheels::describe(*stored))};
    auto r = m_session.door()->edit<WheelSlot>(
        keptSlots(m_session), slotId,
        [&]() -> Result<qint64> {
            if (Status s = WheelRepository(m_session.database()).removeSlot(slotId); !s)
                return s.error();
            return slotId;
        },
        fixedText<WheelSlot>(tr("Delete %1").arg(Wheels::describe(*stored))));
    return r ? Status() : Status(r.error());
}

Result<qint64> WheelService::turnIntoMeeting(qint64 slotId)
{
    const Database &db = m_session.database();
    auto slot = WheelRepository(db).slot(slotId);
    if (!slot)
        return slot.error();
    auto existing = MeetingRepository(db).idForSlot(slotId);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{Error::Kind::Duplicate, tr("The %1 is already a meeting.").arg(Wheels::describe(*slot))};
    if (!slot->date.isValid())
        return Error{Error::Kind::Invalid, tr("The %1 has no date yet; plan a date first.").arg(Wheels::describe(*slot))};
    auto wheel = WheelRepository(db).load(slot->wheelId);
    if (!wheel)
        return wheel.error();
    const Meeting draft = Meetings::fromSlot(*slot, wheel->bodyId, wheel->bodyName);
    return m_session.door()->edit<Meeting>(
        keptMeetings(m_session), 0, [&] { return MeetingRepository(m_session.database()).add(draft); },
        fixedText<Meeting>(tr("Turn %1 into a meeting").arg(Wheels::describe(*slot))));
}

Status WheelService::editMeeting(const Meeting &meeting)
{
    auto before = MeetingRepository(m_session.database()).load(meeting.id);
    if (!before)
        return before.error();
    if (*before == meeting) // saving it unchanged would still count a revision
        return {};
    auto r = m_session.door()->edit<Meeting>(
        keptMeetings(m_session), meeting.id,
        [&]() -> Result<qint64> {
            if (Status s = MeetingRepository(m_session.database()).update(meeting); !s)
                return s.error();
            return meeting.id;
        },
        fixedText<Meeting>(tr("Edit the meeting %1").arg(before->title)));
    return r ? Status() : Status(r.error());
}

Result<qint64> WheelService::saveTemplate(const AnnualWheel &wheel, const QString &name)
{
    std::optional<Result<qint64>> id;
    if (Status s = m_session.door()->write(tr("Save as template"), [&]() -> Status {
            id = WheelRepository(m_session.database()).saveTemplate(Wheels::toTemplate(wheel, name));
            return *id ? Status() : Status(id->error());
        });
        !s)
        return s.error();
    return *id;
}
