// The Wheels tab (issue 4): the circle puts markers at the right angle, the table and
// the circle show the same slots, slot edits and meetings are undo steps, the agenda
// is edited, the regional overview marks clashes, and the wheel prints.
#include "BodyRepository.h"
#include "IcsCalendar.h"
#include "MeetingDialog.h"
#include "MeetingRepository.h"
#include "PdfSupport.h"
#include "Session.h"
#include "SlotDialog.h"
#include "WheelPainter.h"
#include "WheelReport.h"
#include "WheelRepository.h"
#include "WheelWidget.h"
#include "WheelsView.h"

#include "DateEdit.h"
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "GuiTestSupport.h"

using namespace GuiTest;

class TestWheelsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anglesRunClockwiseFromJanuary();
    void markerIsDrawnAtTheAngleOfItsDate();
    void clickOnAMarkerSelectsItsSlot();
    void tableShowsTheWheelAndItsChecks();
    void editSlotThroughDialogAndUndo();
    void impossibleDateInANewSlotIsRefused();
    void turnIntoMeetingEditAgendaAndUndo();
    void regionalOverviewMarksClashes();
    void newWheelFromTemplateAndUndo();
    void wheelAndNoticePdfs();
    void exportCalendarFromTheTab();

private:
    qint64 bodyId(const QString &name) const;
    void shot(QWidget *w, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    int m_year = QDate::currentDate().year();
};

void TestWheelsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto session = Session::open(m_dir->filePath(QStringLiteral("w.verkstan")), Database::Mode::Create, true);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    m_session = std::move(session).value();
}

void TestWheelsView::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestWheelsView::bodyId(const QString &name) const
{
    const BodyList bodies = *BodyRepository(m_session->database()).all();
    for (const Body &b : bodies)
        if (b.name == name)
            return b.id;
    return 0;
}

void TestWheelsView::shot(QWidget *w, const QString &name)
{
    // Pictures to look at with VERKSTAN_SCREENSHOTS=<folder>; the grab is made and checked either way.
    const QPixmap picture = w->grab();
    QVERIFY(!picture.isNull());
    if (const QString dir = TestSupport::screenshotDir({}); !dir.isEmpty())
        QVERIFY(picture.save(dir + QLatin1Char('/') + name));
}

void TestWheelsView::anglesRunClockwiseFromJanuary()
{
    QVERIFY(WheelPainter::angleFor(QDate(2026, 1, 1), 2026) < 1.0);
    QVERIFY(qAbs(WheelPainter::angleFor(QDate(2026, 4, 1), 2026) - 89.3) < 0.5);  // day 91 of 365
    QVERIFY(qAbs(WheelPainter::angleFor(QDate(2026, 7, 2), 2026) - 180.0) < 0.6);
    QVERIFY(WheelPainter::angleFor(QDate(2026, 12, 31), 2026) > 359.0);
    // A leap year has one more day.
    QVERIFY(qAbs(WheelPainter::angleFor(QDate(2028, 12, 31), 2028) - 359.51) < 0.01);
}

void TestWheelsView::markerIsDrawnAtTheAngleOfItsDate()
{
    WheelPicture picture;
    picture.year = 2026;
    WheelRing ring;
    ring.label = QStringLiteral("Forum");
    ring.color = QColor(0x2e, 0x7d, 0x32);
    ring.markers.append({QDate(2026, 4, 1), QStringLiteral("Q2"), QStringLiteral("tip"), 7, false});
    picture.rings.append(ring);
    WheelWidget widget;
    widget.resize(600, 640);
    widget.setPicture(picture);
    const QRectF area = widget.wheelArea();
    const QPointF at = WheelPainter::markerCentre(area, picture, 0, QDate(2026, 4, 1));
    // April 1st is a quarter of the way round: right of the centre, at its height.
    QVERIFY(at.x() > area.center().x() + area.width() / 4);
    QVERIFY(qAbs(at.y() - area.center().y()) < area.height() * 0.02);
    const qreal degrees = qRadiansToDegrees(qAtan2(at.x() - area.center().x(), area.center().y() - at.y()));
    QVERIFY(qAbs(degrees - WheelPainter::angleFor(QDate(2026, 4, 1), 2026)) < 0.01);

    // The pixel there has the marker's colour; the mirrored point (October) has not.
    const QImage image = widget.grab().toImage();
    const QColor drawn = image.pixelColor(at.toPoint());
    const QColor expected = ring.color.darker(115);
    QVERIFY2(qAbs(drawn.red() - expected.red()) < 12 && qAbs(drawn.green() - expected.green()) < 12
                 && qAbs(drawn.blue() - expected.blue()) < 12,
             qPrintable(drawn.name()));
    const QPointF mirrored(2 * area.center().x() - at.x(), at.y());
    QVERIFY(image.pixelColor(mirrored.toPoint()) != drawn);
    shot(&widget, QStringLiteral("marker.png"));
}

