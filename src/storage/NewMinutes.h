#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Draft minutes for a meeting, ready to be written in the meeting: its header, the
// body's members on the attendance list (present, deputies absent until they serve;
// the chair and the secretary in their roles) and the agenda as numbered items,
// from § 1 or on from the body's last § of the year.
class NewMinutes
{
    Q_DECLARE_TR_FUNCTIONS(NewMinutes)
public:
    static Result<Minutes> forMeeting(const Database &db, qint64 meetingId, ItemNumbering numbering);
    // Numbered as the meeting's body numbers its minutes.
    static Result<Minutes> forMeeting(const Database &db, qint64 meetingId);
};
