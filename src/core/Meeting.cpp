#include "Meeting.h"

#include <QMap>

#include <algorithm>

namespace {

struct AgendaKey
{
    AgendaKind kind;
    const char *key;
    const char *name;
};

const AgendaKey kAgendaKinds[] = {
    {AgendaKind::Opening, "opening", QT_TRANSLATE_NOOP("Meetings", "Opening of the meeting")},
    {AgendaKind::Adjuster, "adjuster", QT_TRANSLATE_NOOP("Meetings", "Choice of adjuster")},
    {AgendaKind::AgendaApproval, "agenda_approval", QT_TRANSLATE_NOOP("Meetings", "Approval of the agenda")},
    {AgendaKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Meetings", "Follow-up of open assignments")},
    {AgendaKind::Topic, "topic", QT_TRANSLATE_NOOP("Meetings", "Topic")},
    {AgendaKind::Information, "information", QT_TRANSLATE_NOOP("Meetings", "General information")},
    {AgendaKind::OtherMatters, "other_matters", QT_TRANSLATE_NOOP("Meetings", "Other matters")},
    {AgendaKind::Closing, "closing", QT_TRANSLATE_NOOP("Meetings", "Closing of the meeting")},
    {AgendaKind::Other, "other", QT_TRANSLATE_NOOP("Meetings", "Other item")},
};

} // namespace

QString Meetings::key(AgendaKind kind)
{
    for (const AgendaKey &k : kAgendaKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<AgendaKind> Meetings::agendaKindFromKey(const QString &key)
{
    for (const AgendaKey &k : kAgendaKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString Meetings::name(AgendaKind kind)
{
    for (const AgendaKey &k : kAgendaKinds)
        if (k.kind == kind)
            return tr(k.name);
    return {};
}

QVector<AgendaItem> Meetings::draftAgenda(const WheelSlot &slot)
{
    QVector<AgendaItem> out;
    auto add = [&out](AgendaKind kind, const QString &title, const QString &notes = QString()) {
        out.append(AgendaItem{0, title, kind, notes});
    };
    add(AgendaKind::Opening, name(AgendaKind::Opening));
    add(AgendaKind::Adjuster, name(AgendaKind::Adjuster));
    add(AgendaKind::AgendaApproval, name(AgendaKind::AgendaApproval));
    add(AgendaKind::FollowUp, name(AgendaKind::FollowUp));
    QStringList inputs;
    for (const InputItem &i : slot.inputs)
        inputs << i.title;
    if (slot.topics.isEmpty() && !slot.focus.isEmpty())
        add(AgendaKind::Topic, slot.focus, inputs.isEmpty() ? QString() : tr("Input material: %1").arg(inputs.join(QStringLiteral("; "))));
    for (int i = 0; i < slot.topics.size(); ++i)
        add(AgendaKind::Topic, slot.topics.at(i),
            i == 0 && !inputs.isEmpty() ? tr("Input material: %1").arg(inputs.join(QStringLiteral("; "))) : QString());
    add(AgendaKind::Information, name(AgendaKind::Information));
    add(AgendaKind::OtherMatters, name(AgendaKind::OtherMatters));
    add(AgendaKind::Closing, name(AgendaKind::Closing));
    return out;
}

Meeting Meetings::fromSlot(const WheelSlot &slot, qint64 bodyId, const QString &bodyName)
{
    Meeting m;
    m.bodyId = bodyId;
    m.bodyName = bodyName;
    m.slotId = slot.id;
    m.kind = slot.kind;
    m.title = slot.focus.isEmpty() ? Wheels::name(slot.kind) : tr("%1: %2").arg(Wheels::name(slot.kind), slot.focus);
    m.date = slot.date;
    m.start = slot.start;
    m.end = slot.end;
    m.place = slot.place;
    m.agenda = draftAgenda(slot);
    return m;
}

Status Meetings::validate(const Meeting &meeting)
{
    if (meeting.bodyId <= 0)
        return Error{Error::Kind::Invalid, tr("A meeting belongs to a body; none is chosen.")};
    if (!meeting.date.isValid())
        return Error{Error::Kind::Invalid, tr("The meeting %1 has no date.").arg(meeting.title)};
    if (meeting.start.isValid() && meeting.end.isValid() && meeting.end <= meeting.start)
        return Error{Error::Kind::Invalid, tr("The meeting %1 on %2 ends at %3, which is not after its start at %4.")
                                               .arg(meeting.title, meeting.date.toString(Qt::ISODate),
                                                    meeting.end.toString(QStringLiteral("HH:mm")),
                                                    meeting.start.toString(QStringLiteral("HH:mm")))};
    for (int i = 0; i < meeting.agenda.size(); ++i)
        if (meeting.agenda.at(i).title.trimmed().isEmpty())
            return Error{Error::Kind::Invalid,
                         tr("Item %1 of the agenda of %2 has no title.").arg(i + 1).arg(meeting.title)};
    return {};
}

QString MeetingClash::message() const
{
    return Meetings::tr("%1: %2 and %3 meet on the same day and have members in common (%4).")
        .arg(first.date.toString(Qt::ISODate), first.bodyName, second.bodyName,
             commonMembers.join(QStringLiteral(", ")));
}

QVector<MeetingClash> Meetings::clashes(const QVector<CalendarEntry> &entries,
                                        const QHash<qint64, QSet<QString>> &members)
{
    QMap<QDate, QVector<const CalendarEntry *>> byDay;
    for (const CalendarEntry &e : entries)
        if (e.date.isValid())
            byDay[e.date].append(&e);
    QVector<MeetingClash> out;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const auto &day = it.value();
        for (int i = 0; i < day.size(); ++i)
            for (int j = i + 1; j < day.size(); ++j) {
                const CalendarEntry &a = *day.at(i);
                const CalendarEntry &b = *day.at(j);
                if (a.bodyId == b.bodyId)
                    continue;
                QSet<QString> common = members.value(a.bodyId);
                common.intersect(members.value(b.bodyId));
                if (common.isEmpty())
                    continue;
                QStringList names(common.cbegin(), common.cend());
                std::sort(names.begin(), names.end());
                out.append(MeetingClash{a, b, names});
            }
    }
    return out;
}
