#pragma once

#include "Kept.h"
#include "RecordEdit.h"
#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <type_traits>

class QUndoStack;

// The one door through which every edit of the open database passes (Subsurface's
// Command:: façade, Tiled's ChangeValue). A feature's service calls edit(): the door
// reads the snapshot before, applies the change, reads the snapshot after, compares,
// and pushes one RecordEdit whose undo and redo come back through the door. The first
// apply, undo and redo pass the same gate (pass()): a refusal changes nothing, is never
// pushed, and is reported (refused()). The shared database adds its row-version and
// permission checks here: in pass(), and in the Kept<T>::store it is given (which
// knows the snapshot it expects to find).
class Door : public QObject
{
    Q_OBJECT
public:
    using Step = std::function<Status()>;
    // Asked before every write (first apply, undo, redo, one-off writes) with the name
    // of the edit; a refusal stops the write. Tests use it to refuse on purpose.
    using Gate = std::function<Status(const QString &edit)>;
    // Edits with the same merge key within this time are one undo step.
    static constexpr qint64 kMergeWindowMs = 10000;

    explicit Door(QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // Text of an undo step from the snapshots before and after.
    template <typename T>
    using Text = std::function<QString(const std::optional<T> &before, const std::optional<T> &after)>;

    // The generic undoable edit. apply() writes the change and names the record it
    // changed (an add names the new id); id is the record before (0 for an add). Edits
    // with the same non-empty mergeKey in quick succession (text saved as it is typed)
    // merge into one undo step. Returns the record's id; a refused edit pushes nothing.
    template <typename T>
    Result<qint64> edit(const Kept<T> &kind, qint64 id, const std::function<Result<qint64>()> &apply,
                        const Text<T> &text, const QString &mergeKey = {})
    {
        std::optional<T> before;
        if (id) {
            auto loaded = kind.load(id);
            if (!loaded)
                return loaded.error();
            before = std::move(loaded).value();
        }
        qint64 changed = 0;
        if (Status s = pass(text(before, before), [&]() -> Status {
                auto done = apply();
                if (!done)
                    return done.error();
                changed = *done;
                return {};
            });
            !s)
            return s.error();
        auto loaded = kind.load(changed);
        if (!loaded)
            return loaded.error();
        const std::optional<T> after = std::move(loaded).value();
        if (sameSnapshot(kind, before, after))
            return changed;
        kind.shown(changed, before, after);
        auto through = [this, what = text(before, after)](const Kept<T> &k, qint64 i, const std::optional<T> &from,
                                                           const std::optional<T> &to) {
            Status s = pass(what, [&] { return k.store(i, from, to); });
            if (!s) {
                emit refused(s.errorMessage());
                return false;
            }
            k.shown(i, from, to);
            return true;
        };
        m_stack->push(new RecordEdit<T>(text(before, after), kind, changed, before, after, through, mergeKey, now(),
                                        kMergeWindowMs));
        return changed;
    }

    // An edit of a record that exists: change() alters a copy of the stored record,
    // which is then stored over it through kind.store (as undo and redo store it).
    template <typename T>
    Status change(const Kept<T> &kind, qint64 id, const std::function<Status(T &)> &change, const Text<T> &text,
                  const QString &mergeKey = {})
    {
        auto loaded = kind.load(id);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return Error{Error::Kind::NotFound, tr("The record is gone: it was deleted meanwhile.")};
        const std::optional<T> before = *loaded;
        std::optional<T> after = before;
        if (Status s = change(*after); !s)
            return s;
        if (sameSnapshot(kind, before, after))
            return {};
        auto r = edit<T>(kind, id, [&]() -> Result<qint64> {
            if (Status s = kind.store(id, before, after); !s)
                return s.error();
            return id;
        }, text, mergeKey);
        return r ? Status() : Status(r.error());
    }

    // An undoable edit that is no snapshot of one record (an import of many rows, a
    // budget made anew): redo() is carried out now, through the gate, and pushed with
    // undo() when it succeeded.
    Status run(const QString &text, const Step &redo, const Step &undo);
    // The same, when the first redo was a different write (an import's first run, made
    // through write()): only the undo step is pushed.
    void pushDone(const QString &text, const Step &redo, const Step &undo);

    // A write that is no undo step (a publication, final minutes): it passes the gate.
    Status write(const QString &what, const Step &step) { return pass(what, step); }

signals:
    // An undo or redo that was refused; the message says what and why.
    void refused(const QString &message);

private:
    Status pass(const QString &what, const Step &step) const;
    static qint64 now();

    template <typename T, typename = void>
    struct Comparable : std::false_type {};
    template <typename T>
    struct Comparable<T, std::void_t<decltype(std::declval<const T &>() == std::declval<const T &>())>>
        : std::true_type {};

    template <typename T>
    static bool sameSnapshot(const Kept<T> &kind, const std::optional<T> &a, const std::optional<T> &b)
    {
        if (a.has_value() != b.has_value())
            return false;
        if (!a)
            return true;
        if (kind.same)
            return kind.same(*a, *b);
        if constexpr (Comparable<T>::value)
            return *a == *b;
        else
            return false;
    }

    QUndoStack *m_stack;
    Gate m_gate;
};

// A fixed undo text.
template <typename T>
Door::Text<T> fixedText(const QString &text)
{
    return [text](const std::optional<T> &, const std::optional<T> &) { return text; };
}
