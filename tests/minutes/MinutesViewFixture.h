#pragma once

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

// The Minutes tab of a real main window over a fresh demo database, with the helpers
// that the minutes view tests share (tst_minutesview, tst_minutesadjustment).
class MinutesViewFixture : public QObject
{
protected:
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
    void openOnce()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void openWindow()
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

    void closeWindow()
    {
        Clock::setNow({});
        delete m_window;
        m_window = nullptr;
        m_view = nullptr;
    }
};
