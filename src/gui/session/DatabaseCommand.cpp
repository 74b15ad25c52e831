#include "DatabaseCommand.h"

#include <QDateTime>

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

void DatabaseCommand::setMergeKey(const QString &key)
{
    m_mergeKey = key;
    m_lastEditMs = QDateTime::currentMSecsSinceEpoch();
}

int DatabaseCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DatabaseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DatabaseCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_lastEditMs - m_lastEditMs > kMergeWindowMs)
        return false;
    // Keep this command's undo (the state before the first edit) and take the later redo.
    m_redo = next->m_redo;
    m_lastEditMs = next->m_lastEditMs;
    setText(next->text());
    return true;
}
