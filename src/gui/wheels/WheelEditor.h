#pragma once

#include "AnnualWheel.h"
#include "Meeting.h"
#include "Result.h"

#include <QObject>

class Session;

// The edits of the Wheels tab: each writes in a transaction and is one step on the
// session's undo stack (Edit > Undo). A refused edit returns its Error and pushes
// nothing; changed() tells the views to reload.
class WheelEditor : public QObject
{
    Q_OBJECT
public:
    explicit WheelEditor(Session *session, QObject *parent = nullptr);

    Result<qint64> createWheel(qint64 bodyId, int year, const WheelTemplate &tmpl);
    Result<qint64> copyLastYear(qint64 bodyId, int year);
    Status editSlot(const WheelSlot &slot);
    Result<qint64> addSlot(const WheelSlot &slot);
    Status removeSlot(qint64 slotId);
    // A meeting with the draft agenda made from the slot; the meeting's body is the
    // wheel's body.
    Result<qint64> turnIntoMeeting(qint64 slotId);
    Status editMeeting(const Meeting &meeting);
    Result<qint64> saveTemplate(const AnnualWheel &wheel, const QString &name);

signals:
    void changed();

private:
    using Step = std::function<Status()>;
    void push(const QString &text, Step redo, Step undo);
    Session *m_session;
};
