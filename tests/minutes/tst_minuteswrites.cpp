// Writes that match the size of the edit (issue 13): typing in one item of minutes
// writes that item and its search row only; the lists of minutes, of meetings without
// minutes and the seal chains are read in a fixed number of statements, not one (or
// six) per meeting. Counted with SQLite's statement trace.
#include "MeetingRepository.h"
#include "MinutesRepository.h"
#include "MinutesView.h"
#include "MinutesWorkflow.h"
#include "MinutesService.h"
#include "Session.h"
#include "StatementLog.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "GuiTestSupport.h"

using namespace GuiTest;

class TestMinutesWrites : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    qint64 draftId() const
    {
        for (const MinutesSummary &s : QVector<MinutesSummary>(*m_session->minutesService().list()))
            if (s.state == MinutesState::Draft)
                return s.id;
        return 0;
    }

    // The statements that are no read (the door reads the minutes before and after an
    // edit, to compare and for its undo step; reading is not what is counted here).
    static QStringList writesIn(const QStringList &statements)
    {
        QStringList out;
        for (const QString &s : statements)
            if (!s.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
                out << s;
        return out;
    }

    static void checkOneItemWritten(const StatementLog &log)
    {
        // One UPDATE of the item, its search row by trigger, and nothing else written.
        QCOMPARE(log.count(QStringLiteral("UPDATE minutes_item")), 1);
        QCOMPARE(log.count(QStringLiteral("-- TRIGGER minutes_item_search_update")), 1);
        const QString written = writesIn(log.statements).join(QLatin1Char('\n'));
        for (const char *other : {"minutes_attendee", "minutes_assignment", "minutes_comment", "minutes_adjustment",
                                  "UPDATE minutes SET", "INSERT INTO minutes (", "DELETE FROM minutes_item ",
                                  "INSERT INTO minutes_item ("})
            QVERIFY2(!written.simplified().contains(QLatin1String(other), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in:\n%2").arg(QLatin1String(other), written)));
        // What the program itself writes: BEGIN, the UPDATE, COMMIT.
        const QStringList writes = writesIn(log.topLevel());
        QVERIFY2(writes.size() <= 3, qPrintable(writes.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto s = Session::open(m_dir.filePath(QStringLiteral("w.sqlite")), Database::Mode::Create, true);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        m_session = std::move(s).value();
    }

    void cleanup()
    {
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite")));
    }

    void typingInAnItemWritesThatItemOnly()
    {
        const Minutes before = *m_session->minutesService().load(draftId());
        QVERIFY(before.items.size() > 3);
        Minutes after = before;
        after.items[2].discussion += QStringLiteral(" Tillägg.");
        {
            StatementLog log(m_session->database());
            QVERIFY(m_session->minutesService().edit(after, QStringLiteral("Edit § 3"), QStringLiteral("text")));
            checkOneItemWritten(log);
        }
        QCOMPARE(m_session->minutesService().load(before.id)->items.at(2).discussion, after.items.at(2).discussion);
        QCOMPARE(m_session->minutesService().search(QStringLiteral("Tillägg"))->size(), 1); // the search row follows
        {
            StatementLog log(m_session->database());
            m_session->undoStack()->undo();
            checkOneItemWritten(log);
        }
        QCOMPARE(m_session->minutesService().load(before.id)->items, before.items);
        QCOMPARE(m_session->minutesService().search(QStringLiteral("Tillägg"))->size(), 0);

        // Anything more than one item's text is a whole save, as before.
        Minutes attendance = before;
        attendance.attendance[0].arrivedAtItem = 2;
        StatementLog log(m_session->database());
        QVERIFY(m_session->minutesService().edit(attendance, QStringLiteral("Attendance")));
        QVERIFY2(writesIn(log.statements).join(QLatin1Char('\n')).contains(QLatin1String("minutes_attendee")), qPrintable(log.all()));
    }

    // The same through the Minutes tab: typing, then the autosave.
    void autosaveWhileTypingWritesOneItem()
    {
        MinutesView view(m_session.get());
        const qint64 id = draftId();
        view.selectMinutes(id, 0);
        auto *discussion = view.findChild<QPlainTextEdit *>(QStringLiteral("minutesDiscussion"));
        QVERIFY(discussion && !discussion->isReadOnly());
        const QString before = m_session->minutesService().load(id)->items.at(0).discussion;
        StatementLog log(m_session->database());
        discussion->setFocus();
        discussion->moveCursor(QTextCursor::End);
        typeText(discussion, QStringLiteral("Ordföranden hälsar välkommen."));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->minutesService().load(id)->items.at(0).discussion,
                                  before + QStringLiteral("Ordföranden hälsar välkommen."), 3000);
        for (const char *other : {"INSERT INTO minutes_attendee", "UPDATE minutes_attendee", "DELETE FROM minutes_attendee",
                                  "DELETE FROM minutes_item ", "INSERT INTO minutes_comment", "DELETE FROM minutes_comment",
                                  "INSERT INTO minutes_assignment", "UPDATE minutes_assignment",
                                  "DELETE FROM minutes_assignment", "UPDATE minutes SET", "minutes_adjustment ("})
            QVERIFY2(log.count(QLatin1String(other)) == 0, qPrintable(QStringLiteral("%1 in:\n%2").arg(QLatin1String(other), log.all())));
        QVERIFY(log.count(QStringLiteral("UPDATE minutes_item")) >= 1);
    }

    void listsAreReadInAFixedNumberOfStatements()
    {
        const MinutesRepository minutes(m_session->database());
        const auto statementsFor = [&](auto read) {
            StatementLog log(m_session->database());
            read();
            return log.statements.size();
        };
        const Minutes any = *minutes.load(draftId());
        const auto addMeetings = [&](int n) {
            for (int i = 0; i < n; ++i) {
                Meeting m;
                m.bodyId = any.bodyId;
                m.title = QStringLiteral("Möte %1").arg(i);
                m.date = QDate(2027, 1, 1).addDays(i);
                QVERIFY(MeetingRepository(m_session->database()).add(m));
            }
        };
        addMeetings(2);
        const int without = int(m_session->minutesService().meetingsWithoutMinutes()->size());
        const qsizetype few = statementsFor([&] { QVERIFY(m_session->minutesService().meetingsWithoutMinutes()); });
        const qsizetype fewList = statementsFor([&] { QVERIFY(m_session->minutesService().list()); });
        const qsizetype fewChains = statementsFor([&] { QVERIFY(minutes.verifyChains()); });
        addMeetings(30);
        QCOMPARE(int(m_session->minutesService().meetingsWithoutMinutes()->size()), without + 30);
        QCOMPARE(statementsFor([&] { QVERIFY(m_session->minutesService().meetingsWithoutMinutes()); }), few);
        QCOMPARE(few, qsizetype(1));
        QCOMPARE(fewList, qsizetype(1));
        QCOMPARE(statementsFor([&] { QVERIFY(m_session->minutesService().list()); }), fewList);
        // A chain of final minutes: the same reads for one or for four.
        QVERIFY(fewChains <= 6);
        qint64 finalId = 0;
        for (const MinutesSummary &s : QVector<MinutesSummary>(*m_session->minutesService().list()))
            if (s.state == MinutesState::Final)
                finalId = s.id;
        const Minutes sealed = *minutes.load(finalId);
        for (int n = 1; n <= 3; ++n) {
            Minutes addition = *MinutesWorkflow::makeAddition(sealed, n);
            MinutesItem item;
            item.number = 1;
            item.title = QStringLiteral("Rättelse %1").arg(n);
            addition.items = {item};
            addition = *minutes.load(*minutes.add(addition));
            QVERIFY(MinutesWorkflow::sendForAdjustment(addition));
            for (const QString &who : MinutesWorkflow::pendingSignatories(addition)) {
                Adjustment a;
                a.name = who;
                a.date = sealed.adjustedOn.addDays(n);
                QVERIFY(MinutesWorkflow::recordAdjustment(addition, a, a.date));
            }
            QVERIFY(minutes.finalize(addition));
        }
        QCOMPARE(minutes.verifyChains()->size(), 0);
        QCOMPARE(statementsFor([&] { QVERIFY(minutes.verifyChains()); }), fewChains);
    }
};

QTEST_MAIN(TestMinutesWrites)
#include "tst_minuteswrites.moc"