void TestWheelsView::clickOnAMarkerSelectsItsSlot()
{
    WheelsView view(m_session.get());
    view.resize(1300, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.currentBodyId(), bodyId(QStringLiteral("Branschforum Gröna näringar")));
    const WheelSlot target = view.wheel().slotList.at(3);
    WheelWidget *circle = view.wheelWidget();
    int ring = -1;
    for (int r = 0; r < circle->picture().rings.size(); ++r)
        for (const WheelMarker &m : circle->picture().rings.at(r).markers)
            if (m.id == target.id)
                ring = r;
    QVERIFY(ring >= 0);
    const QPointF at = WheelPainter::markerCentre(circle->wheelArea(), circle->picture(), ring, target.date);
    QSignalSpy clicked(circle, &WheelWidget::markerClicked);
    QTest::mouseClick(circle, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(view.selectedSlotId(), target.id);
    // Clicking empty space selects nothing new.
    QTest::mouseClick(circle, Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(clicked.count(), 1);
    shot(&view, QStringLiteral("wheels-view.png"));
}

void TestWheelsView::tableShowsTheWheelAndItsChecks()
{
    WheelsView view(m_session.get());
    QCOMPARE(view.slotTable()->rowCount(), 5);
    QVERIFY(view.warnings().isEmpty());
    int markers = 0;
    for (const WheelRing &r : view.wheelWidget()->picture().rings)
        markers += int(r.markers.size());
    QCOMPARE(markers, 5);

    // A body without a wheel says so.
    view.showWheel(bodyId(QStringLiteral("Samverkansråd för omställning & vägledning")), m_year);
    QCOMPARE(view.slotTable()->rowCount(), 0);
    QCOMPARE(view.warnings().size(), 1);
    QVERIFY(view.warnings().first().contains(QStringLiteral("has no annual wheel")));
}

void TestWheelsView::editSlotThroughDialogAndUndo()
{
    WheelsView view(m_session.get());
    const WheelSlot before = view.wheel().slotList.at(0); // Q1, working committee
    view.selectSlot(before.id);
    // A date in Q2 for a Q1 slot: a warning in the dialog, and it saves.
    whenModal<SlotDialog>([&](SlotDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("slotPlace"))->setText(QStringLiteral("Nyköping, Culturum"));
        d->findChild<DateEdit *>(QStringLiteral("slotDate"))->setDate(QDate(m_year, 4, 14));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("slotWarning"))->text().contains(QStringLiteral("Q2")));
        d->accept();
    });
    view.editSelectedSlot();
    const WheelSlot after = *view.wheel().slot(before.id);
    QCOMPARE(after.place, QStringLiteral("Nyköping, Culturum"));
    QCOMPARE(after.date, QDate(m_year, 4, 14));
    QCOMPARE(view.warnings().size(), 1);
    QVERIFY(view.warnings().first().contains(QStringLiteral("which is in Q2")));

    // A date outside the year is refused in the dialog; nothing changes.
    whenModal<SlotDialog>([&](SlotDialog *d) {
        d->findChild<DateEdit *>(QStringLiteral("slotDate"))->setDate(QDate(m_year + 1, 1, 5));
        d->accept();
        QVERIFY(d->isVisible());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("slotWarning"))->text().contains(QStringLiteral("outside")));
        d->reject();
    });
    view.editSelectedSlot();
    QCOMPARE(view.wheel().slot(before.id)->date, QDate(m_year, 4, 14));

    m_session->undoStack()->undo();
    QCOMPARE(view.wheel().slot(before.id)->place, before.place);
    QCOMPARE(view.wheel().slot(before.id)->date, before.date);
    QVERIFY(view.warnings().isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(view.wheel().slot(before.id)->place, QStringLiteral("Nyköping, Culturum"));
}

