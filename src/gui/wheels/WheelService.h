#pragma once

#include "AnnualWheel.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Session;

// The annual wheels' operations (seed 001 §6.4.1): wheels, their slots and the meetings
// made from them. Each edit passes the session's Door as one undo step (a refusal
// changes nothing and says why) and says wheelsChanged().
class WheelService
{
    Q_DECLARE_TR_FUNCTIONS(WheelService)
public:
    explicit WheelService(Session &session) : m_session(session) {}

    // The body's wheel of a year; id 0 (with the body and year filled in) when it has none.
    Result<AnnualWheel> wheelOf(qint64 bodyId, int year) const;
    // Every wheel of a year (the regional overview).
    Result<QVector<AnnualWheel>> ofYear(int year) const;
    // For each body the names of its members (clashes between forums).
    Result<QHash<qint64, QSet<QString>>> memberNames() const;
    Result<WheelSlot> slot(qint64 slotId) const;
    // The meetings of a year (bodyId 0: every body), without agendas.
    Result<QVector<Meeting>> meetings(qint64 bodyId, int year) const;
    // The same with their agendas (the calendar export).
    Result<QVector<Meeting>> meetingsWithAgendas(qint64 bodyId, int year) const;
    Result<Meeting> meeting(qint64 id) const;
    Result<QVector<WheelTemplate>> templates() const;

    Result<qint64> createWheel(qint64 bodyId, int year, const WheelTemplate &tmpl);
    Result<qint64> copyLastYear(qint64 bodyId, int year);
    Status editSlot(const WheelSlot &slot);
    Result<qint64> addSlot(const WheelSlot &slot);
    // Refused for a slot that has become a meeting.
    Status removeSlot(qint64 slotId);
    // A meeting with the draft agenda made from the slot; the meeting's body is the
    // wheel's body.
    Result<qint64> turnIntoMeeting(qint64 slotId);
    Status editMeeting(const Meeting &meeting);
    // Saved for the next wheels; no undo step.
    Result<qint64> saveTemplate(const AnnualWheel &wheel, const QString &name);

private:
    Session &m_session;
};
