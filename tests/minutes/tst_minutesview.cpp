#include "BodyRepository.h"
#include "Clock.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MinutesRepository.h"
#include "MinutesView.h"
#include "MeetingRepository.h"
#include "NewMinutes.h"
#include "ReportDocument.h"
#include "WheelsView.h"
#include "BodyService.h"
#include "MinutesService.h"
#include "Session.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include "DateEdit.h"
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTimeEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "FollowUpPanel.h"
#include "GuiTestSupport.h"
#include "ItemCommentsPanel.h"

using namespace GuiTest;

// The Minutes tab (issue 5) over the demo database: seed 004's final minutes and the
// open draft of Branschforum Gröna näringar; editing as typed with undo, search,
// and the way from draft through adjustment to final.
class TestMinutesView : public QObject
{
    Q_OBJECT

    GuiTest::AnsweredFileDialogs m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
    MinutesView *m_view = nullptr;

    template <typename W>
    W *child(const char *name) const { return m_view->findChild<W *>(QLatin1String(name)); }

    qint64 minutesIn(MinutesState state) const
    {
        auto all = MinutesRepository(sessionDb()).list();
        for (const MinutesSummary &s : *all)
            if (s.state == state)
                return s.id;
        return 0;
    }
    const Database &sessionDb() const { return m_sessionPtr->database(); }
    Session *m_sessionPtr = nullptr;

    Minutes stored(qint64 id) const { return *MinutesRepository(sessionDb()).load(id); }

    // Draft minutes of a later meeting of the body of seed 004 (2018-11-20).
    qint64 laterMinutesOfSeed004()
    {
        const Minutes earlier = stored(minutesIn(MinutesState::Final));
        Meeting meeting;
        meeting.bodyId = earlier.bodyId;
        meeting.kind = SlotKind::OtherEvent;
        meeting.title = QStringLiteral("Möte");
        meeting.date = QDate(2018, 11, 20);
        meeting.start = QTime(13, 0);
        meeting.end = QTime(15, 0);
        meeting.place = QStringLiteral("Konferenslokal Lärken");
        for (const char *title : {"Mötet öppnas", "Justerare", "Uppföljning av uppdrag", "Mötet avslutas"}) {
            AgendaItem item;
            item.title = QString::fromUtf8(title);
            meeting.agenda << item;
        }
        auto meetingId = MeetingRepository(sessionDb()).add(meeting);
        if (!meetingId)
            return 0;
        auto draft = NewMinutes::forMeeting(sessionDb(), *meetingId); // numbered as the body numbers
        if (!draft)
            return 0;
        auto id = m_sessionPtr->minutesService().add(*draft);
        return id ? *id : 0;
    }

    AssignmentStatus storedStatus(qint64 assignmentId) const
    {
        for (const AssignmentRecord &r : *MinutesRepository(sessionDb()).assignments())
            if (r.assignment.id == assignmentId)
                return r.assignment.status;
        return AssignmentStatus::Open;
    }