void TestWheelsView::impossibleDateInANewSlotIsRefused()
{
    WheelsView view(m_session.get());
    const int slotCount = int(view.wheel().slotList.size());
    // Typed key by key, as a convener would: QDateEdit turned 2026-02-30 into 2026-02-03
    // without a word (issue 18). The text stays, the reason is shown, nothing is saved.
    const QString typed = QStringLiteral("%1-02-30").arg(m_year);
    whenModal<SlotDialog>([&](SlotDialog *d) {
        QCOMPARE(labelsShowingAmpersands(d), QStringList());
        auto *date = d->findChild<DateEdit *>(QStringLiteral("slotDate"));
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, typed);
        QCOMPARE(date->text(), typed);
        QVERIFY(!date->date().isValid());
        const QString why = QStringLiteral("February %1 has %2 days").arg(m_year).arg(QDate(m_year, 2, 1).daysInMonth());
        QVERIFY2(date->problem().contains(why), qPrintable(date->problem()));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("slotWarning"))->text().contains(why));
        d->accept();
        QVERIFY(d->isVisible());
        // Corrected, it is accepted.
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("%1-02-27").arg(m_year));
        QVERIFY(date->hasAcceptableDate());
        QCOMPARE(date->date(), QDate(m_year, 2, 27));
        d->reject();
    });
    view.addSlot();
    QCOMPARE(int(view.wheel().slotList.size()), slotCount);
}

void TestWheelsView::turnIntoMeetingEditAgendaAndUndo()
{
    WheelsView view(m_session.get());
    view.showWheel(bodyId(QStringLiteral("Branschforum Transport")), m_year);
    // Transport's copy of the joint seminar has no meeting of its own.
    qint64 seminar = 0;
    for (const WheelSlot &s : view.wheel().slotList)
        if (s.kind == SlotKind::FutureSeminar)
            seminar = s.id;
    QVERIFY(seminar);
    view.selectSlot(seminar);
    const MeetingRepository meetings(m_session->database());
    QCOMPARE(*meetings.idForSlot(seminar), 0);
    const int steps = m_session->undoStack()->count();

    // The new meeting opens with its draft agenda; add an item and move it up.
    whenModal<MeetingDialog>([&](MeetingDialog *d) {
        QCOMPARE(labelsShowingAmpersands(d), QStringList());
        QListWidget *agenda = d->agendaList();
        QCOMPARE(agenda->item(0)->text(), QStringLiteral("Opening of the meeting"));
        QCOMPARE(agenda->item(agenda->count() - 1)->text(), QStringLiteral("Closing of the meeting"));
        agenda->setCurrentRow(3);
        d->addItem(QStringLiteral("YH-släpp i januari"));
        QCOMPARE(agenda->item(4)->text(), QStringLiteral("YH-släpp i januari"));
        d->moveCurrent(-1);
        QCOMPARE(agenda->item(3)->text(), QStringLiteral("YH-släpp i januari"));
        agenda->setCurrentRow(agenda->count() - 2); // Other matters
        d->removeCurrent();
        d->accept();
    });
    view.turnSelectedIntoMeeting();
    const qint64 meetingId = *meetings.idForSlot(seminar);
    QVERIFY(meetingId);
    const Meeting saved = *meetings.load(meetingId);
    QCOMPARE(saved.agenda.at(3).title, QStringLiteral("YH-släpp i januari"));
    for (const AgendaItem &i : saved.agenda)
        QVERIFY(i.title != QStringLiteral("Other matters"));
    QCOMPARE(m_session->undoStack()->count(), steps + 2);

    m_session->undoStack()->undo(); // the agenda edit
    const Meeting draft = *meetings.load(meetingId);
    QCOMPARE(draft.agenda.at(3).title, QStringLiteral("Follow-up of open assignments"));
    QCOMPARE(draft.agenda.at(draft.agenda.size() - 2).title, QStringLiteral("Other matters"));
    m_session->undoStack()->undo(); // the meeting
    QCOMPARE(*meetings.idForSlot(seminar), 0);
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(meetings.load(meetingId)->agenda.at(3).title, QStringLiteral("YH-släpp i januari"));
}

void TestWheelsView::regionalOverviewMarksClashes()
{
    // Marcus Larsson also sits in Gröna näringar, and Transport moves its Q2 forum to
    // Gröna näringar's day.
    const qint64 green = bodyId(QStringLiteral("Branschforum Gröna näringar"));
    const qint64 transport = bodyId(QStringLiteral("Branschforum Transport"));
    qint64 marcus = 0;
    const QVector<MemberDetail> seats = *BodyRepository(m_session->database()).members(transport);
    for (const MemberDetail &m : seats)
        if (m.personName == QStringLiteral("Marcus Larsson"))
            marcus = m.membership.personId;
    QVERIFY(marcus);
    Membership seat;
    seat.bodyId = green;
    seat.personId = marcus;
    QVERIFY(BodyRepository(m_session->database()).addMember(seat));
    const WheelRepository repo(m_session->database());
    auto forumQ2 = [&](qint64 body) {
        const AnnualWheel w = *repo.load(*repo.idFor(body, m_year));
        for (const WheelSlot &s : w.slotList)
            if (s.kind == SlotKind::ForumMeeting && s.quarter == 2)
                return s;
        return WheelSlot();
    };
    WheelSlot t = forumQ2(transport);
    QVERIFY(t.id);
    t.date = forumQ2(green).date;
    QVERIFY(repo.updateSlot(t));

    WheelsView view(m_session.get());
    view.resize(1300, 760);
    view.setOverview(true);
    QCOMPARE(view.wheelWidget()->picture().rings.size(), 2);
    QCOMPARE(view.slotTable()->rowCount(), 10);
    QCOMPARE(view.warnings().size(), 1);
    QVERIFY2(view.warnings().first().contains(QStringLiteral("Marcus Larsson")), qPrintable(view.warnings().first()));
    int flagged = 0;
    for (const WheelRing &r : view.wheelWidget()->picture().rings)
        for (const WheelMarker &m : r.markers)
            flagged += m.flagged ? 1 : 0;
    QCOMPARE(flagged, 2);
    shot(&view, QStringLiteral("overview.png"));
    view.setOverview(false);
    QCOMPARE(view.wheelWidget()->picture().rings.size(), 3); // forum, committee, seminar
}

