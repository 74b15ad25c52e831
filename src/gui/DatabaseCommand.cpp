#include "DatabaseCommand.h"

DatabaseCommand::DatabaseCommand(const QString &text, Step redoStep, Step undoStep, Failure onFailure,
                                 bool alreadyDone)
    : QUndoCommand(text)
    , m_redo(std::move(redoStep))
    , m_undo(std::move(undoStep))
    , m_onFailure(std::move(onFailure))
    , m_skipNextRedo(alreadyDone)
{
}

void DatabaseCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (Status s = m_redo(); !s) {
        setObsolete(true);
        m_onFailure(s.errorMessage());
    }
}

void DatabaseCommand::undo()
{
    if (Status s = m_undo(); !s) {
        setObsolete(true);
        m_onFailure(s.errorMessage());
    }
}
