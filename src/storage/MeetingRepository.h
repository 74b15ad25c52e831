#pragma once

#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

// Reads and writes meetings and their agendas. Each write is one transaction.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)
public:
    explicit MeetingRepository(const Database &db) : m_db(db) {}

    // Without agendas, by date. bodyId 0 = every body; year 0 = every year.
    Result<QVector<Meeting>> list(qint64 bodyId = 0, int year = 0) const;
    // The meetings that have no minutes yet, newest first, in one read (not one per meeting).
    Result<QVector<Meeting>> withoutMinutes() const;
    Result<Meeting> load(qint64 id) const;
    // The meeting made from a slot, 0 when none.
    Result<qint64> idForSlot(qint64 slotId) const;

    // Saves a new meeting with its agenda; meeting.id > 0 is kept (undo of a delete).
    Result<qint64> add(const Meeting &meeting) const;
    // Saves the meeting and replaces its agenda; counts a revision.
    Status update(const Meeting &meeting) const;
    Status remove(qint64 id) const;

private:
    Status writeAgenda(qint64 meetingId, const QVector<AgendaItem> &agenda) const;
    const Database &m_db;
};
