// What final minutes refer to (issue 13): a person named in final minutes can be deleted
// from the register; the minutes keep the name as printed, their seal still holds, the
// person deleting is told which minutes name the person, and undo links them back. An
// actor whose people are in final minutes is refused with their names. Through Session
// and through the window, on SQLite and (tst_finalminutesreferences_postgresql) PostgreSQL.
#include "ActorRegisterView.h"
#include "ActorRepository.h"
#include "BodyRepository.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MessageWidget.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"
#include "PeopleView.h"
#include "PersonRepository.h"
#include "ActorService.h"
#include "PersonService.h"
#include "Session.h"
#include "TestSupport.h"

#include <QAction>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

class TestFinalMinutesReferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    qint64 m_actor = 0;     // Lekebergs kommun
    qint64 m_adjuster = 0;  // Håkan Söderman, of Lekebergs kommun: on the attendance list
    qint64 m_assignee = 0;  // Maria Svensson Hallberg: given an assignment in § 3
    qint64 m_minutes = 0;

    const Database &db() const { return m_session->database(); }

    QString sqlError(const QString &sql) const
    {
        QSqlQuery q(db().connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    Minutes stored() const { return MinutesRepository(db()).load(m_minutes).value(); }

    const Attendee &adjusterIn(const Minutes &m) const { return m.attendance.at(1); }

private slots:
    void initTestCase()
    {
        if (TestSupport::onPostgres() && TestSupport::postgresUrl().isEmpty())
            QSKIP(qPrintable(TestSupport::postgresMissingMessage()));
        if (TestSupport::onPostgres())
            qInfo("on PostgreSQL: %s", qPrintable(QUrl(TestSupport::postgresUrl()).toString(QUrl::RemovePassword)));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        auto opened = TestSupport::freshDatabase(m_dir.filePath(QStringLiteral("refs.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        std::unique_ptr<Database> database = std::move(opened).value();
        const Database &d = *database;

        Actor actor;
        actor.name = QStringLiteral("Lekebergs kommun");
        actor.type = ActorType::Municipality;
        actor.level = GeoLevel::Local;
        m_actor = ActorRepository(d).add(actor).value();
        Person adjuster;
        adjuster.name = QStringLiteral("Håkan Söderman");
        adjuster.actorId = m_actor;
        m_adjuster = PersonRepository(d).add(adjuster).value();
        Person assignee;
        assignee.name = QStringLiteral("Maria Svensson Hallberg");
        m_assignee = PersonRepository(d).add(assignee).value();

        Body body;
        body.name = QStringLiteral("Specifikt samverkansråd");
        body.kind = BodyKind::CooperationCouncil;
        const qint64 bodyId = BodyRepository(d).add(body).value();
        Meeting meeting;
        meeting.bodyId = bodyId;
        meeting.title = QStringLiteral("Möte");
        meeting.date = QDate(2018, 9, 28);
        const qint64 meetingId = MeetingRepository(d).add(meeting).value();

        Minutes m;
        m.meetingId = meetingId;
        m.bodyId = bodyId;
        m.bodyName = body.name;
        m.date = meeting.date;
        Attendee chair;
        chair.name = QStringLiteral("Irén Lejegren");
        chair.role = MinutesRole::Chair;
        Attendee adjusting;
        adjusting.personId = m_adjuster;
        adjusting.name = adjuster.name;
        adjusting.organisation = actor.name;
        adjusting.role = MinutesRole::Adjuster;
        Attendee secretary;
        secretary.name = QStringLiteral("Anna Elverskog");
        secretary.role = MinutesRole::Secretary;
        secretary.member = false;
        m.attendance = {chair, adjusting, secretary};
        m.items = MinutesWorkflow::itemsFromAgenda(
            {QStringLiteral("Mötet öppnas"), QStringLiteral("Justerare"), QStringLiteral("Handlingsplan")}, 1);
        Assignment task;
        task.responsiblePersonId = m_assignee;
        task.responsible = assignee.name;
        task.task = QStringLiteral("ta fram ett förslag");
        m.items[2].assignments = {task};
        m_minutes = MinutesRepository(d).add(m).value();
        m = MinutesRepository(d).load(m_minutes).value();
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        for (const QString &who : {chair.name, adjuster.name}) {
            Adjustment a;
            a.name = who;
            a.date = QDate(2018, 10, 12);
            QVERIFY(MinutesWorkflow::recordAdjustment(m, a, QDate(2018, 10, 15)));
        }
        QVERIFY(MinutesRepository(d).finalize(m));

        auto session = Session::open(std::move(database));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
        QCOMPARE(adjusterIn(stored()).personId, m_adjuster);
    }

    void cleanup() { m_session.reset(); }

    void deletingAPersonNamedInFinalMinutesKeepsTheNames()
    {
        const Minutes before = stored();
        QString note;
        const Status s = m_session->personService().remove(m_adjuster, &note);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QVERIFY2(note.contains(QStringLiteral("Håkan Söderman")) && note.contains(QStringLiteral("Specifikt samverkansråd"))
                     && note.contains(QStringLiteral("2018-09-28")) && note.contains(QStringLiteral("attendance")),
                 qPrintable(note));
        QVERIFY(!PersonRepository(db()).find(m_adjuster));
        QCOMPARE(m_session->people()->rowOf(m_adjuster), -1);

        // The minutes read as before: the name as printed, only the link is gone.
        const Minutes after = stored();
        QCOMPARE(adjusterIn(after).name, QStringLiteral("Håkan Söderman"));
        QCOMPARE(adjusterIn(after).organisation, QStringLiteral("Lekebergs kommun"));
        QCOMPARE(adjusterIn(after).personId, qint64(0));
        QCOMPARE(after.contentHash, before.contentHash);
        QCOMPARE(MinutesSeal::seal(after, after.previousHash, after.sealFormat), after.contentHash);
        QCOMPARE(MinutesRepository(db()).verifyChains()->size(), 0);

        // Undo brings the person back, linked again; redo deletes again.
        m_session->undoStack()->undo();
        QVERIFY(PersonRepository(db()).find(m_adjuster));
        QCOMPARE(adjusterIn(stored()).personId, m_adjuster);
        m_session->undoStack()->redo();
        QVERIFY(!PersonRepository(db()).find(m_adjuster));
        QCOMPARE(adjusterIn(stored()).personId, qint64(0));

        // The one given an assignment: the message names the item.
        note.clear();
        QVERIFY(m_session->personService().remove(m_assignee, &note));
        QVERIFY2(note.contains(QStringLiteral("§ 3")), qPrintable(note));
        QCOMPARE(stored().items.at(2).assignments.at(0).responsiblePersonId, qint64(0));
        QCOMPARE(stored().items.at(2).assignments.at(0).responsible, QStringLiteral("Maria Svensson Hallberg"));
        QCOMPARE(MinutesRepository(db()).verifyChains()->size(), 0);
    }

    void finalMinutesStillRefuseEveryOtherChange()
    {
        QVERIFY(m_session->personService().remove(m_assignee));
        const QString attendee = QStringLiteral("SELECT id FROM minutes_attendee WHERE minutes_id = %1").arg(m_minutes);
        const QString assignment = QStringLiteral("SELECT a.id FROM minutes_assignment a JOIN minutes_item i ON i.id = "
                                                  "a.item_id WHERE i.minutes_id = %1")
                                       .arg(m_minutes);
        for (const QString &sql :
             {QStringLiteral("UPDATE minutes_attendee SET name = 'Någon annan' WHERE id IN (%1)").arg(attendee),
              QStringLiteral("UPDATE minutes_attendee SET person_id = NULL, organisation = 'X' WHERE id IN (%1)").arg(attendee),
              QStringLiteral("UPDATE minutes_attendee SET position = position + 10 WHERE id IN (%1)").arg(attendee),
              QStringLiteral("DELETE FROM minutes_attendee WHERE id IN (%1)").arg(attendee),
              QStringLiteral("UPDATE minutes_assignment SET task = 'annat' WHERE id IN (%1)").arg(assignment),
              QStringLiteral("UPDATE minutes_assignment SET responsible_person_id = NULL, responsible = 'X' "
                             "WHERE id IN (%1)").arg(assignment)}) {
            const QString error = sqlError(sql);
            QVERIFY2(error.contains(QStringLiteral("final minutes cannot be changed")), qPrintable(sql + QStringLiteral(" -> ") + error));
        }
        QCOMPARE(MinutesRepository(db()).verifyChains()->size(), 0);
    }

    void anActorIsRefusedWhileItsPeopleAreRegistered()
    {
        const Status refused = m_session->actorService().remove(m_actor);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Håkan Söderman")), qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("final minutes cannot")));
        // With its person gone, the actor goes too; the minutes keep the organisation as printed.
        QVERIFY(m_session->personService().remove(m_adjuster));
        const Status s = m_session->actorService().remove(m_actor);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(adjusterIn(stored()).organisation, QStringLiteral("Lekebergs kommun"));
        QCOMPARE(MinutesRepository(db()).verifyChains()->size(), 0);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QVERIFY(ActorRepository(db()).find(m_actor));
        QCOMPARE(adjusterIn(stored()).personId, m_adjuster);
    }

    void throughTheWindow()
    {
        MainWindow window(std::move(m_session));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Session *session = window.session();
        auto trigger = [&](const char *name) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            action->trigger();
        };

        // The actor: refused, naming its person.
        QVERIFY(window.actorRegister()->selectActor(m_actor));
        trigger("actionDelete");
        MessageWidget *message = window.messageWidget();
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Warning);
        QVERIFY2(message->text().contains(QStringLiteral("Håkan Söderman")), qPrintable(message->text()));

        // The person: deleted, and the message says which final minutes keep the name.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentIndex(1);
        auto *people = qobject_cast<PeopleView *>(tabs->currentWidget());
        QVERIFY(people);
        people->selectPerson(m_adjuster);
        trigger("actionDelete");
        QCOMPARE(message->type(), MessageWidget::Information);
        QVERIFY2(message->text().contains(QStringLiteral("Specifikt samverkansråd 2018-09-28")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("keep the name as printed")));
        QVERIFY(!PersonRepository(session->database()).find(m_adjuster));
        QCOMPARE(adjusterIn(MinutesRepository(session->database()).load(m_minutes).value()).name,
                 QStringLiteral("Håkan Söderman"));
        trigger("actionUndo");
        QVERIFY(PersonRepository(session->database()).find(m_adjuster));
        QCOMPARE(adjusterIn(MinutesRepository(session->database()).load(m_minutes).value()).personId, m_adjuster);
    }
};

QTEST_MAIN(TestFinalMinutesReferences)
#include "tst_finalminutesreferences.moc"
