#include "Clock.h"
#include "AppSettings.h"
#include "AssignmentTableModel.h"
#include "AssignmentsView.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MinutesRepository.h"
#include "MinutesView.h"
#include "ReportDocument.h"
#include "Session.h"
#include "MinutesService.h"
#include "TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "GuiTestSupport.h"
#include "PdfSupport.h"

using namespace GuiTest;

// The Assignments tab (issue 5) through the real window over the demo database: the
// assignment of seed 004's final minutes, and three more given in the open draft of
// Branschforum Gröna näringar; filters, follow-up with undo, opening the minutes, and
// the printed list.
class TestAssignmentsView : public QObject
{
    Q_OBJECT

    GuiTest::AnsweredFileDialogs m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
    AssignmentsView *m_view = nullptr;
    Session *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    static inline const QDate kToday{2026, 11, 23};
    static inline const QString kForum = QStringLiteral("Branschforum Gröna näringar");

    template <typename W>
    W *child(const char *name) const
    {
        W *w = m_view->findChild<W *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QTableView *table() const { return child<QTableView>("assignmentsTable"); }
    QString countText() const { return child<QLabel>("assignmentCount")->text(); }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    QStringList column(int c) const
    {
        QStringList out;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            out << cell(row, c);
        return out;
    }

    qint64 draftMinutes() const
    {
        auto all = MinutesRepository(m_session->database()).list();
        for (const MinutesSummary &s : *all)
            if (s.state == MinutesState::Draft)
                return s.id;
        return 0;
    }

    AssignmentRecord stored(const QString &task) const
    {
        auto all = MinutesRepository(m_session->database()).assignments();
        for (const AssignmentRecord &r : *all)
            if (r.assignment.task == task)
                return r;
        return {};
    }

    // Three assignments given in the draft of the forum (two overdue on kToday), as the
    // Minutes tab would store them.
    void giveAssignments()
    {
        const qint64 id = draftMinutes();
        QVERIFY(id);
        auto before = m_session->minutesService().load(id);
        QVERIFY2(before, qPrintable(before.errorMessage()));
        QCOMPARE(before->bodyName, kForum);
        Minutes after = *before;
        if (after.items.isEmpty())
            after.items.append({0, 1, QStringLiteral("Uppdrag"), {}, {}, {}, {}});
        const auto give = [](const QString &who, const QString &task, QDate due) {
            Assignment a;
            a.responsible = who;
            a.task = task;
            a.due = due;
            return a;
        };
        after.items[0].assignments << give(QStringLiteral("Åsa Ek"), QStringLiteral("ta fram en nulägesbild"), {2026, 10, 1})
                                   << give(QStringLiteral("Anders Ekström"), QStringLiteral("boka lokal"), {2026, 12, 1})
                                   << give(QStringLiteral("Ewa Lindberg"), QStringLiteral("skicka kallelse"), {2026, 11, 1});
        const Status s = m_session->minutesService().edit(after, QStringLiteral("Give assignments"));
        QVERIFY2(s, qPrintable(s.errorMessage()));
    }

    int rowOfTask(const QString &task) const { return int(column(AssignmentTableModel::Task).indexOf(task)); }

    void selectTask(const QString &task)
    {
        const int row = rowOfTask(task);
        QVERIFY2(row >= 0, qPrintable(task));
        table()->setFocus();
        table()->selectRow(row);
        QVERIFY(m_view->selectedAssignment());
        QCOMPARE(m_view->selectedAssignment()->assignment.task, task);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("a.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = session->get();
        m_window = new MainWindow(std::move(session).value(), &m_files);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        int index = -1;
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->tabText(i) == QCoreApplication::translate("MainWindow", "Ass&ignments"))
                index = i;
        QVERIFY(index > 0);
        QCOMPARE(m_tabs->tabText(index - 1), QCoreApplication::translate("MainWindow", "Mi&nutes")); // after Minutes
        m_tabs->setCurrentIndex(index);
        m_view = qobject_cast<AssignmentsView *>(m_tabs->currentWidget());
        QVERIFY(m_view);
        Clock::setNow(QDateTime(kToday, QTime(12, 0)));
        m_view->refreshToday();
    }

    void cleanup()
    {
        Clock::setNow({});
        m_files.answer = nullptr;
        delete m_window;
        m_window = nullptr;
        m_view = nullptr;
    }

    void showsTheDemoAssignment()
    {
        // Seed 004's minutes give one assignment, without a due date.
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, AssignmentTableModel::Responsible), QStringLiteral("Ewa Lindberg"));
        QCOMPARE(cell(0, AssignmentTableModel::Task), QStringLiteral("vara med som stöd i processen med Örebro universitet"));
        QCOMPARE(cell(0, AssignmentTableModel::Due), QString());
        QCOMPARE(cell(0, AssignmentTableModel::Status), QStringLiteral("open"));
        QVERIFY(cell(0, AssignmentTableModel::Body).startsWith(QStringLiteral("Specifikt samverkansråd")));
        QCOMPARE(cell(0, AssignmentTableModel::MeetingDate), QStringLiteral("2018-09-28"));
        QCOMPARE(cell(0, AssignmentTableModel::Item), QStringLiteral("§\u00a013"));
        QCOMPARE(countText(), QStringLiteral("1 assignment"));
        // Nothing selected: nothing to follow up.
        QVERIFY(!child<QPushButton>("markDone")->isEnabled());
        QVERIFY(!child<QPushButton>("reopen")->isEnabled());
        m_view->markDone(); // e.g. from a shortcut: says what is missing in the message bar
        QCOMPARE(m_window->messageWidget()->text(), QStringLiteral("Select an assignment first."));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void showsAssignmentsAsTheyAreGiven()
    {
        giveAssignments(); // minutesChanged refreshes the tab
        QCOMPARE(table()->model()->rowCount(), 4);
        QCOMPARE(countText(), QStringLiteral("4 assignments, 2 overdue"));
        const int row = rowOfTask(QStringLiteral("ta fram en nulägesbild"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, AssignmentTableModel::Due), QStringLiteral("2026-10-01"));
        QCOMPARE(cell(row, AssignmentTableModel::Body), kForum);
        QVERIFY(table()->model()->index(row, 0).data(Qt::ForegroundRole).isValid()); // overdue colour
        QVERIFY(!table()->model()->index(rowOfTask(QStringLiteral("boka lokal")), 0).data(Qt::ForegroundRole).isValid());
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty())
            m_view->grab().save(shots + QStringLiteral("/assignments.png"));
    }

    void filtersByPersonBodyStatusAndOverdue()
    {
        giveAssignments();
        auto *person = child<QLineEdit>("assignmentPerson");
        QVERIFY(person->isClearButtonEnabled());
        m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger(); // Ctrl+F: the person filter
        QVERIFY(person->hasFocus());
        typeText(person, QStringLiteral("EWA"));
        QCOMPARE(column(AssignmentTableModel::Responsible),
                 (QStringList{QStringLiteral("Ewa Lindberg"), QStringLiteral("Ewa Lindberg")}));
        QCOMPARE(countText(), QStringLiteral("2 of 4 assignments, 1 overdue"));
        person->clear();
        QCOMPARE(table()->model()->rowCount(), 4);

        auto *body = child<QComboBox>("assignmentBody");
        QCOMPARE(body->itemText(0), QStringLiteral("All bodies"));
        const int forum = body->findText(kForum);
        QVERIFY(forum > 0);
        body->setCurrentIndex(forum);
        QCOMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(column(AssignmentTableModel::Body).removeDuplicates(), 2);
        QCOMPARE(m_view->filterDescription(), QStringList{QStringLiteral("body %1").arg(kForum)});
        body->setCurrentIndex(0);

        auto *status = child<QComboBox>("assignmentStatus");
        status->setCurrentIndex(status->findText(QStringLiteral("Done")));
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(countText(), QStringLiteral("0 of 4 assignments"));
        status->setCurrentIndex(status->findText(QStringLiteral("Open")));
        QCOMPARE(table()->model()->rowCount(), 4);
        status->setCurrentIndex(0);

        auto *overdue = child<QCheckBox>("assignmentOverdue");
        overdue->setChecked(true);
        QCOMPARE(column(AssignmentTableModel::Task),
                 (QStringList{QStringLiteral("ta fram en nulägesbild"), QStringLiteral("skicka kallelse")}));
        QCOMPARE(countText(), QStringLiteral("2 of 4 assignments, 2 overdue"));
        // Overdue depends on the day: on 2026-12-02 "boka lokal" is overdue too.
        Clock::setNow(QDateTime(QDate(2026, 12, 2), QTime(12, 0)));
        m_view->refreshToday();
        QCOMPARE(table()->model()->rowCount(), 3);
        overdue->setChecked(false);

        // A header click sorts, dates as dates and the § as numbers.
        table()->sortByColumn(AssignmentTableModel::Due, Qt::DescendingOrder);
        QCOMPARE(column(AssignmentTableModel::Due),
                 (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-11-01"), QStringLiteral("2026-10-01"),
                              QString()}));
        table()->sortByColumn(AssignmentTableModel::Responsible, Qt::AscendingOrder); // Å after E, the Swedish way
        QCOMPARE(column(AssignmentTableModel::Responsible).last(), QStringLiteral("Åsa Ek"));

        // Nothing matches: the count and the printed list say so.
        typeText(person, QStringLiteral("zzz"));
        QCOMPARE(countText(), QStringLiteral("0 of 4 assignments"));
        auto report = m_view->makeReport();
        QVERIFY(report);
        QVERIFY(report->document()->toPlainText().contains(QStringLiteral("No assignments match the filter.")));
        QVERIFY(report->document()->toPlainText().contains(QStringLiteral("responsible person contains “zzz”")));
    }

    void marksDoneCarriesOnAndReopensWithUndo()
    {
        giveAssignments();
        const QString task = QStringLiteral("ta fram en nulägesbild");
        selectTask(task);
        QVERIFY(child<QPushButton>("markDone")->isEnabled());
        QVERIFY(!child<QPushButton>("reopen")->isEnabled()); // it is open
        const int steps = m_session->undoStack()->count();
        child<QPushButton>("markDone")->click();
        QCOMPARE(stored(task).assignment.status, AssignmentStatus::Done);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Mark the assignment of Åsa Ek done"));
        // The view follows: still selected, done, no longer overdue.
        QCOMPARE(cell(rowOfTask(task), AssignmentTableModel::Status), QStringLiteral("done"));
        QVERIFY(m_view->selectedAssignment());
        QCOMPARE(m_view->selectedAssignment()->assignment.task, task);
        QVERIFY(!child<QPushButton>("markDone")->isEnabled());
        QVERIFY(child<QPushButton>("reopen")->isEnabled());
        QCOMPARE(countText(), QStringLiteral("4 assignments, 1 overdue"));

        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(stored(task).assignment.status, AssignmentStatus::Open);
        QCOMPARE(cell(rowOfTask(task), AssignmentTableModel::Status), QStringLiteral("open, overdue"));
        QCOMPARE(countText(), QStringLiteral("4 assignments, 2 overdue"));
        m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(stored(task).assignment.status, AssignmentStatus::Done);

        selectTask(QStringLiteral("boka lokal"));
        child<QPushButton>("carryOn")->click();
        QCOMPARE(stored(QStringLiteral("boka lokal")).assignment.status, AssignmentStatus::CarriedOn);
        QCOMPARE(cell(rowOfTask(QStringLiteral("boka lokal")), AssignmentTableModel::Status), QStringLiteral("carried on"));
        child<QPushButton>("reopen")->click();
        QCOMPARE(stored(QStringLiteral("boka lokal")).assignment.status, AssignmentStatus::Open);

        // With "open" chosen, the one marked done leaves the list.
        auto *status = child<QComboBox>("assignmentStatus");
        status->setCurrentIndex(status->findText(QStringLiteral("Open")));
        QCOMPARE(rowOfTask(task), -1);
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void opensTheMinutesOfAnAssignment()
    {
        giveAssignments();
        const QString task = QStringLiteral("boka lokal");
        selectTask(task);
        const qint64 minutesId = m_view->selectedAssignment()->minutesId;
        QCOMPARE(minutesId, draftMinutes());
        QTest::keyClick(table(), Qt::Key_Return);
        auto *minutes = qobject_cast<MinutesView *>(m_tabs->currentWidget());
        QVERIFY2(minutes, "Return opens the Minutes tab");
        QCOMPARE(minutes->current().id, minutesId);

        // From the demo's final minutes, by double-click.
        m_tabs->setCurrentWidget(m_view);
        const int row = rowOfTask(QStringLiteral("vara med som stöd i processen med Örebro universitet"));
        const QRect rect = table()->visualRect(table()->model()->index(row, 1));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_tabs->currentWidget(), minutes);
        QCOMPARE(minutes->current().bodyName.left(23), QStringLiteral("Specifikt samverkansråd"));
        // At the § that gave it.
        auto *items = minutes->findChild<QListWidget *>(QStringLiteral("minutesItems"));
        QVERIFY(items && items->currentItem());
        QVERIFY2(items->currentItem()->text().startsWith(QStringLiteral("§ 13 ")), qPrintable(items->currentItem()->text()));
    }

    void printsTheFilteredList()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        giveAssignments();
        auto *body = child<QComboBox>("assignmentBody");
        body->setCurrentIndex(body->findText(kForum));
        QCOMPARE(m_view->pdfFileName(), QStringLiteral("assignments-2026-11-23.pdf"));
        const QString pdf = m_dir->filePath(QStringLiteral("assignments.pdf"));
        QString suggested;
        m_files.answer = [&](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &suggestion) {
            suggested = suggestion;
            return pdf;
        };
        m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
        QVERIFY(suggested.endsWith(QStringLiteral("assignments-2026-11-23.pdf")));
        QVERIFY(QFile::exists(pdf));
        const QString text = PdfSupport::text(pdf, false);
        QVERIFY2(text.contains(QStringLiteral("Assignments")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("body %1").arg(kForum)), qPrintable(text)); // the filter
        QVERIFY(text.contains(QStringLiteral("%1 (3)").arg(kForum)));                   // the group
        for (const QString &row : {QStringLiteral("ta fram en nulägesbild"), QStringLiteral("boka lokal"),
                                   QStringLiteral("skicka kallelse"), QStringLiteral("Åsa Ek"),
                                   QStringLiteral("Anders Ekström"), QStringLiteral("2026-10-01")})
            QVERIFY2(text.contains(row), qPrintable(row + QLatin1Char('\n') + text));
        QVERIFY(text.contains(QStringLiteral("open, overdue")));
        QVERIFY(text.contains(QStringLiteral("3, of which 2 overdue")));
        // The other body's assignment is filtered out.
        QVERIFY(!text.contains(QStringLiteral("Örebro universitet")));
        QVERIFY(!text.contains(QStringLiteral("Specifikt samverkansråd")));

        auto report = m_view->makeReport();
        QVERIFY(report);
        QCOMPARE(report->pageCount(), 1);
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty()) {
            body->setCurrentIndex(0);
            m_view->makeReport()->exportPdf(shots + QStringLiteral("/assignments.pdf"));
        }
    }

    // Last: the translations stay installed in the application.
    void speaksSwedish()
    {
        cleanup();
        AppSettings::setLanguage(AppSettings::Language::Swedish);
        AppSettings::installTranslations(qApp);
        init();
        QVERIFY(m_view);
        QCOMPARE(m_tabs->tabText(m_tabs->indexOf(m_view)), QStringLiteral("Uppdra&g"));
        QCOMPARE(table()->model()->headerData(AssignmentTableModel::Responsible, Qt::Horizontal).toString(),
                 QStringLiteral("Ansvarig"));
        giveAssignments();
        QCOMPARE(countText(), QStringLiteral("4 uppdrag, 2 försenade"));
        QCOMPARE(cell(0, AssignmentTableModel::Status), QStringLiteral("öppet"));
        QCOMPARE(child<QComboBox>("assignmentBody")->itemText(0), QStringLiteral("Alla organ"));
        QCOMPARE(child<QPushButton>("markDone")->text(), QStringLiteral("&Markera klart"));
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty()) {
            m_view->grab().save(shots + QStringLiteral("/assignments-sv.png"));
            m_view->makeReport()->exportPdf(shots + QStringLiteral("/assignments-sv.pdf"));
        }
        AppSettings::setLanguage(AppSettings::Language::English);
    }
};

QTEST_MAIN(TestAssignmentsView)
#include "tst_assignmentsview.moc"
