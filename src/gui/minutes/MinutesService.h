#pragma once

#include "Meeting.h"
#include "Minutes.h"
#include "MinutesRepository.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The minutes' operations (seed 004): every edit of a draft (or of minutes out for
// adjustment) passes the session's Door as one undo step, text typed in one item
// merging into one step; making minutes final is no undo step. Says minutesChanged().
class MinutesService
{
    Q_DECLARE_TR_FUNCTIONS(MinutesService)
public:
    explicit MinutesService(Session &session) : m_session(session) {}

    Result<QVector<MinutesSummary>> list() const;
    Result<Minutes> load(qint64 id) const;
    Result<QVector<MinutesHit>> search(const QString &text) const;
    // The minutes of a meeting (not its additions); 0 when it has none.
    Result<qint64> idForMeeting(qint64 meetingId) const;
    // The meetings that have no minutes yet, newest first.
    Result<QVector<Meeting>> meetingsWithoutMinutes() const;

    // Replaces the stored minutes with after, one undo step named text. Edits with the
    // same non-empty mergeKey made within seconds of each other (text saved as it is
    // typed) merge into one undo step.
    Status edit(const Minutes &after, const QString &text, const QString &mergeKey = {});
    // The minutes of a meeting, made as a new draft (its members present, its agenda as
    // the items) the first time. Not an undo step.
    Result<qint64> keepMinutesOf(qint64 meetingId);
    // A numbered addition to final minutes, as a new draft. Not an undo step.
    Result<qint64> addAddition(const Minutes &final);
    // Stores new draft minutes (or an addition). Not an undo step.
    Result<qint64> add(const Minutes &minutes);
    // Stores minutes that all have adjusted as final and seals them. Not an undo step:
    // final is final.
    Status finalize(Minutes &minutes);

private:
    Session &m_session;
};
