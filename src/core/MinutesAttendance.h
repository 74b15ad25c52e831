#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QCoreApplication>

// The rules of who is at a meeting and in what role (seed 004): arrival and departure
// in item order, others present beside the members, and the adjusters chosen in the
// item for it — at most two, each present. Each change is made to a copy of the
// minutes and either does all it says or changes nothing, naming what and why.
class MinutesAttendance
{
    Q_DECLARE_TR_FUNCTIONS(MinutesAttendance)
public:
    static constexpr int kMaxAdjusters = 2;

    // The status, role, arrival and departure of the attendee at row, as edited. An
    // attendee cannot leave at an item before the one they arrived at.
    static Status edit(Minutes &minutes, int row, const Attendee &edited);
    // Someone present who is not a member (draft only; a name once).
    static Status addOtherPresent(Minutes &minutes, const Attendee &attendee);
    // Others present may be removed; a member is marked absent instead.
    static Status removeOtherPresent(Minutes &minutes, int row);
    // The adjuster chosen in the item at itemIndex (draft only): present, at most two,
    // and the item's decision says who was chosen. Choosing an adjuster again is no change.
    static Status chooseAdjuster(Minutes &minutes, int itemIndex, const QString &name);
};
