#include "MinutesService.h"

#include "Door.h"
#include "MeetingRepository.h"
#include "MinutesWorkflow.h"
#include "NewMinutes.h"
#include "Session.h"

#include <algorithm>

namespace {

bool sameMinutes(const Minutes &a, const Minutes &b)
{
    return a.id == b.id && a.state == b.state && a.bodyName == b.bodyName && a.date == b.date && a.start == b.start
        && a.end == b.end && a.place == b.place && a.attendance == b.attendance && a.items == b.items
        && a.adjustments == b.adjustments && a.adjustedOn == b.adjustedOn;
}

Kept<Minutes> keptMinutes(Session &session)
{
    Kept<Minutes> k;
    k.load = [&session](qint64 id) { return snapshotOf(MinutesRepository(session.database()).load(id)); };
    k.store = [&session](qint64, const std::optional<Minutes> &, const std::optional<Minutes> &to) -> Status {
        if (!to)
            return Error{Error::Kind::Invalid, MinutesService::tr("Minutes are never deleted.")};
        auto saved = MinutesRepository(session.database()).save(*to);
        return saved ? Status() : Status(saved.error());
    };
    k.shown = [&session](qint64 id, const std::optional<Minutes> &, const std::optional<Minutes> &) {
        emit session.minutesChanged(id);
    };
    k.same = sameMinutes;
    return k;
}

} // namespace

Result<QVector<MinutesSummary>> MinutesService::list() const
{
    return MinutesRepository(m_session.database()).list();
}

Result<Minutes> MinutesService::load(qint64 id) const
{
    return MinutesRepository(m_session.database()).load(id);
}

Result<QVector<MinutesHit>> MinutesService::search(const QString &text) const
{
    return MinutesRepository(m_session.database()).search(text);
}

Result<qint64> MinutesService::idForMeeting(qint64 meetingId) const
{
    return MinutesRepository(m_session.database()).idForMeeting(meetingId);
}

Result<QVector<Meeting>> MinutesService::meetingsWithoutMinutes() const
{
    auto meetings = MeetingRepository(m_session.database()).list();
    if (!meetings)
        return meetings.error();
    const MinutesRepository minutes(m_session.database());
    QVector<Meeting> without;
    for (const Meeting &m : *meetings) {
        auto id = minutes.idForMeeting(m.id);
        if (!id)
            return id.error();
        if (*id == 0)
            without << m;
    }
    std::sort(without.begin(), without.end(), [](const Meeting &a, const Meeting &b) { return a.date > b.date; });
    return without;
}

Status MinutesService::edit(const Minutes &after, const QString &text, const QString &mergeKey)
{
    auto r = m_session.door()->edit<Minutes>(
        keptMinutes(m_session), after.id,
        [&]() -> Result<qint64> {
            auto saved = MinutesRepository(m_session.database()).save(after);
            if (!saved)
                return saved.error();
            return after.id;
        },
        fixedText<Minutes>(text), mergeKey);
    return r ? Status() : Status(r.error());
}

Result<qint64> MinutesService::keepMinutesOf(qint64 meetingId)
{
    auto existing = idForMeeting(meetingId);
    if (!existing || *existing)
        return existing;
    auto draft = NewMinutes::forMeeting(m_session.database(), meetingId);
    if (!draft)
        return draft.error();
    return add(*draft);
}

Result<qint64> MinutesService::addAddition(const Minutes &final)
{
    auto all = list();
    if (!all)
        return all.error();
    int number = 0;
    for (const MinutesSummary &s : *all)
        if (s.meetingId == final.meetingId)
            number = qMax(number, s.additionNumber);
    auto addition = MinutesWorkflow::makeAddition(final, number + 1);
    if (!addition)
        return addition.error();
    return add(*addition);
}

Result<qint64> MinutesService::add(const Minutes &minutes)
{
    std::optional<Result<qint64>> id;
    if (Status s = m_session.door()->write(tr("New minutes"), [&]() -> Status {
            id = MinutesRepository(m_session.database()).add(minutes);
            return *id ? Status() : Status(id->error());
        });
        !s)
        return s.error();
    emit m_session.minutesChanged(**id);
    return *id;
}

Status MinutesService::finalize(Minutes &minutes)
{
    Status s = m_session.door()->write(tr("Make the minutes final"),
                                       [&] { return MinutesRepository(m_session.database()).finalize(minutes); });
    if (s)
        emit m_session.minutesChanged(minutes.id);
    return s;
}
