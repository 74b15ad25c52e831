#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

// An undoable edit whose steps write to the database. The first redo() is skipped when
// the edit was already carried out before the command was pushed (so a refused edit is
// never pushed). A later undo/redo that the database refuses is reported, not ignored.
class DatabaseCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Failure = std::function<void(const QString &)>;

    DatabaseCommand(const QString &text, Step redoStep, Step undoStep, Failure onFailure, bool alreadyDone = true);

    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    Failure m_onFailure;
    bool m_skipNextRedo;
};