void TestWheelsView::newWheelFromTemplateAndUndo()
{
    WheelsView view(m_session.get());
    const qint64 green = bodyId(QStringLiteral("Branschforum Gröna näringar"));
    view.showWheel(green, m_year + 1);
    QCOMPARE(view.slotTable()->rowCount(), 0);
    view.createWheel(QStringLiteral("three_forums"));
    QCOMPARE(view.wheel().count(SlotKind::ForumMeeting), 3);
    QCOMPARE(view.slotTable()->rowCount(), 4);
    m_session->undoStack()->undo();
    QCOMPARE(view.slotTable()->rowCount(), 0);
    QCOMPARE(*WheelRepository(m_session->database()).idFor(green, m_year + 1), 0);
    m_session->undoStack()->redo(); // the same wheel again, with its ids
    QCOMPARE(view.slotTable()->rowCount(), 4);
    QCOMPARE(view.wheel().slotList.first().inputs.size(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(view.slotTable()->rowCount(), 0);

    // Copy of last year: the demo wheel with its joint seminar.
    view.copyLastYear();
    QCOMPARE(view.slotTable()->rowCount(), 5);
    QCOMPARE(view.wheel().year, m_year + 1);
}

void TestWheelsView::wheelAndNoticePdfs()
{
    VERKSTAN_REQUIRE_TOOL("pdftotext");
    WheelsView view(m_session.get());
    auto report = view.makeReport();
    QVERIFY(report);
    QCOMPARE(report->pageLayout().orientation(), QPageLayout::Landscape);
    const QString pdf = m_dir->filePath(QStringLiteral("wheel.pdf"));
    QVERIFY(report->exportPdf(pdf));
    const QString text = PdfSupport::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("Annual wheel %1").arg(m_year)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Branschforum Gröna näringar")));
    QVERIFY(text.contains(QStringLiteral("Education orders")));
    QVERIFY(text.contains(QStringLiteral("Summary of Q1 to Q3")));
    QVERIFY(text.contains(QStringLiteral("No warnings")));

    view.selectSlot(view.wheel().slotList.at(3).id);
    auto notice = view.makeNotice();
    QVERIFY(notice);
    const QString noticePdf = m_dir->filePath(QStringLiteral("notice.pdf"));
    QVERIFY(notice->exportPdf(noticePdf));
    const QString noticeText = PdfSupport::text(noticePdf);
    QVERIFY2(noticeText.contains(QStringLiteral("Notice of meeting")), qPrintable(noticeText));
    QVERIFY(noticeText.contains(QStringLiteral("1.")));
    QVERIFY(noticeText.contains(QStringLiteral("Choice of adjuster")));
    QVERIFY(noticeText.contains(QStringLiteral("Closing of the meeting")));
    if (const QString dir = TestSupport::screenshotDir({}); !dir.isEmpty()) {
        QFile::copy(pdf, dir + QStringLiteral("/wheel.pdf"));
        QFile::copy(noticePdf, dir + QStringLiteral("/notice.pdf"));
    }
}

void TestWheelsView::exportCalendarFromTheTab()
{
    WheelsView view(m_session.get());
    const QString path = m_dir->filePath(QStringLiteral("wheel.ics"));
    GuiTest::AnsweredFileDialogs files;
    view.setFileDialogs(&files);
    files.answer = [&](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return path; };
    view.exportCalendar();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 5);
    QVERIFY(ics.contains("TZID:Europe/Stockholm"));
    QVERIFY(ics.contains(IcsCalendar::uidForSlot(view.wheel().bodyId, view.wheel().slotList.first().id).toUtf8()));
}

QTEST_MAIN(TestWheelsView)
#include "tst_wheelsview.moc"
