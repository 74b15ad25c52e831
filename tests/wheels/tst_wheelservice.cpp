#include "BodyService.h"
#include "Clock.h"
#include "Door.h"
#include "Session.h"
#include "WheelService.h"
#include "WheelsView.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

// The Wheels tab's operations go through the session's door like every other edit:
// each is one undo step that undo and redo bring back exactly, a refusal changes nothing
// and pushes nothing, and the tab follows the bodies and says what it could not read.
class TestWheelService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    const int m_year = Clock::today().year();

    WheelService &wheels() const { return m_session->wheelService(); }
    QUndoStack *undo() const { return m_session->undoStack(); }

    AnnualWheel firstWheel() const
    {
        auto all = wheels().ofYear(m_year);
        if (!all || all->isEmpty())
            return {};
        return all->first();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("w.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void aSlotEditIsOneUndoStep()
    {
        const AnnualWheel w = firstWheel();
        QVERIFY2(w.id && !w.slotList.isEmpty(), "the demo has a wheel this year");
        WheelSlot slot = w.slotList.first();
        const QString before = slot.focus;
        QSignalSpy changed(m_session.get(), &Session::wheelsChanged);
        slot.focus = QStringLiteral("Kompetensbehov i besöksnäringen");
        QVERIFY(wheels().editSlot(slot));
        QCOMPARE(undo()->count(), 1);
        QVERIFY(undo()->undoText().startsWith(QStringLiteral("Edit ")));
        QCOMPARE(wheels().slot(slot.id)->focus, slot.focus);
        QCOMPARE(changed.size(), 1);
        undo()->undo();
        QCOMPARE(wheels().slot(slot.id)->focus, before);
        undo()->redo();
        QCOMPARE(wheels().slot(slot.id)->focus, slot.focus);
        QCOMPARE(changed.size(), 3);
        // Saving a slot unchanged is no step.
        QVERIFY(wheels().editSlot(*wheels().slot(slot.id)));
        QCOMPARE(undo()->count(), 1);
    }

    void slotsAndMeetingsComeAndGoWithUndo()
    {
        const AnnualWheel w = firstWheel();
        WheelSlot s;
        s.wheelId = w.id;
        s.quarter = 3;
        s.date = QDate(m_year, 9, 10);
        s.kind = SlotKind::WorkingCommitteeMeeting;
        s.focus = QStringLiteral("Utbildningarnas resultat");
        auto id = wheels().addSlot(s);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(wheels().slot(*id));
        auto meeting = wheels().turnIntoMeeting(*id);
        QVERIFY2(meeting, qPrintable(meeting.errorMessage()));
        QCOMPARE(wheels().meeting(*meeting)->slotId, *id);
        // A slot that has become a meeting stays: refused, nothing pushed.
        const int steps = undo()->count();
        const Status refused = wheels().removeSlot(*id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::InUse);
        QCOMPARE(undo()->count(), steps);
        undo()->undo(); // the meeting goes
        QVERIFY(!wheels().meeting(*meeting));
        QVERIFY(wheels().removeSlot(*id));
        QVERIFY(!wheels().slot(*id));
        undo()->undo(); // the slot is back with its id
        QCOMPARE(wheels().slot(*id)->focus, s.focus);
    }

    void aNewWheelIsUndoneAndRedoneWithItsIds()
    {
        qint64 without = 0;
        for (const Body &b : m_session->bodies()->records())
            if (auto w = wheels().wheelOf(b.id, m_year + 1); w && !w->id)
                without = b.id;
        QVERIFY(without);
        auto templates = wheels().templates();
        QVERIFY(templates && !templates->isEmpty());
        auto id = wheels().createWheel(without, m_year + 1, templates->first());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        const AnnualWheel made = *wheels().wheelOf(without, m_year + 1);
        QCOMPARE(made.id, *id);
        undo()->undo();
        QCOMPARE(wheels().wheelOf(without, m_year + 1)->id, 0);
        undo()->redo();
        const AnnualWheel again = *wheels().wheelOf(without, m_year + 1);
        QCOMPARE(again.id, made.id);
        QCOMPARE(again.slotList.size(), made.slotList.size());
        QCOMPARE(again.slotList.first().id, made.slotList.first().id);
    }

    void aRefusedEditChangesNothing()
    {
        const AnnualWheel w = firstWheel();
        WheelSlot slot = w.slotList.first();
        const QString before = slot.place;
        m_session->door()->setGate([](const QString &edit) -> Status {
            return Error{Error::Kind::InUse, QStringLiteral("%1: not now").arg(edit)};
        });
        slot.place = QStringLiteral("Elsewhere");
        const Status s = wheels().editSlot(slot);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().endsWith(QStringLiteral("not now")));
        QCOMPARE(wheels().slot(slot.id)->place, before);
        QCOMPARE(undo()->count(), 0);

        // The tab says so.
        m_session->door()->setGate({});
        WheelsView view(m_session.get());
        view.showWheel(w.bodyId, m_year);
        view.selectSlot(slot.id);
        QSignalSpy errors(&view, &WheelsView::errorOccurred);
        m_session->door()->setGate([](const QString &) -> Status { return Error{Error::Kind::InUse, QStringLiteral("refused")}; });
        view.deleteSelectedSlot();
        QVERIFY(wheels().slot(slot.id));
        QVERIFY(!errors.isEmpty());
    }

    void theTabFollowsTheBodiesAndShowsWhatItCannotRead()
    {
        WheelsView view(m_session.get());
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("wheelBody"));
        QVERIFY(combo);
        const int before = combo->count();
        Body b;
        b.name = QStringLiteral("Branschforum Besöksnäring");
        b.kind = BodyKind::IndustryForum;
        auto id = m_session->bodyService().add(b);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QCOMPARE(combo->count(), before + 1);
        QVERIFY(combo->findData(*id) >= 0);
        b.id = *id;
        b.name = QStringLiteral("Branschforum Turism");
        QVERIFY(m_session->bodyService().edit(b));
        QCOMPARE(combo->itemText(combo->findData(*id)), b.name);
        view.showWheel(*id, m_year);
        QCOMPARE(view.wheel().bodyName, b.name);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(combo->findData(*id), -1);
        QCOMPARE(combo->count(), before);

        // A read that fails is said, not swallowed.
        QSignalSpy errors(&view, &WheelsView::errorOccurred);
        QVERIFY(m_session->database().exec(QStringLiteral("ALTER TABLE meeting RENAME TO meeting_elsewhere")));
        view.showWheel(firstWheel().bodyId ? firstWheel().bodyId : combo->itemData(0).toLongLong(), m_year);
        QVERIFY(!errors.isEmpty());
    }
};

QTEST_MAIN(TestWheelService)
#include "tst_wheelservice.moc"
