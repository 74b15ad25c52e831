#include "MinutesService.h"

#include "Door.h"
#include "MeetingRepository.h"
#include "MinutesWorkflow.h"
#include "NewMinutes.h"
#include "Session.h"

namespace {

bool sameMinutes(const Minutes &a, const Minutes &b)
{
    return a.id == b.id && a.state == b.state && a.bodyName == b.bodyName && a.date == b.date && a.start == b.start
        && a.end == b.end && a.place == b.place && a.attendance == b.attendance && a.items == b.items
        && a.adjustments == b.adjustments && a.adjustedOn == b.adjustedOn;
}

// The index of the one item whose text alone differs (title, discussion, decision), or
// -1 when anything else differs too: what typing in an item changes.
qsizetype onlyItemText(const Minutes &a, const Minutes &b)
{
    if (a.id != b.id || a.state != b.state || a.bodyName != b.bodyName || a.date != b.date || a.start != b.start
        || a.end != b.end || a.place != b.place || a.attendance != b.attendance || a.adjustments != b.adjustments
        || a.adjustedOn != b.adjustedOn || a.items.size() != b.items.size())
        return -1;
    qsizetype changed = -1;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const MinutesItem &x = a.items.at(i);
        const MinutesItem &y = b.items.at(i);
        if (x == y)
            continue;
        if (changed >= 0 || x.id <= 0 || x.id != y.id || x.number != y.number || x.assignments != y.assignments
            || x.comments != y.comments)
            return -1;
        changed = i;
    }
    return changed;
}

Kept<Minutes> keptMinutes(Session &session)
{
    Kept<Minutes> k;
    k.load = [&session](qint64 id) { return snapshotOf(MinutesRepository(session.database()).load(id)); };
    k.store = [&session](qint64, const std::optional<Minutes> &from, const std::optional<Minutes> &to) -> Status {
        if (!to)
            return Error{Error::Kind::Invalid, MinutesService::tr("Minutes are never deleted.")};
        // Typing in one item writes that item (and its search row), not the whole minutes.
        if (from && to->isEditable())
            if (const qsizetype i = onlyItemText(*from, *to); i >= 0)
                return MinutesRepository(session.database()).saveItemText(to->id, to->items.at(i));
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
    return MeetingRepository(m_session.database()).withoutMinutes(); // one query, not one per meeting
}

Status MinutesService::edit(const Minutes &after, const QString &text, const QString &mergeKey)
{
    // Through the kind's store, which writes only the item when only one item's text
    // changed (and the whole minutes otherwise).
    return m_session.door()->change<Minutes>(
        keptMinutes(m_session), after.id,
        [&](Minutes &m) -> Status {
            m = after;
            return {};
        },
        fixedText<Minutes>(text), mergeKey);
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
