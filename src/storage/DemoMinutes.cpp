#include "DemoMinutes.h"

#include "BodyRepository.h"
#include "MeetingRepository.h"
#include "MinutesJson.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"
#include "NewMinutes.h"

namespace {

qint64 bodyNamed(const BodyList &bodies, const QString &name)
{
    for (const Body &b : bodies)
        if (b.name == name)
            return b.id;
    return 0;
}

} // namespace

Status DemoMinutes::add(const Database &db, const QByteArray &minutesJson)
{
    auto entries = MinutesJson::read(minutesJson, QStringLiteral("minutes.json"));
    if (!entries)
        return entries.error();
    auto bodies = BodyRepository(db).all();
    if (!bodies)
        return bodies.error();
    const MinutesRepository minutes(db);
    for (const MinutesJson::Entry &entry : entries.value()) {
        Minutes m = entry.draft;
        m.bodyId = bodyNamed(bodies.value(), m.bodyName);
        if (m.bodyId == 0)
            return Error{Error::Kind::Invalid, tr("minutes.json names an unknown body %1").arg(m.bodyName)};
        Meeting meeting;
        meeting.bodyId = m.bodyId;
        meeting.kind = SlotKind::OtherEvent;
        meeting.title = tr("Meeting");
        meeting.date = m.date;
        meeting.start = m.start;
        meeting.end = m.end;
        meeting.place = m.place;
        auto meetingId = MeetingRepository(db).add(meeting);
        if (!meetingId)
            return meetingId.error();
        m.meetingId = meetingId.value();
        auto id = minutes.add(m);
        if (!id)
            return id.error();
        m = minutes.load(id.value()).value();
        if (entry.adjustments.isEmpty())
            continue;
        if (Status s = MinutesWorkflow::sendForAdjustment(m); !s)
            return s;
        for (const Adjustment &a : entry.adjustments)
            if (Status s = MinutesWorkflow::recordAdjustment(m, a, QDate::currentDate()); !s)
                return s;
        if (Status s = minutes.finalize(m); !s)
            return s;
    }

    // An open draft: the first meeting of the year of Gröna näringar, as the secretary
    // starts it.
    const qint64 forum = bodyNamed(bodies.value(), QStringLiteral("Branschforum Gröna näringar"));
    auto meetings = MeetingRepository(db).list(forum, QDate::currentDate().year());
    if (!meetings)
        return meetings.error();
    if (forum == 0 || meetings->isEmpty())
        return {};
    auto draft = NewMinutes::forMeeting(db, meetings->first().id, ItemNumbering::PerMeeting);
    if (!draft)
        return draft.error();
    if (!draft->items.isEmpty()) {
        draft.value().items[0].discussion = tr("The chair welcomes everyone.");
    }
    auto id = minutes.add(draft.value());
    return id ? Status() : Status(id.error());
}
