#include "EditCommand.h"

EditCommand::EditCommand(const QString &text, Step redoStep, Step undoStep, Refused onRefused)
    : QUndoCommand(text), m_redo(std::move(redoStep)), m_undo(std::move(undoStep)), m_onRefused(std::move(onRefused))
{
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(m_redo);
}

void EditCommand::undo()
{
    run(m_undo);
}

void EditCommand::run(const Step &step)
{
    if (Status s = step(); !s) {
        setObsolete(true);
        m_onRefused(s.errorMessage());
    }
}
