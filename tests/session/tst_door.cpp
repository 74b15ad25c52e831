#include "Clock.h"
#include "Door.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

// The door itself, over a store kept in memory: the snapshot edit (add, change, delete),
// undo and redo through the same path, refusals (of the first apply, of the gate, of an
// undo or redo), merging of typing-like edits, and the steps that are no snapshot.
class TestDoor : public QObject
{
    Q_OBJECT

    QMap<qint64, QString> m_rows;   // the "database"
    QStringList m_shown;            // what the models were told
    qint64 m_nextId = 1;
    bool m_storeRefuses = false;
    int m_loads = 0;

    Kept<QString> kind()
    {
        Kept<QString> k;
        k.load = [this](qint64 id) -> Result<std::optional<QString>> {
            ++m_loads;
            return m_rows.contains(id) ? std::optional<QString>(m_rows.value(id)) : std::nullopt;
        };
        k.store = [this](qint64 id, const std::optional<QString> &from, const std::optional<QString> &to) -> Status {
            if (m_storeRefuses)
                return Error{Error::Kind::Database, QStringLiteral("row %1 is locked").arg(id)};
            // The snapshot the door last saw is what is stored (the row-version check's place).
            if (from.has_value() != m_rows.contains(id) || (from && *from != m_rows.value(id)))
                return Error{Error::Kind::Invalid, QStringLiteral("row %1 was changed by someone else").arg(id)};
            if (to)
                m_rows.insert(id, *to);
            else
                m_rows.remove(id);
            return {};
        };
        k.shown = [this](qint64 id, const std::optional<QString> &, const std::optional<QString> &now) {
            m_shown << QStringLiteral("%1=%2").arg(id).arg(now.value_or(QStringLiteral("-")));
        };
        return k;
    }

    Result<qint64> add(Door &door, const QString &value)
    {
        return door.edit<QString>(kind(), 0, [&]() -> Result<qint64> {
            const qint64 id = m_nextId++;
            m_rows.insert(id, value);
            return id;
        }, [](const std::optional<QString> &, const std::optional<QString> &after) {
            return QStringLiteral("Add %1").arg(after.value_or(QString()));
        });
    }

    Result<qint64> set(Door &door, qint64 id, const QString &value, const QString &mergeKey = {})
    {
        return door.edit<QString>(kind(), id, [&]() -> Result<qint64> {
            m_rows.insert(id, value);
            return id;
        }, fixedText<QString>(QStringLiteral("Set %1").arg(value)), mergeKey);
    }

private slots:
    void init()
    {
        m_rows.clear();
        m_shown.clear();
        m_nextId = 1;
        m_storeRefuses = false;
        Clock::setNow(QDateTime(QDate(2026, 3, 4), QTime(10, 0)));
    }

    void cleanup() { Clock::setNow({}); }

    void addChangeDeleteAreOneEditEach()
    {
        QUndoStack stack;
        Door door(&stack);
        auto id = add(door, QStringLiteral("a"));
        QVERIFY(id);
        QCOMPARE(m_rows.value(*id), QStringLiteral("a"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add a"));
        QVERIFY(set(door, *id, QStringLiteral("b")));
        auto removed = door.edit<QString>(kind(), *id, [&]() -> Result<qint64> {
            m_rows.remove(*id);
            return *id;
        }, [](const std::optional<QString> &before, const std::optional<QString> &) {
            return QStringLiteral("Delete %1").arg(before.value_or(QString()));
        });
        QVERIFY(removed);
        QCOMPARE(stack.count(), 3);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete b"));
        QVERIFY(!m_rows.contains(*id));
        QCOMPARE(m_shown, (QStringList{QStringLiteral("1=a"), QStringLiteral("1=b"), QStringLiteral("1=-")}));

        stack.undo(); // the delete: back with b
        QCOMPARE(m_rows.value(*id), QStringLiteral("b"));
        stack.undo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("a"));
        stack.undo();
        QVERIFY(m_rows.isEmpty());
        stack.redo();
        stack.redo();
        stack.redo();
        QVERIFY(!m_rows.contains(*id));
        stack.undo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("b"));
        QCOMPARE(m_shown.last(), QStringLiteral("1=b"));
    }

