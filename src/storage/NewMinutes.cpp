#include "NewMinutes.h"

#include "BodyRepository.h"
#include "MeetingRepository.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"

Result<Minutes> NewMinutes::forMeeting(const Database &db, qint64 meetingId, ItemNumbering numbering)
{
    auto meeting = MeetingRepository(db).load(meetingId);
    if (!meeting)
        return meeting.error();
    auto members = BodyRepository(db).members(meeting->bodyId);
    if (!members)
        return members.error();
    Minutes m;
    m.meetingId = meeting->id;
    m.bodyId = meeting->bodyId;
    m.bodyName = meeting->bodyName;
    m.date = meeting->date;
    m.start = meeting->start;
    m.end = meeting->end;
    m.place = meeting->place;
    for (const MemberDetail &d : members.value()) {
        Attendee a;
        a.personId = d.membership.personId;
        a.name = d.personName.isEmpty() ? d.organisationName : d.personName;
        a.organisation = d.organisationName;
        switch (d.membership.role) {
        case MemberRole::Chair:
            a.role = MinutesRole::Chair;
            break;
        case MemberRole::Secretary:
            a.role = MinutesRole::Secretary;
            a.member = false;
            break;
        case MemberRole::Deputy:
            a.status = AttendanceStatus::Absent;
            break;
        default:
            break;
        }
        if (!a.name.trimmed().isEmpty())
            m.attendance.append(a);
    }
    QStringList titles;
    for (const AgendaItem &item : meeting->agenda)
        titles << item.title;
    int first = 1;
    if (numbering == ItemNumbering::RunningPerYear) {
        auto last = MinutesRepository(db).lastItemNumber(m.bodyId, m.date.year());
        if (!last)
            return last.error();
        first = MinutesWorkflow::firstItemNumber(numbering, last.value());
    }
    m.items = MinutesWorkflow::itemsFromAgenda(titles, first);
    return m;
}

Result<Minutes> NewMinutes::forMeeting(const Database &db, qint64 meetingId)
{
    auto meeting = MeetingRepository(db).load(meetingId);
    if (!meeting)
        return meeting.error();
    auto body = BodyRepository(db).find(meeting->bodyId);
    if (!body)
        return body.error();
    return forMeeting(db, meetingId, body->itemNumbering);
}
