#include "Door.h"

#include "Clock.h"
#include "EditCommand.h"

#include <QUndoStack>

Door::Door(QUndoStack *stack, QObject *parent) : QObject(parent), m_stack(stack) {}

Status Door::pass(const QString &what, const Step &step) const
{
    if (m_gate)
        if (Status s = m_gate(what); !s)
            return s;
    return step();
}

qint64 Door::now()
{
    return Clock::currentMSecsSinceEpoch();
}

Status Door::run(const QString &text, const Step &redo, const Step &undo)
{
    if (Status s = pass(text, redo); !s)
        return s;
    pushDone(text, redo, undo);
    return {};
}

void Door::pushDone(const QString &text, const Step &redo, const Step &undo)
{
    auto through = [this, text](Step step) {
        return [this, text, step]() { return pass(text, step); };
    };
    m_stack->push(new EditCommand(text, through(redo), through(undo),
                                  [this](const QString &message) { emit refused(message); }));
}
