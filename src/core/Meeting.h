#pragma once

#include "AnnualWheel.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTime>
#include <QVector>

// The kind of an agenda item: the conventional opening and closing items of minutes
// (004) and the rest.
enum class AgendaKind { Opening, Adjuster, AgendaApproval, FollowUp, Topic, Information, OtherMatters, Closing, Other };

struct AgendaItem
{
    qint64 id = 0;
    QString title;
    AgendaKind kind = AgendaKind::Other;
    QString notes;

    bool operator==(const AgendaItem &o) const
    {
        return id == o.id && title == o.title && kind == o.kind && notes == o.notes;
    }
};

// A meeting of a body: when and where, made from a wheel slot or on its own, with its
// agenda in order. The minutes build on it.
struct Meeting
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString bodyName; // for display
    qint64 slotId = 0; // 0 = not from a wheel
    SlotKind kind = SlotKind::ForumMeeting;
    QString title;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    int revision = 0;
    QVector<AgendaItem> agenda;

    bool operator==(const Meeting &o) const
    {
        return id == o.id && bodyId == o.bodyId && slotId == o.slotId && kind == o.kind && title == o.title
            && date == o.date && start == o.start && end == o.end && place == o.place && agenda == o.agenda;
    }
};

// Something on a calendar day of a body, for clash detection and the overview.
struct CalendarEntry
{
    qint64 bodyId = 0;
    QString bodyName;
    QDate date;
    QString label;
};

// Two meetings on the same day whose bodies have members in common.
struct MeetingClash
{
    CalendarEntry first;
    CalendarEntry second;
    QStringList commonMembers;
    QString message() const;
};

class Meetings
{
    Q_DECLARE_TR_FUNCTIONS(Meetings)
public:
    static QString key(AgendaKind kind);
    static std::optional<AgendaKind> agendaKindFromKey(const QString &key);
    static QString name(AgendaKind kind);

    // A meeting from a slot: date, time and place of the slot, with the draft agenda:
    // opening, choice of adjuster, approval of the agenda, follow-up of open
    // assignments, the quarter's focus topics, general information, other matters,
    // closing.
    static Meeting fromSlot(const WheelSlot &slot, qint64 bodyId, const QString &bodyName);
    static QVector<AgendaItem> draftAgenda(const WheelSlot &slot);
    // Refusals: no date, an end before the start, an agenda item without a title.
    static Status validate(const Meeting &meeting);

    // members: for each body, the names of its members (a person, or an organisation seat).
    static QVector<MeetingClash> clashes(const QVector<CalendarEntry> &entries,
                                         const QHash<qint64, QSet<QString>> &members);
};