    void anEditThatChangesNothingIsNoStep()
    {
        QUndoStack stack;
        Door door(&stack);
        auto id = add(door, QStringLiteral("same"));
        QVERIFY(id);
        const int shown = int(m_shown.size());
        QVERIFY(set(door, *id, QStringLiteral("same")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(m_shown.size(), shown);
    }

    void aRefusedApplyChangesNothingAndPushesNothing()
    {
        QUndoStack stack;
        Door door(&stack);
        auto id = add(door, QStringLiteral("a"));
        QVERIFY(id);
        auto r = door.edit<QString>(kind(), *id, []() -> Result<qint64> {
            return Error{Error::Kind::Invalid, QStringLiteral("no such thing")};
        }, fixedText<QString>(QStringLiteral("Set x")));
        QVERIFY(!r);
        QCOMPARE(r.errorMessage(), QStringLiteral("no such thing"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(m_rows.value(*id), QStringLiteral("a"));
    }

    void theGateIsAskedBeforeEveryWrite()
    {
        QUndoStack stack;
        Door door(&stack);
        QStringList asked;
        bool refuse = false;
        door.setGate([&](const QString &edit) -> Status {
            asked << edit;
            if (refuse)
                return Error{Error::Kind::InUse, QStringLiteral("%1: not allowed").arg(edit)};
            return {};
        });
        auto id = add(door, QStringLiteral("a"));
        QVERIFY(id);
        QVERIFY(set(door, *id, QStringLiteral("b")));
        stack.undo();
        stack.redo();
        QCOMPARE(asked.size(), 4); // apply, apply, undo, redo

        refuse = true;
        QSignalSpy refused(&door, &Door::refused);
        auto r = set(door, *id, QStringLiteral("c"));
        QVERIFY(!r);
        QCOMPARE(r.errorMessage(), QStringLiteral("Set c: not allowed"));
        QCOMPARE(m_rows.value(*id), QStringLiteral("b"));
        QCOMPARE(stack.count(), 2);
        // An undo the gate refuses is reported, leaves the data, and the step goes.
        stack.undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("Set b: not allowed"));
        QCOMPARE(m_rows.value(*id), QStringLiteral("b"));
        QCOMPARE(stack.count(), 1);
    }

    void aRefusedUndoOrRedoIsReportedAndChangesNothing()
    {
        QUndoStack stack;
        Door door(&stack);
        QSignalSpy refused(&door, &Door::refused);
        auto id = add(door, QStringLiteral("a"));
        QVERIFY(set(door, *id, QStringLiteral("b")));
        m_storeRefuses = true;
        stack.undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("row 1 is locked"));
        QCOMPARE(m_rows.value(*id), QStringLiteral("b"));
        QCOMPARE(stack.count(), 1); // the refused step is dropped, the add stays
        m_storeRefuses = false;
        // Someone else changed the row: the undo of the add finds another snapshot.
        m_rows.insert(*id, QStringLiteral("theirs"));
        stack.undo();
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(m_rows.value(*id), QStringLiteral("theirs"));
    }

    void typingMergesIntoOneStepWithinTheWindow()
    {
        QUndoStack stack;
        Door door(&stack);
        auto id = add(door, QStringLiteral("a"));
        const QString key = QStringLiteral("text");
        QVERIFY(set(door, *id, QStringLiteral("ab"), key));
        Clock::advance(2000);
        QVERIFY(set(door, *id, QStringLiteral("abc"), key));
        Clock::advance(2000);
        QVERIFY(set(door, *id, QStringLiteral("abcd"), key));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Set abcd"));
        // After a pause longer than the window the next burst is a step of its own.
        Clock::advance(Door::kMergeWindowMs + 1);
        QVERIFY(set(door, *id, QStringLiteral("abcde"), key));
        QCOMPARE(stack.count(), 3);
        // Another key never merges.
        QVERIFY(set(door, *id, QStringLiteral("x"), QStringLiteral("other")));
        QCOMPARE(stack.count(), 4);
        stack.undo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("abcde"));
        stack.undo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("abcd"));
        stack.undo(); // the whole first burst at once
        QCOMPARE(m_rows.value(*id), QStringLiteral("a"));
        stack.redo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("abcd"));
    }

    void changeAltersTheStoredRecord()
    {
        QUndoStack stack;
        Door door(&stack);
        auto id = add(door, QStringLiteral("a"));
        QVERIFY(door.change<QString>(kind(), *id, [](QString &s) -> Status {
            s += QLatin1Char('!');
            return {};
        }, fixedText<QString>(QStringLiteral("Shout"))));
        QCOMPARE(m_rows.value(*id), QStringLiteral("a!"));
        QCOMPARE(stack.undoText(), QStringLiteral("Shout"));
        const Status refused = door.change<QString>(kind(), *id, [](QString &) -> Status {
            return Error{Error::Kind::Invalid, QStringLiteral("no")};
        }, fixedText<QString>(QStringLiteral("Nothing")));
        QVERIFY(!refused);
        QCOMPARE(stack.count(), 2);
        QVERIFY(!door.change<QString>(kind(), 99, [](QString &) { return Status(); }, fixedText<QString>({})));
        stack.undo();
        QCOMPARE(m_rows.value(*id), QStringLiteral("a"));
    }

    void stepsThatAreNoSnapshotPassTheGateToo()
    {
        QUndoStack stack;
        Door door(&stack);
        int count = 0;
        bool refuse = false;
        door.setGate([&](const QString &) -> Status {
            return refuse ? Status(Error{Error::Kind::InUse, QStringLiteral("read only")}) : Status();
        });
        QVERIFY(door.run(QStringLiteral("Count"), [&] { ++count; return Status(); }, [&] { --count; return Status(); }));
        QCOMPARE(count, 1);
        stack.undo();
        QCOMPARE(count, 0);
        stack.redo();
        QCOMPARE(count, 1);
        refuse = true;
        QVERIFY(!door.run(QStringLiteral("Count"), [&] { ++count; return Status(); }, [&] { return Status(); }));
        QVERIFY(!door.write(QStringLiteral("Publish"), [&] { ++count; return Status(); }));
        QCOMPARE(count, 1);
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDoor)
#include "tst_door.moc"
