#pragma once

#include "Kept.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

// The one undo step of a record (Tiled's ChangeValue): the snapshots before and after,
// and the door's pass that brings the stored record from one to the other. Undo and
// redo take the same path (pass(from, to)); the first redo is skipped, since the door
// carried the edit out before pushing it. A refused undo or redo makes the step
// obsolete; the door has said why. Steps with the same merge key merge: the first
// step's before stays, the last step's after is taken.
template <typename T>
class RecordEdit : public QUndoCommand
{
public:
    using Snapshot = std::optional<T>;
    using Pass = std::function<bool(const Kept<T> &kind, qint64 id, const Snapshot &from, const Snapshot &to)>;

    RecordEdit(const QString &text, Kept<T> kind, qint64 id, Snapshot before, Snapshot after, Pass pass,
               QString mergeKey, qint64 atMs, qint64 mergeWindowMs)
        : QUndoCommand(text)
        , m_kind(std::move(kind))
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_pass(std::move(pass))
        , m_mergeKey(std::move(mergeKey))
        , m_atMs(atMs)
        , m_mergeWindowMs(mergeWindowMs)
    {
    }

    void redo() override
    {
        if (m_skipNextRedo) {
            m_skipNextRedo = false;
            return;
        }
        if (!m_pass(m_kind, m_id, m_before, m_after))
            setObsolete(true);
    }

    void undo() override
    {
        if (!m_pass(m_kind, m_id, m_after, m_before))
            setObsolete(true);
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const RecordEdit<T> *>(other);
        if (!next || next->m_mergeKey != m_mergeKey || next->m_id != m_id
            || next->m_atMs - m_atMs > m_mergeWindowMs)
            return false;
        m_after = next->m_after;
        m_atMs = next->m_atMs;
        setText(next->text());
        return true;
    }

    static constexpr int kMergeId = 0x7665726b; // one id for every mergeable step; the key tells them apart

private:
    Kept<T> m_kind;
    qint64 m_id;
    Snapshot m_before;
    Snapshot m_after;
    Pass m_pass;
    QString m_mergeKey;
    qint64 m_atMs;
    qint64 m_mergeWindowMs;
    bool m_skipNextRedo = true;
};
