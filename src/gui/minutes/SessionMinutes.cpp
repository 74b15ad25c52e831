#include "Session.h"

#include "MeetingRepository.h"


// Session's operations on minutes and the follow-up of their assignments (issue 5).

// ---- minutes ----

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

} // namespace

Result<QVector<MinutesSummary>> Session::minutesList() const
{
    return MinutesRepository(*m_db).list();
}

Result<Minutes> Session::loadMinutes(qint64 id) const
{
    return MinutesRepository(*m_db).load(id);
}

Result<QVector<MinutesHit>> Session::searchMinutes(const QString &text) const
{
    return MinutesRepository(*m_db).search(text);
}

Result<qint64> Session::minutesIdForMeeting(qint64 meetingId) const
{
    return MinutesRepository(*m_db).idForMeeting(meetingId);
}

Result<QVector<Meeting>> Session::meetingsWithoutMinutes() const
{
    return MeetingRepository(*m_db).withoutMinutes();
}

Status Session::editMinutes(const Minutes &before, const Minutes &after, const QString &text, const QString &mergeKey)
{
    if (sameMinutes(before, after))
        return {};
    if (const qsizetype i = onlyItemText(before, after); i >= 0 && after.isEditable()) {
        // Typing in one item writes that item (and its search row), not the whole minutes.
        const qint64 id = after.id;
        auto write = [this, id](const MinutesItem &item) {
            return [this, id, item]() -> Status {
                if (Status s = MinutesRepository(*m_db).saveItemText(id, item); !s)
                    return s;
                emit minutesChanged(id);
                return {};
            };
        };
        if (Status s = write(after.items.at(i))(); !s)
            return s;
        push(text, write(after.items.at(i)), write(before.items.at(i)), mergeKey);
        return {};
    }
    auto saved = MinutesRepository(*m_db).save(after);
    if (!saved)
        return saved.error();
    auto apply = [this](const Minutes &m) {
        return [this, m]() -> Status {
            auto s = MinutesRepository(*m_db).save(m);
            if (!s)
                return s.error();
            emit minutesChanged(m.id);
            return {};
        };
    };
    emit minutesChanged(after.id);
    push(text, apply(*saved), apply(before), mergeKey);
    return {};
}

Result<qint64> Session::addMinutes(const Minutes &minutes)
{
    auto id = MinutesRepository(*m_db).add(minutes);
    if (id)
        emit minutesChanged(*id);
    return id;
}

Status Session::finalizeMinutes(Minutes &minutes)
{
    Status s = MinutesRepository(*m_db).finalize(minutes);
    if (s)
        emit minutesChanged(minutes.id);
    return s;
}

Result<QVector<AssignmentRecord>> Session::assignments(qint64 bodyId, bool openOnly) const
{
    return MinutesRepository(*m_db).assignments(bodyId, openOnly);
}

Status Session::followUpAssignment(const AssignmentRecord &assignment, AssignmentStatus status, qint64 inMinutesId,
                                   const QDate &on)
{
    const AssignmentStatus before = assignment.assignment.status;
    if (before == status)
        return {};
    const qint64 id = assignment.assignment.id;
    auto apply = [this, id](AssignmentStatus s, qint64 minutesId, const QDate &date) {
        return [this, id, s, minutesId, date]() -> Status {
            Status r = MinutesRepository(*m_db).followUp(id, s, minutesId, date);
            if (r)
                emit assignmentsChanged();
            return r;
        };
    };
    if (Status s = apply(status, inMinutesId, on)(); !s)
        return s;
    QString text;
    switch (status) {
    case AssignmentStatus::Done:
        text = tr("Mark the assignment of %1 done").arg(assignment.assignment.responsible);
        break;
    case AssignmentStatus::CarriedOn:
        text = tr("Carry on the assignment of %1").arg(assignment.assignment.responsible);
        break;
    case AssignmentStatus::Open:
        text = tr("Reopen the assignment of %1").arg(assignment.assignment.responsible);
        break;
    }
    push(text, apply(status, inMinutesId, on),
         apply(before, assignment.followedUpInMinutesId, assignment.followedUpOn));
    return {};
}
