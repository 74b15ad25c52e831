#pragma once

#include "Body.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <tuple>

// Minutes (protokoll) of one meeting, as seed 004 keeps them: a header (body, date
// and time, place), attendance with the chair, the secretary ("vid protokollet") and
// one or two adjusters (justerare), numbered items (§) with discussion, decision and
// assignments, and the adjustments that make them final ("Justerat den").

enum class MinutesState { Draft, ForAdjustment, Final };


enum class AttendanceStatus {
    Present,
    Absent,
    DeputyServing, // a deputy (ersättare) serves in place of a member
};

// What a person present does for the minutes; most do nothing in particular.
enum class MinutesRole { None, Chair, Secretary, Adjuster };

struct Attendee
{
    qint64 personId = 0;   // 0: someone not in the register
    QString name;
    QString party;         // political party, where relevant: "S", "M", ...
    QString organisation;
    bool member = true;    // a member of the body; false: others present
    AttendanceStatus status = AttendanceStatus::Present;
    MinutesRole role = MinutesRole::None;
    int arrivedAtItem = 0; // the § at which the person arrived; 0: from the start
    int leftAtItem = 0;    // the § after which the person left; 0: stayed to the end

    bool isPresent() const { return status != AttendanceStatus::Absent; }
    auto tied() const { return std::tie(personId, name, party, organisation, member, status, role, arrivedAtItem, leftAtItem); }
    friend bool operator==(const Attendee &a, const Attendee &b) { return a.tied() == b.tied(); }
};

enum class AssignmentStatus { Open, Done, CarriedOn };

// "… fick i uppdrag att …": who, what, by when.
struct Assignment
{
    qint64 id = 0;
    qint64 responsiblePersonId = 0;
    QString responsible; // the name, as printed
    QString task;
    QDate due;
    AssignmentStatus status = AssignmentStatus::Open;

    bool isOverdue(const QDate &today) const { return status != AssignmentStatus::Done && due.isValid() && due < today; }
    auto tied() const { return std::tie(id, responsiblePersonId, responsible, task, due, status); }
    friend bool operator==(const Assignment &a, const Assignment &b) { return a.tied() == b.tied(); }
};

// An adjuster's remark on an item while the minutes are out for adjustment.
struct ItemComment
{
    QString author;
    QString text;
    bool resolved = false;
    auto tied() const { return std::tie(author, text, resolved); }
    friend bool operator==(const ItemComment &a, const ItemComment &b) { return a.tied() == b.tied(); }
};

struct MinutesItem
{
    qint64 id = 0;
    int number = 0; // the § number
    QString title;
    QString discussion;
    QString decision;
    QVector<Assignment> assignments;
    QVector<ItemComment> comments;
    auto tied() const { return std::tie(id, number, title, discussion, decision, assignments, comments); }
    friend bool operator==(const MinutesItem &a, const MinutesItem &b) { return a.tied() == b.tied(); }
};

enum class AdjustmentMethod { SignedOnPaper, ConfirmedHere };

// One signatory's adjustment: the chair or an adjuster, the date and how.
struct Adjustment
{
    QString name;
    MinutesRole role = MinutesRole::Adjuster;
    QDate date;
    AdjustmentMethod method = AdjustmentMethod::ConfirmedHere;
    auto tied() const { return std::tie(name, role, date, method); }
    friend bool operator==(const Adjustment &a, const Adjustment &b) { return a.tied() == b.tied(); }
};

struct Minutes
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 bodyId = 0;
    QString bodyName;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    MinutesState state = MinutesState::Draft;
    QVector<Attendee> attendance;
    QVector<MinutesItem> items;
    QVector<Adjustment> adjustments;
    QDate adjustedOn; // "Justerat den": set when the last signatory has adjusted
    // A correction of final minutes is an addition: its number (1, 2, ...) and the
    // minutes it adds to; 0 for the minutes themselves.
    int additionNumber = 0;
    qint64 addsToMinutesId = 0;
    // The seal of final minutes (see MinutesSeal and docs/seal-format.md).
    QByteArray contentHash;  // SHA-256 of the canonical content and previousHash, hex
    QByteArray previousHash; // the seal of the body's previous final minutes, hex; empty for the first
    int sealFormat = 0;      // how contentHash was made: 1 or 2 (MinutesSeal); 0 until sealed

    // The people in a role, in the order of the attendance list.
    QStringList namesIn(MinutesRole role) const;
    QString chair() const { return namesIn(MinutesRole::Chair).value(0); }
    QString secretary() const { return namesIn(MinutesRole::Secretary).value(0); }
    QStringList adjusters() const { return namesIn(MinutesRole::Adjuster); }
    // The person of that name on the attendance list, or null.
    const Attendee *attendee(const QString &name) const;
    bool isEditable() const { return state == MinutesState::Draft; }
};

Q_DECLARE_METATYPE(Minutes)
