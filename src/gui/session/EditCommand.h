#pragma once

#include "Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

// An undo step of two written-out steps, for the few edits that are no snapshot of one
// record (an import of many rows, a budget made anew); the Door pushes it. The first
// redo is skipped: the edit was carried out before the step was pushed. A later undo or
// redo that is refused makes the step obsolete and says why through onRefused.
class EditCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Refused = std::function<void(const QString &)>;

    EditCommand(const QString &text, Step redoStep, Step undoStep, Refused onRefused);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);
    Step m_redo;
    Step m_undo;
    Refused m_onRefused;
    bool m_skipNextRedo = true;
};