    // The draft with chair, secretary and adjuster named, sent for adjustment.
    qint64 draftOutForAdjustment()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        setCombo(0, 4, int(MinutesRole::Chair));
        setCombo(1, 4, int(MinutesRole::Secretary));
        setCombo(2, 4, int(MinutesRole::Adjuster));
        child<QPushButton>("sendForAdjustment")->click();
        return id;
    }

    // Sets the attendance combo of a row (status column 3, role column 4).
    void setCombo(int row, int column, int value)
    {
        auto *combo = qobject_cast<QComboBox *>(child<QTableWidget>("minutesAttendance")->cellWidget(row, column));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(value));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("m.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_sessionPtr = session->get();
        m_window = new MainWindow(std::move(session).value(), &m_files);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("Mi&nutes"))
                index = i;
        QVERIFY(index > 0);
        tabs->setCurrentIndex(index);
        m_view = qobject_cast<MinutesView *>(tabs->currentWidget());
        QVERIFY(m_view);
        Clock::setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
    }

    void cleanup()
    {
        Clock::setNow({});
        delete m_window;
        m_window = nullptr;
        m_view = nullptr;
    }

    void showsTheDemoMinutes()
    {
        auto *list = child<QListWidget>("minutesList");
        QVERIFY(list->count() >= 2);
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        QVERIFY2(rows.join('\n').contains(QStringLiteral("2018-09-28 · Specifikt samverkansråd")), qPrintable(rows.join('\n')));
        QVERIFY(rows.join('\n').contains(QStringLiteral("Branschforum Gröna näringar")));

        m_view->selectMinutes(minutesIn(MinutesState::Final));
        QVERIFY(child<QLabel>("minutesHeader")->text().contains(QStringLiteral("Konferenslokal Lärken")));
        QCOMPARE(child<QListWidget>("minutesItems")->count(), 14);
        QCOMPARE(child<QListWidget>("minutesItems")->item(10)->text(), QStringLiteral("§ 11 Information om Yrkesmässa"));
        auto *attendance = child<QTableWidget>("minutesAttendance");
        QCOMPARE(attendance->rowCount(), 18);
        QCOMPARE(attendance->item(7, 0)->text(), QStringLiteral("Håkan Söderman"));
        QCOMPARE(attendance->item(7, 1)->text(), QStringLiteral("M"));
        QCOMPARE(qobject_cast<QComboBox *>(attendance->cellWidget(7, 4))->currentText(), QStringLiteral("adjuster"));
        const QString state = child<QLabel>("minutesState")->text();
        QVERIFY2(state.contains(QStringLiteral("Justerat den")) && state.contains(QStringLiteral("2018-10-12")), qPrintable(state));
        QVERIFY(state.contains(QRegularExpression(QStringLiteral("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"))));

        // File > Print prints these minutes.
        auto report = m_view->makeReport();
        QVERIFY(report);
        QVERIFY(m_view->pdfFileName().startsWith(QStringLiteral("minutes-2018-09-28")));
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty()) {
            m_view->grab().save(shots + QStringLiteral("/minutes-final.png"));
            m_view->selectMinutes(minutesIn(MinutesState::Draft));
            m_view->grab().save(shots + QStringLiteral("/minutes-draft.png"));
        }
    }

    void finalMinutesAreReadOnly()
    {
        m_view->selectMinutes(minutesIn(MinutesState::Final));
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>("minutesDecision")->isReadOnly());
        QVERIFY(!child<QTableWidget>("minutesAttendance")->cellWidget(0, 3)->isEnabled());
        QVERIFY(!child<QTableWidget>("minutesAttendance")->cellWidget(0, 4)->isEnabled());
        QVERIFY(!child<QPushButton>("sendForAdjustment")->isEnabled());
        QVERIFY(child<QPushButton>("makeAddition")->isEnabled());
        QVERIFY(child<QPushButton>("exportPdfA")->isEnabled());
        const int steps = m_sessionPtr->undoStack()->count();
        QTest::keyClicks(child<QPlainTextEdit>("minutesDiscussion"), QStringLiteral("x"));
        m_view->saveText();
        QCOMPARE(m_sessionPtr->undoStack()->count(), steps);
    }

    void editingADraftSavesAsTypedAndUndoes()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        QVERIFY(id);
        m_view->selectMinutes(id);
        auto *items = child<QListWidget>("minutesItems");
        QVERIFY(items->count() > 0);
        items->setCurrentRow(0);
        auto *discussion = child<QPlainTextEdit>("minutesDiscussion");
        QVERIFY(!discussion->isReadOnly());
        const QString before = stored(id).items.at(0).discussion;
        discussion->setFocus();
        discussion->moveCursor(QTextCursor::End);
        typeText(discussion, QStringLiteral("Ordföranden hälsar välkommen."));
        // Saved by the debounce timer, without leaving the field.
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).items.at(0).discussion, before + QStringLiteral("Ordföranden hälsar välkommen."), 3000);
        m_sessionPtr->undoStack()->undo();
        QCOMPARE(stored(id).items.at(0).discussion, before);
        QCOMPARE(discussion->toPlainText(), before);
        m_sessionPtr->undoStack()->redo();
        QCOMPARE(discussion->toPlainText(), before + QStringLiteral("Ordföranden hälsar välkommen."));
    }

    // Issue 18: Tab in an item's assignments moved to the Add button once a cell was
    // saved (the table was rebuilt under the editor), and each space typed on added an
    // empty "New assignment". Tab moves between cells; a row is added only on purpose.
    void tabMovesBetweenAssignmentCellsAndAddsNoRows()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        child<QListWidget>("minutesItems")->setCurrentRow(0);
        child<QPushButton>("addAssignment")->click();
        const int index = 0;
        QCOMPARE(stored(id).items.at(index).assignments.size(), 1);
        auto *table = child<QTableWidget>("minutesAssignments");
        QCOMPARE(table->rowCount(), 1);
        table->setFocus();
        table->setCurrentCell(0, 0); // opens the editor: any edit trigger is on in a draft
        QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
        auto typeInEditor = [&](const QString &text) {
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(editor && table->isAncestorOf(editor));
            typeText(editor, text);
        };
        typeInEditor(QStringLiteral("Anna Berg"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(table->currentColumn(), 1);
        QVERIFY(table->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeInEditor(QStringLiteral("ta fram en plan"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(table->currentColumn(), 2);
        QVERIFY(table->isAncestorOf(QApplication::focusWidget()));
        typeInEditor(QStringLiteral("2026-12-31"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // Past the last cell, focus stays with the table and never reaches the Add button.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == table || table->isAncestorOf(focus));
        QTest::keyClick(focus, Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        const Assignment saved = stored(id).items.at(index).assignments.value(0);
        QCOMPARE(stored(id).items.at(index).assignments.size(), 1);
        QCOMPARE(saved.responsible, QStringLiteral("Anna Berg"));
        QCOMPARE(saved.task, QStringLiteral("ta fram en plan"));
        QCOMPARE(saved.due, QDate(2026, 12, 31));
    }

    // A due date typed in the cell is refused with the reason and nothing is saved.
    void anImpossibleDueDateIsRefusedWithTheReason()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        child<QListWidget>("minutesItems")->setCurrentRow(0);
        child<QPushButton>("addAssignment")->click();
        const Minutes before = stored(id);
        auto *table = child<QTableWidget>("minutesAssignments");
        table->item(0, 2)->setText(QStringLiteral("2026-02-30"));
        QCOMPARE(stored(id).items.at(0).assignments, before.items.at(0).assignments);
        auto *message = child<MessageWidget>("minutesMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("February 2026 has 28 days")), qPrintable(message->text()));
        // The cell shows what is stored again.
        QCOMPARE(table->item(0, 2)->text(), QString());
    }

    void aBurstOfTypingIsOneUndoStep()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        child<QListWidget>("minutesItems")->setCurrentRow(1);
        auto *discussion = child<QPlainTextEdit>("minutesDiscussion");
        const QString before = stored(id).items.at(1).discussion;
        const int steps = m_sessionPtr->undoStack()->count();
        discussion->setFocus();
        discussion->moveCursor(QTextCursor::End);
        typeText(discussion, QStringLiteral("Första meningen."));
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).items.at(1).discussion, before + QStringLiteral("Första meningen."), 3000);
        typeText(discussion, QStringLiteral(" Andra."));
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).items.at(1).discussion, before + QStringLiteral("Första meningen. Andra."), 3000);
        // Two saves, one undo step: undo takes back the whole burst.
        QCOMPARE(m_sessionPtr->undoStack()->count(), steps + 1);
        m_sessionPtr->undoStack()->undo();
        QCOMPARE(stored(id).items.at(1).discussion, before);
        // Typing in another item is a step of its own.
        m_sessionPtr->undoStack()->redo();
        child<QListWidget>("minutesItems")->setCurrentRow(2);
        discussion->setFocus();
        typeText(discussion, QStringLiteral("Tredje."));
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).items.at(2).discussion.endsWith(QStringLiteral("Tredje.")), true, 3000);
        QCOMPARE(m_sessionPtr->undoStack()->count(), steps + 2);
    }

    void followUpListsTheBodysOpenAssignments()
    {
        const qint64 id = laterMinutesOfSeed004();
        QVERIFY(id);
        m_view->selectMinutes(id);
        auto *panel = m_view->findChild<FollowUpPanel *>(QStringLiteral("followUp"));
        QVERIFY(panel);
        // Seed 004 gave Ewa Lindberg an assignment; it is open at the next meeting.
        QCOMPARE(panel->rows().size(), 1);
        const AssignmentRecord given = panel->rows().constFirst();
        QCOMPARE(given.assignment.responsible, QStringLiteral("Ewa Lindberg"));
        QCOMPARE(given.meetingDate, QDate(2018, 9, 28));
        auto *tabs = child<QTabWidget>("minutesUpperTabs");
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Follow-up (1)"));
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("followUpTable"));
        QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("2018-09-28 §")));
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty()) {
            tabs->setCurrentIndex(1);
            m_view->grab().save(shots + QStringLiteral("/minutes-followup.png"));
        }

        // Marked done at this meeting: stored apart from the final minutes, still listed here.
        table->selectRow(0);
        panel->findChild<QPushButton *>(QStringLiteral("followUpDone"))->click();
        QCOMPARE(storedStatus(given.assignment.id), AssignmentStatus::Done);
        QCOMPARE(panel->rows().size(), 1);
        QCOMPARE(panel->pendingCount(), 0);
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Follow-up"));
        m_sessionPtr->undoStack()->undo();
        QCOMPARE(storedStatus(given.assignment.id), AssignmentStatus::Open);
        QCOMPARE(panel->pendingCount(), 1);

        // Carried on, it is still open at the meeting after.
        QVERIFY(panel->followUp(0, AssignmentStatus::CarriedOn));
        QCOMPARE(storedStatus(given.assignment.id), AssignmentStatus::CarriedOn);
        QCOMPARE(panel->pendingCount(), 1);

        // The final minutes themselves record no follow-up.
        m_view->selectMinutes(minutesIn(MinutesState::Final));
        QVERIFY(panel->rows().isEmpty());
    }

    void keepingTheMinutesOfAMeetingMakesThemOnce()
    {
        auto meetings = m_sessionPtr->minutesService().meetingsWithoutMinutes();
        QVERIFY(meetings && !meetings->isEmpty());
        const Meeting meeting = meetings->constFirst();
        const int before = MinutesRepository(sessionDb()).list()->size();
        QVERIFY(m_view->keepMinutesOf(meeting.id));
        QCOMPARE(m_view->current().meetingId, meeting.id);
        QCOMPARE(m_view->current().state, MinutesState::Draft);
        QCOMPARE(MinutesRepository(sessionDb()).list()->size(), before + 1);
        const qint64 id = m_view->current().id;
        m_view->selectMinutes(minutesIn(MinutesState::Final));
        // Asked again, the same minutes open.
        QVERIFY(m_view->keepMinutesOf(meeting.id));
        QCOMPARE(m_view->current().id, id);
        QCOMPARE(MinutesRepository(sessionDb()).list()->size(), before + 1);
    }

    void theWheelsTabKeepsTheMinutesOfASlotsMeeting()
    {
        auto meetings = m_sessionPtr->minutesService().meetingsWithoutMinutes();
        QVERIFY(meetings);
        Meeting meeting;
        for (const Meeting &m : *meetings)
            if (m.slotId != 0)
                meeting = m;
        QVERIFY2(meeting.id, "the demo has a meeting made from a wheel slot");
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("&Wheels"))
                tabs->setCurrentIndex(i);
        auto *wheels = qobject_cast<WheelsView *>(tabs->currentWidget());
        QVERIFY(wheels);
        wheels->showWheel(meeting.bodyId, meeting.date.year());
        wheels->selectSlot(meeting.slotId);
        auto *keep = wheels->findChild<QPushButton *>(QStringLiteral("slotKeepMinutes"));
        QVERIFY(keep && keep->isEnabled());
        keep->click();
        QCOMPARE(tabs->currentWidget(), m_view);
        QCOMPARE(m_view->current().meetingId, meeting.id);
        QVERIFY(m_view->current().items.size() >= 2); // the agenda became the items
    }

    void runningNumberingFollowsTheBodysSetting()
    {
        const Minutes earlier = stored(minutesIn(MinutesState::Final));
        QCOMPARE(earlier.items.constLast().number, 14);
        QCOMPARE(stored(laterMinutesOfSeed004()).items.constFirst().number, 1);
        Body body = *BodyRepository(sessionDb()).find(earlier.bodyId);
        QCOMPARE(body.itemNumbering, ItemNumbering::PerMeeting);
        body.itemNumbering = ItemNumbering::RunningPerYear;
        QVERIFY(m_sessionPtr->bodyService().edit(body));
        QCOMPARE(BodyRepository(sessionDb()).find(earlier.bodyId)->itemNumbering, ItemNumbering::RunningPerYear);
        // The next minutes of the year go on after § 14 (the draft made above runs § 1–4).
        const Minutes next = stored(laterMinutesOfSeed004());
        QCOMPARE(next.items.constFirst().number, 15);
    }

    void adjustersCommentAndTheSecretaryResolves()
    {
        const qint64 id = draftOutForAdjustment();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);
        const Minutes m = m_view->current();
        child<QListWidget>("minutesItems")->setCurrentRow(1);
        auto *panel = m_view->findChild<ItemCommentsPanel *>(QStringLiteral("itemCommentsPanel"));
        QVERIFY(panel->isVisibleTo(m_view));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("addComment"))->isEnabled());

        whenModal<QDialog>([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("commentDialog"));
            dialog->findChild<QComboBox *>()->setCurrentText(m.adjusters().constFirst());
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Stavning: Länsstyrelsen."));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        panel->findChild<QPushButton *>(QStringLiteral("addComment"))->click();
        const auto comments = stored(id).items.at(1).comments;
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).author, m.adjusters().constFirst());
        QVERIFY(!comments.at(0).resolved);
        QVERIFY(panel->findChild<QListWidget *>(QStringLiteral("itemComments"))->item(0)->text().contains(QStringLiteral("Stavning")));
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty())
            m_view->grab().save(shots + QStringLiteral("/minutes-comments.png"));

        // Nobody adjusts over an unresolved comment.
        QVERIFY(!m_view->recordAdjustmentBy(m.chair(), qMax(m.date, QDate(2026, 11, 23)), AdjustmentMethod::ConfirmedHere));
        QVERIFY(stored(id).adjustments.isEmpty());

        panel->findChild<QListWidget *>(QStringLiteral("itemComments"))->setCurrentRow(0);
        panel->findChild<QPushButton *>(QStringLiteral("resolveComment"))->click();
        QVERIFY(stored(id).items.at(1).comments.at(0).resolved);
        m_sessionPtr->undoStack()->undo();
        QVERIFY(!stored(id).items.at(1).comments.at(0).resolved);
        m_sessionPtr->undoStack()->redo();
        QVERIFY(m_view->recordAdjustmentBy(m.chair(), qMax(m.date, QDate(2026, 11, 23)), AdjustmentMethod::ConfirmedHere));
    }

    void theHeaderAndOthersPresentAreEditedInADraft()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *start = dialog->findChild<QTimeEdit *>(QStringLiteral("headerStart"));
            auto *end = dialog->findChild<QTimeEdit *>(QStringLiteral("headerEnd"));
            start->setTime(QTime(14, 0));
            end->setTime(QTime(13, 0));
            okButton(dialog)->click();
            // An end before the start is named and the dialog stays open.
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("headerProblem"))->text().contains(QStringLiteral("14:00")));
            end->setTime(QTime(16, 30));
            dialog->findChild<QLineEdit *>(QStringLiteral("headerPlace"))->setText(QStringLiteral("Stadshuset, Nyköping"));
            okButton(dialog)->click();
        });
        child<QPushButton>("editMinutesHeader")->click();
        QCOMPARE(stored(id).start, QTime(14, 0));
        QCOMPARE(stored(id).end, QTime(16, 30));
        QCOMPARE(stored(id).place, QStringLiteral("Stadshuset, Nyköping"));
        QVERIFY(child<QLabel>("minutesHeader")->text().contains(QStringLiteral("Stadshuset")));

        const int before = stored(id).attendance.size();
        Attendee guest;
        guest.name = QStringLiteral("Anna Berg");
        guest.organisation = QStringLiteral("Handelskammaren Mälardalen");
        QVERIFY(m_view->addOtherPresent(guest));
        QCOMPARE(stored(id).attendance.size(), before + 1);
        QVERIFY(!stored(id).attendance.constLast().member);
        QVERIFY(!m_view->addOtherPresent(guest)); // already on the list
        QCOMPARE(stored(id).attendance.size(), before + 1);

        // Arrival at an item is kept.
        auto *attendance = child<QTableWidget>("minutesAttendance");
        auto *arrived = qobject_cast<QSpinBox *>(attendance->cellWidget(before, 5));
        QVERIFY(arrived);
        arrived->setValue(3);
        emit arrived->editingFinished();
        QCOMPARE(stored(id).attendance.constLast().arrivedAtItem, 3);

        attendance->selectRow(before);
        child<QPushButton>("removeOtherPresent")->click();
        QCOMPARE(stored(id).attendance.size(), before);
        // A member is marked absent, not removed.
        attendance->selectRow(0);
        child<QPushButton>("removeOtherPresent")->click();
        QCOMPARE(stored(id).attendance.size(), before);
    }

    void theAdjusterIsChosenInTheItemForIt()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        const Minutes m = m_view->current();
        int adjusterItem = -1;
        for (int i = 0; i < m.items.size(); ++i)
            if (m.items.at(i).title.contains(QStringLiteral("adjuster"), Qt::CaseInsensitive))
                adjusterItem = i;
        QVERIFY(adjusterItem >= 0);
        auto *pick = child<QComboBox>("adjusterPick");
        child<QListWidget>("minutesItems")->setCurrentRow(0);
        QVERIFY(!pick->isVisibleTo(m_view));
        child<QListWidget>("minutesItems")->setCurrentRow(adjusterItem);
        QVERIFY(pick->isVisibleTo(m_view));
        const QString name = m.attendance.at(3).name;
        const int index = pick->findText(name);
        QVERIFY(index > 0);
        pick->setCurrentIndex(index);
        emit pick->activated(index);
        const Minutes after = stored(id);
        QVERIFY(after.adjusters().contains(name));
        QVERIFY2(after.items.at(adjusterItem).decision.contains(name), qPrintable(after.items.at(adjusterItem).decision));
        m_sessionPtr->undoStack()->undo();
        QVERIFY(!stored(id).adjusters().contains(name));
    }

    void ctrlJInsertsAStandardPhrase()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        child<QListWidget>("minutesItems")->setCurrentRow(0);
        auto *discussion = child<QPlainTextEdit>("minutesDiscussion");
        discussion->setPlainText(QString());
        discussion->setFocus();
        QTRY_VERIFY(discussion->hasFocus());
        bool menuShown = false;
        QTimer::singleShot(50, qApp, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            menuShown = menu != nullptr;
            if (menu)
                QTest::keyClick(menu, Qt::Key_1); // "1 Opening"
        });
        QTest::keyClick(discussion, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(menuShown);
        QCOMPARE(discussion->toPlainText(), QStringLiteral("The meeting is opened."));
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).items.at(0).discussion, QStringLiteral("The meeting is opened."), 3000);
    }

    void searchFindsAnItemAndOpensIt()
    {
        auto *search = child<QLineEdit>("minutesSearch");
        search->setText(QStringLiteral("Yrkesmässa"));
        auto *hits = child<QListWidget>("minutesHits");
        QVERIFY(hits->isVisible());
        QVERIFY(hits->count() >= 1);
        int row = -1;
        for (int i = 0; i < hits->count(); ++i)
            if (hits->item(i)->text().contains(QStringLiteral("§ 11 Information om Yrkesmässa")))
                row = i;
        QVERIFY2(row >= 0, qPrintable(hits->item(0)->text()));
        QVERIFY(hits->item(row)->text().startsWith(QStringLiteral("2018-09-28 · Specifikt samverkansråd")));
        hits->setCurrentRow(row);
        emit hits->itemActivated(hits->item(row));
        QCOMPARE(m_view->current().id, minutesIn(MinutesState::Final));
        QCOMPARE(child<QListWidget>("minutesItems")->currentItem()->text(), QStringLiteral("§ 11 Information om Yrkesmässa"));
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->toPlainText().contains(QStringLiteral("Conventum")));
        search->clear();
        QVERIFY(child<QListWidget>("minutesList")->isVisible());
    }

    void sendingWithoutAnAdjusterIsRefused()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        // No one in the draft is the adjuster.
        for (int row = 0; row < m_view->current().attendance.size(); ++row)
            if (m_view->current().attendance.at(row).role == MinutesRole::Adjuster)
                setCombo(row, 4, int(MinutesRole::None));
        QVERIFY(m_view->current().adjusters().isEmpty());
        child<QPushButton>("sendForAdjustment")->click();
        const QString message = m_view->findChild<MessageWidget *>(QStringLiteral("minutesMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("No adjuster is named")), qPrintable(message));
        QCOMPARE(stored(id).state, MinutesState::Draft);
    }

    void draftThroughAdjustmentToFinal()
    {
        const qint64 id = minutesIn(MinutesState::Draft);
        m_view->selectMinutes(id);
        const Minutes m = m_view->current();
        QVERIFY(m.attendance.size() >= 3);
        setCombo(0, 4, int(MinutesRole::Chair));
        setCombo(1, 4, int(MinutesRole::Secretary));
        setCombo(2, 4, int(MinutesRole::Adjuster));
        for (int row = 0; row < 3; ++row)
            setCombo(row, 3, int(AttendanceStatus::Present));
        for (int row = 3; row < m.attendance.size(); ++row)
            setCombo(row, 4, int(MinutesRole::None));
        const Minutes named = stored(id);
        QCOMPARE(named.chair(), m.attendance.at(0).name);
        QCOMPARE(named.adjusters(), QStringList{m.attendance.at(2).name});

        child<QPushButton>("sendForAdjustment")->click();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->isReadOnly());
        // Back to draft and out again, through undo as well.
        child<QPushButton>("backToDraft")->click();
        QCOMPARE(stored(id).state, MinutesState::Draft);
        m_sessionPtr->undoStack()->undo();
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);

        // A date before the meeting is refused and nothing is recorded.
        QVERIFY(!m_view->recordAdjustmentBy(m.attendance.at(0).name, m.date.addDays(-1), AdjustmentMethod::ConfirmedHere));
        QVERIFY(stored(id).adjustments.isEmpty());

        // An impossible date typed in the dialog is refused where it is typed, with the
        // reason, and nothing is recorded (it used to become 2026-02-03: issue 18).
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *date = dialog->findChild<DateEdit *>(QStringLiteral("adjustmentDate"));
            date->setFocus();
            date->selectAll();
            QTest::keyClicks(date, QStringLiteral("2026-02-30"));
            QCOMPARE(date->text(), QStringLiteral("2026-02-30"));
            QVERIFY(!date->date().isValid());
            QVERIFY(date->problem().contains(QStringLiteral("February 2026 has 28 days")));
            okButton(dialog)->click();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("adjustmentProblem"))->text(), date->problem());
        });
        child<QPushButton>("recordAdjustment")->click();
        QVERIFY(stored(id).adjustments.isEmpty());

        // The chair adjusts through the dialog.
        const QDate on = qMax(m.date, QDate(2026, 11, 23));
        Clock::setNow(QDateTime(on, QTime(12, 0)));
        whenModal<QDialog>([&](QDialog *dialog) {
            auto *who = dialog->findChild<QComboBox *>(QStringLiteral("adjustmentWho"));
            QCOMPARE(who->count(), 2);
            who->setCurrentIndex(who->findText(m.attendance.at(0).name));
            QCOMPARE(dialog->findChild<DateEdit *>(QStringLiteral("adjustmentDate"))->date(), on);
            okButton(dialog)->click();
        });
        child<QPushButton>("recordAdjustment")->click();
        QCOMPARE(stored(id).adjustments.size(), 1);
        QCOMPARE(stored(id).state, MinutesState::ForAdjustment);

        // The adjuster is the last: the minutes become final and sealed.
        QVERIFY(m_view->recordAdjustmentBy(m.attendance.at(2).name, on, AdjustmentMethod::SignedOnPaper));
        const Minutes final = stored(id);
        QCOMPARE(final.state, MinutesState::Final);
        QCOMPARE(final.adjustedOn, on);
        QVERIFY(!final.contentHash.isEmpty());
        QVERIFY(child<QLabel>("minutesState")->text().contains(on.toString(Qt::ISODate)));
        QVERIFY(child<QPlainTextEdit>("minutesDiscussion")->isReadOnly());

        // PDF/A for the archive.
        const QString pdf = m_dir->filePath(QStringLiteral("final.pdf"));
        m_files.answer = [pdf](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return pdf; };
        child<QPushButton>("exportPdfA")->click();
        m_files.answer = nullptr;
        QVERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part"));

        // A correction is an addition, a new draft.
        child<QPushButton>("makeAddition")->click();
        QVERIFY(m_view->current().id != id);
        QCOMPARE(m_view->current().additionNumber, 1);
        QCOMPARE(m_view->current().state, MinutesState::Draft);
        QCOMPARE(stored(id).state, MinutesState::Final);
    }
};

QTEST_MAIN(TestMinutesView)
#include "tst_minutesview.moc"
