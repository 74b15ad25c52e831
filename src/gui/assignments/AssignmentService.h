#pragma once

#include "Minutes.h"
#include "MinutesRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class Session;

// The follow-up of assignments given in minutes (issue 5): each change passes the
// session's Door as one undo step and says assignmentsChanged().
class AssignmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)
public:
    explicit AssignmentService(Session &session) : m_session(session) {}

    // Assignments given in minutes (bodyId 0: every body), with their follow-up status.
    Result<QVector<AssignmentRecord>> assignments(qint64 bodyId = 0, bool openOnly = false) const;
    // Follows up an assignment (done, carried on or open again) at the meeting of the
    // minutes inMinutesId (0: outside a meeting) on a date; one undo step.
    Status followUp(const AssignmentRecord &assignment, AssignmentStatus status, qint64 inMinutesId, const QDate &on);

private:
    Session &m_session;
};
