#include "WheelEditor.h"

#include "DatabaseCommand.h"
#include "MeetingRepository.h"
#include "Session.h"
#include "WheelRepository.h"

WheelEditor::WheelEditor(Session *session, QObject *parent) : QObject(parent), m_session(session) {}

void WheelEditor::push(const QString &text, Step redo, Step undo)
{
    auto notify = [this](Step step) {
        return [this, step] {
            Status s = step();
            emit changed();
            return s;
        };
    };
    m_session->undoStack()->push(new DatabaseCommand(text, notify(std::move(redo)), notify(std::move(undo)),
                                                     [this](const QString &message) {
                                                         emit m_session->editFailed(message);
                                                     }));
    emit changed();
}

Result<qint64> WheelEditor::createWheel(qint64 bodyId, int year, const WheelTemplate &tmpl)
{
    const Database &db = m_session->database();
    auto id = WheelRepository(db).createFromTemplate(bodyId, year, tmpl);
    if (!id)
        return id;
    auto wheel = WheelRepository(db).load(*id);
    if (!wheel)
        return wheel.error();
    const AnnualWheel w = *wheel;
    push(tr("New annual wheel %1 for %2").arg(year).arg(w.bodyName),
         [this, w] {
             auto again = WheelRepository(m_session->database()).add(w);
             return again ? Status() : Status(again.error());
         },
         [this, w] { return WheelRepository(m_session->database()).remove(w.id); });
    return id;
}

Result<qint64> WheelEditor::copyLastYear(qint64 bodyId, int year)
{
    const Database &db = m_session->database();
    auto id = WheelRepository(db).copyFromYear(bodyId, year - 1, year);
    if (!id)
        return id;
    auto wheel = WheelRepository(db).load(*id);
    if (!wheel)
        return wheel.error();
    const AnnualWheel w = *wheel;
    push(tr("Copy the annual wheel of %1 to %2").arg(year - 1).arg(year),
         [this, w] {
             auto again = WheelRepository(m_session->database()).add(w);
             return again ? Status() : Status(again.error());
         },
         [this, w] { return WheelRepository(m_session->database()).remove(w.id); });
    return id;
}

Status WheelEditor::editSlot(const WheelSlot &slot)
{
    const WheelRepository repo(m_session->database());
    auto before = repo.slot(slot.id);
    if (!before)
        return before.error();
    if (*before == slot)
        return {};
    if (Status s = repo.updateSlot(slot); !s)
        return s;
    const WheelSlot old = *before;
    const WheelSlot now = slot;
    push(tr("Edit %1").arg(Wheels::describe(old)),
         [this, now] { return WheelRepository(m_session->database()).updateSlot(now); },
         [this, old] { return WheelRepository(m_session->database()).updateSlot(old); });
    return {};
}

Result<qint64> WheelEditor::addSlot(const WheelSlot &slot)
{
    const WheelRepository repo(m_session->database());
    auto id = repo.addSlot(slot);
    if (!id)
        return id;
    auto stored = repo.slot(*id);
    if (!stored)
        return stored.error();
    const WheelSlot s = *stored;
    push(tr("Add %1").arg(Wheels::describe(s)),
         [this, s] {
             auto again = WheelRepository(m_session->database()).addSlot(s);
             return again ? Status() : Status(again.error());
         },
         [this, s] { return WheelRepository(m_session->database()).removeSlot(s.id); });
    return id;
}

Status WheelEditor::removeSlot(qint64 slotId)
{
    const WheelRepository repo(m_session->database());
    auto stored = repo.slot(slotId);
    if (!stored)
        return stored.error();
    auto meeting = MeetingRepository(m_session->database()).idForSlot(slotId);
    if (!meeting)
        return meeting.error();
    if (*meeting)
        return Error{Error::Kind::InUse, tr("The %1 has become a meeting; it stays in the wheel so that the meeting "
                                            "keeps its place.")
                                             .arg(Wheels::describe(*stored))};
    if (Status s = repo.removeSlot(slotId); !s)
        return s;
    const WheelSlot s = *stored;
    push(tr("Delete %1").arg(Wheels::describe(s)),
         [this, s] { return WheelRepository(m_session->database()).removeSlot(s.id); },
         [this, s] {
             auto again = WheelRepository(m_session->database()).addSlot(s);
             return again ? Status() : Status(again.error());
         });
    return {};
}

Result<qint64> WheelEditor::turnIntoMeeting(qint64 slotId)
{
    const Database &db = m_session->database();
    auto slot = WheelRepository(db).slot(slotId);
    if (!slot)
        return slot.error();
    auto existing = MeetingRepository(db).idForSlot(slotId);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{Error::Kind::Duplicate, tr("The %1 is already a meeting.").arg(Wheels::describe(*slot))};
    if (!slot->date.isValid())
        return Error{Error::Kind::Invalid, tr("The %1 has no date yet; plan a date first.").arg(Wheels::describe(*slot))};
    auto wheel = WheelRepository(db).load(slot->wheelId);
    if (!wheel)
        return wheel.error();
    const Meeting draft = Meetings::fromSlot(*slot, wheel->bodyId, wheel->bodyName);
    auto id = MeetingRepository(db).add(draft);
    if (!id)
        return id;
    Meeting made = draft;
    made.id = *id;
    push(tr("Turn %1 into a meeting").arg(Wheels::describe(*slot)),
         [this, made] {
             auto again = MeetingRepository(m_session->database()).add(made);
             return again ? Status() : Status(again.error());
         },
         [this, made] { return MeetingRepository(m_session->database()).remove(made.id); });
    return id;
}

Status WheelEditor::editMeeting(const Meeting &meeting)
{
    const MeetingRepository repo(m_session->database());
    auto before = repo.load(meeting.id);
    if (!before)
        return before.error();
    if (*before == meeting)
        return {};
    if (Status s = repo.update(meeting); !s)
        return s;
    auto after = repo.load(meeting.id); // the agenda items have their ids now
    if (!after)
        return after.error();
    const Meeting old = *before;
    const Meeting now = *after;
    push(tr("Edit the meeting %1").arg(old.title),
         [this, now] { return MeetingRepository(m_session->database()).update(now); },
         [this, old] { return MeetingRepository(m_session->database()).update(old); });
    return {};
}

Result<qint64> WheelEditor::saveTemplate(const AnnualWheel &wheel, const QString &name)
{
    return WheelRepository(m_session->database()).saveTemplate(Wheels::toTemplate(wheel, name));
}
