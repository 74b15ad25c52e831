#pragma once

#include "Result.h"

#include <QUndoCommand>
#include <QString>

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

    // Edits that carry the same non-empty merge key and follow each other within
    // kMergeWindowMs become one undo step (the text typed in one field, saved as typed).
    void setMergeKey(const QString &key);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    static constexpr qint64 kMergeWindowMs = 10000;

private:
    QString m_mergeKey;
    qint64 m_lastEditMs = 0;
    Step m_redo;
    Step m_undo;
    Failure m_onFailure;
    bool m_skipNextRedo;
};
