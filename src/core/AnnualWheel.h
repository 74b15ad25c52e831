#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <optional>

// The kinds of planned meeting in an annual wheel (001 §6.4.1).
enum class SlotKind { ForumMeeting, WorkingCommitteeMeeting, FutureSeminar, OtherEvent };

// Where a piece of input material stands.
enum class InputStatus { Missing, Requested, Received };

// Input material a meeting needs (underlag): an analysis, statistics, a report.
struct InputItem
{
    qint64 id = 0;
    QString title;
    qint64 responsibleActorId = 0;  // 0 = none
    qint64 responsiblePersonId = 0; // 0 = none
    QString responsibleName;        // as last seen, to name a responsible that was removed
    QDate due;                      // null = not set
    InputStatus status = InputStatus::Missing;

    bool operator==(const InputItem &o) const
    {
        return id == o.id && title == o.title && responsibleActorId == o.responsibleActorId
            && responsiblePersonId == o.responsiblePersonId && responsibleName == o.responsibleName && due == o.due
            && status == o.status;
    }
};

// One planned meeting of a wheel: a quarter, a kind, a date and what it is about.
struct WheelSlot
{
    qint64 id = 0;
    qint64 wheelId = 0;
    int quarter = 1; // 1..4
    SlotKind kind = SlotKind::ForumMeeting;
    QDate date; // planned date; null = not yet set
    QTime start;
    QTime end;
    QString place;
    QString focus;
    QStringList topics;
    QVector<InputItem> inputs;
    int revision = 0; // counts saved changes (the SEQUENCE of the calendar event)

    bool operator==(const WheelSlot &o) const
    {
        return id == o.id && wheelId == o.wheelId && quarter == o.quarter && kind == o.kind && date == o.date
            && start == o.start && end == o.end && place == o.place && focus == o.focus && topics == o.topics
            && inputs == o.inputs;
    }
    bool operator!=(const WheelSlot &o) const { return !(*this == o); }
};

// A body's plan of meetings for one calendar year (årshjul).
struct AnnualWheel
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString bodyName; // for display
    int year = 0;
    QVector<WheelSlot> slotList;

    int count(SlotKind kind) const;
    const WheelSlot *slot(qint64 id) const;
};

// A reusable plan: the slotList without dates. Built-in templates have id 0 and a key.
struct WheelTemplate
{
    qint64 id = 0;
    QString key; // built-in: "seed", "three_forums", "four_forums"; saved: empty
    QString name;
    QVector<WheelSlot> slotList; // dates ignored; inputs keep title and responsible

    QByteArray toJson() const;
    static Result<WheelTemplate> fromJson(const QByteArray &json);
};

// A finding of the rule checks: a warning does not stop a save.
struct WheelWarning
{
    qint64 slotId = 0; // 0 = about the whole wheel
    QString message;
};

class Wheels
{
    Q_DECLARE_TR_FUNCTIONS(Wheels)
public:
    static QString key(SlotKind kind);
    static std::optional<SlotKind> slotKindFromKey(const QString &key);
    static QString name(SlotKind kind);
    static QString key(InputStatus status);
    static std::optional<InputStatus> inputStatusFromKey(const QString &key);
    static QString name(InputStatus status);
    static QVector<SlotKind> slotKinds();

    static int quarterOf(const QDate &date) { return (date.month() - 1) / 3 + 1; }

    // The built-in templates: the seed's wheel (two forum meetings, two working-committee
    // meetings) and the variants with three and four forum meetings.
    static QVector<WheelTemplate> builtInTemplates();
    static std::optional<WheelTemplate> builtInTemplate(const QString &key);

    // A wheel for bodyId and year from a template: each slot planned on the second
    // Tuesday of the quarter's middle month (Q3: September), input material due two
    // weeks before.
    static AnnualWheel fromTemplate(const WheelTemplate &tmpl, qint64 bodyId, int year);
    // The template of a wheel (its slotList without ids and dates).
    static WheelTemplate toTemplate(const AnnualWheel &wheel, const QString &name);
    // The wheel moved to another year: every date on the same weekday about a year on.
    static AnnualWheel copiedToYear(const AnnualWheel &wheel, int year);
    static QDate sameWeekday(const QDate &date, int year);

    // Refusals: a date outside the wheel's year, an end before the start, an empty
    // input title. The message names the slot.
    static Status validate(const WheelSlot &slot, int year);
    // Warnings of the seeds' rules for one forum's wheel and of each slot (wrong
    // quarter, input due on or after its meeting).
    static QVector<WheelWarning> check(const AnnualWheel &wheel, bool isIndustryForum);
    static QVector<WheelWarning> checkSlot(const WheelSlot &slot);
    // One joint future seminar a year across the forums: warns when none is planned
    // or when the forums plan it on different dates.
    static QVector<WheelWarning> checkFutureSeminar(const QVector<AnnualWheel> &wheels);

    static QString describe(const WheelSlot &slot); // "Q2 forum meeting, 2026-05-12"
};
