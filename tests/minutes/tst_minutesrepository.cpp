// Minutes in the database (issue 5): drafts saved as they are edited, final minutes
// that neither the program nor plain SQL can change, the seal chain as `check` sees it,
// follow-up of assignments, and full-text search with Swedish letters and prefixes.
#include "BodyRepository.h"
#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesJson.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestMinutesRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_body = 0;

    qint64 addMeeting(const QDate &date)
    {
        Meeting meeting;
        meeting.bodyId = m_body;
        meeting.title = QStringLiteral("Möte");
        meeting.date = date;
        meeting.start = QTime(9, 0);
        meeting.end = QTime(12, 0);
        meeting.place = QStringLiteral("Eklundavägen 1, Örebro");
        auto id = MeetingRepository(*m_db).add(meeting);
        return id ? *id : 0;
    }

    // Seed 004 as a draft of a meeting on the date.
    Minutes seedDraft(const QDate &date)
    {
        QFile file(QStringLiteral(":/demo/minutes.json"));
        file.open(QIODevice::ReadOnly);
        Minutes m = MinutesJson::read(file.readAll(), file.fileName())->first().draft;
        m.meetingId = addMeeting(date);
        m.bodyId = m_body;
        m.date = date;
        return m;
    }

    // Stored, adjusted by the chair and the adjuster, and made final.
    Minutes finalSeed(const QDate &date)
    {
        Minutes m = seedDraft(date);
        auto id = MinutesRepository(*m_db).add(m);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        m = MinutesRepository(*m_db).load(*id).value();
        if (!MinutesWorkflow::sendForAdjustment(m))
            qFatal("not ready for adjustment");
        for (const QString &who : {QStringLiteral("Irén Lejegren"), QStringLiteral("Håkan Söderman")}) {
            Adjustment a;
            a.name = who;
            a.date = date.addDays(14);
            if (const Status s = MinutesWorkflow::recordAdjustment(m, a, date.addDays(30)); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        }
        if (const Status s = MinutesRepository(*m_db).finalize(m); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return m;
    }

    // The same tests run on PostgreSQL too (TestSupport::freshDatabase).
    static QString postgresUrl() { return TestSupport::postgresUrl(); }
    static bool onPostgres() { return TestSupport::onPostgres(); }

    QString sqlError(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private slots:
    void initTestCase()
    {
        if (onPostgres() && postgresUrl().isEmpty())
            QSKIP(qPrintable(TestSupport::postgresMissingMessage()));
        if (onPostgres())
            qInfo("on PostgreSQL: %s", qPrintable(QUrl(postgresUrl()).toString(QUrl::RemovePassword)));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = TestSupport::freshDatabase(m_dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        Body body;
        body.name = QStringLiteral("Specifikt samverkansråd för skola, utbildning och kompetensförsörjning");
        body.kind = BodyKind::CooperationCouncil;
        m_body = BodyRepository(*m_db).add(body).value();
    }

    void cleanup() { m_db.reset(); }

    void draftRoundTripKeepsIds()
    {
        Minutes m = seedDraft(QDate(2018, 9, 28));
        auto id = MinutesRepository(*m_db).add(m);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto loaded = MinutesRepository(*m_db).load(*id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->items.size(), 14);
        QCOMPARE(loaded->attendance.size(), m.attendance.size());
        QCOMPARE(loaded->attendance, m.attendance);
        QCOMPARE(loaded->items.at(12).assignments.size(), 1);
        QCOMPARE(loaded->state, MinutesState::Draft);

        // An edit while the meeting runs: one item changed, one added, one removed.
        Minutes edited = loaded.value();
        const qint64 keptId = edited.items.at(3).id;
        const qint64 assignmentId = edited.items.at(12).assignments.first().id;
        edited.items[3].discussion += QStringLiteral(" Tillägg under mötet.");
        edited.items.removeAt(9);
        MinutesItem extra;
        extra.title = QStringLiteral("Nästa möte");
        edited.items.insert(12, extra);
        MinutesWorkflow::renumber(edited, 1);
        auto saved = MinutesRepository(*m_db).save(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(saved->items.at(12).id > 0);
        const Minutes again = MinutesRepository(*m_db).load(*id).value();
        QCOMPARE(again.items.size(), 14);
        QCOMPARE(again.items.at(3).id, keptId);
        QVERIFY(again.items.at(3).discussion.endsWith(QStringLiteral("Tillägg under mötet.")));
        QCOMPARE(again.items.at(12).title, QStringLiteral("Nästa möte"));
        QCOMPARE(again.items.at(13).number, 14);
        QCOMPARE(again.items.at(11).assignments.first().id, assignmentId);
    }

    void secondMinutesOfAMeetingAreRefused()
    {
        Minutes m = seedDraft(QDate(2018, 9, 28));
        QVERIFY(MinutesRepository(*m_db).add(m));
        const auto again = MinutesRepository(*m_db).add(m);
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(QStringLiteral("already has minutes")), qPrintable(again.errorMessage()));
    }

    void finalMinutesRefuseEveryChange()
    {
        const Minutes m = finalSeed(QDate(2018, 9, 28));
        QCOMPARE(m.state, MinutesState::Final);
        QCOMPARE(m.contentHash.size(), 64);
        const Minutes stored = MinutesRepository(*m_db).load(m.id).value();
        QCOMPARE(stored.state, MinutesState::Final);
        QCOMPARE(stored.adjustedOn, QDate(2018, 10, 12));
        QCOMPARE(stored.adjustments.size(), 2);
        QCOMPARE(stored.contentHash, m.contentHash);
        QCOMPARE(stored.sealFormat, 2);
        QCOMPARE(MinutesSeal::seal(stored, stored.previousHash, stored.sealFormat), stored.contentHash);

        // The program says no, naming the minutes.
        Minutes edit = stored;
        edit.state = MinutesState::Draft;
        edit.items[3].discussion = QStringLiteral("ändrat");
        const auto refused = MinutesRepository(*m_db).save(edit);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("final")), qPrintable(refused.errorMessage()));

        // And so does the database, to any SQL.
        const QString id = QString::number(m.id);
        for (const QString &sql :
             {QStringLiteral("UPDATE minutes SET place = 'x' WHERE id = ") + id,
              QStringLiteral("DELETE FROM minutes WHERE id = ") + id,
              QStringLiteral("UPDATE minutes_item SET discussion = 'x' WHERE minutes_id = ") + id,
              QStringLiteral("DELETE FROM minutes_item WHERE minutes_id = ") + id,
              QStringLiteral("INSERT INTO minutes_item (minutes_id, position, number) VALUES (%1, 99, 99)").arg(id),
              QStringLiteral("UPDATE minutes_attendee SET name = 'x' WHERE minutes_id = ") + id,
              QStringLiteral("DELETE FROM minutes_adjustment WHERE minutes_id = ") + id,
              QStringLiteral("UPDATE minutes_assignment SET task = 'x'"),
              QStringLiteral("DELETE FROM minutes_assignment"),
              QStringLiteral("INSERT INTO minutes_comment (item_id, position, author, text) VALUES (%1, 0, 'x', 'y')")
                  .arg(stored.items.at(0).id)}) {
            const QString error = sqlError(sql);
            QVERIFY2(error.contains(QStringLiteral("final minutes cannot be changed")), qPrintable(sql + QStringLiteral(": ") + error));
        }
        QCOMPARE(MinutesRepository(*m_db).load(m.id)->items, stored.items);
        // The meeting they record cannot go either.
        QVERIFY(!MeetingRepository(*m_db).remove(m.meetingId));
    }

    void checkFindsTheFirstBrokenMinutes_data()
    {
        QTest::addColumn<int>("tampering");
        QTest::addColumn<int>("brokenIndex");
        QTest::newRow("intact") << 0 << -1;
        QTest::newRow("a changed byte") << 1 << 1;
        QTest::newRow("a deleted item") << 2 << 2;
        QTest::newRow("removed minutes") << 3 << 1;
    }

    void checkFindsTheFirstBrokenMinutes()
    {
        QFETCH(int, tampering);
        QFETCH(int, brokenIndex);
        QVector<Minutes> chain;
        for (int i = 0; i < 4; ++i)
            chain << finalSeed(QDate(2018, 2 + 2 * i, 10));
        auto before = MinutesRepository(*m_db).verifyChains();
        QVERIFY(before.ok());
        QVERIFY(before->isEmpty());

        // Someone who goes round the program: drops the triggers and edits the file.
        if (tampering > 0 && onPostgres()) {
            for (const char *table : {"minutes", "minutes_item", "minutes_attendee", "minutes_adjustment",
                                      "minutes_assignment", "minutes_comment"})
                QCOMPARE(sqlError(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table))), QString());
        } else if (tampering > 0) {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%final%'")));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            q.finish();
            for (const QString &t : triggers)
                QCOMPARE(sqlError(QStringLiteral("DROP TRIGGER ") + t), QString());
        }
        if (tampering == 1)
            QCOMPARE(sqlError(QStringLiteral("UPDATE minutes_item SET discussion = discussion || '.' WHERE minutes_id = %1 "
                                             "AND number = 4").arg(chain.at(1).id)), QString());
        if (tampering == 2)
            QCOMPARE(sqlError(QStringLiteral("DELETE FROM minutes_item WHERE minutes_id = %1 AND number = 9").arg(chain.at(2).id)),
                     QString());
        if (tampering == 3)
            QCOMPARE(sqlError(QStringLiteral("DELETE FROM minutes WHERE id = %1").arg(chain.at(1).id)), QString());

        auto problems = MinutesRepository(*m_db).verifyChains();
        QVERIFY(problems.ok());
        if (brokenIndex < 0) {
            QVERIFY(problems->isEmpty());
            return;
        }
        QCOMPARE(problems->size(), 1);
        const qint64 expected = chain.at(tampering == 3 ? 2 : brokenIndex).id;
        QCOMPARE(problems->first().problem.minutesId, expected);
        QVERIFY(problems->first().problem.reason.contains(QStringLiteral("2018-")));
    }

    void followUpCarriesOpenAssignments()
    {
        const Minutes first = finalSeed(QDate(2018, 9, 28));
        auto open = MinutesRepository(*m_db).assignments(m_body, true);
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        const AssignmentRecord given = open->first();
        QCOMPARE(given.assignment.responsible, QStringLiteral("Ewa Lindberg"));
        QCOMPARE(given.itemNumber, 13);
        QCOMPARE(given.minutesId, first.id);

        // The next meeting carries it on, then the one after marks it done; the final
        // minutes that gave it do not change.
        Minutes next = seedDraft(QDate(2018, 11, 23));
        const qint64 nextId = MinutesRepository(*m_db).add(next).value();
        QVERIFY(MinutesRepository(*m_db).followUp(given.assignment.id, AssignmentStatus::CarriedOn, nextId, QDate(2018, 11, 23)));
        QCOMPARE(MinutesRepository(*m_db).assignments(m_body, true)->size(), 2); // the new one and the carried one
        QVERIFY(MinutesRepository(*m_db).followUp(given.assignment.id, AssignmentStatus::Done, nextId, QDate(2018, 11, 23)));
        const auto stillOpen = MinutesRepository(*m_db).assignments(m_body, true).value();
        QCOMPARE(stillOpen.size(), 1);
        QCOMPARE(stillOpen.first().minutesId, nextId);
        QCOMPARE(MinutesRepository(*m_db).verifyChains()->size(), 0);
        QVERIFY(!MinutesRepository(*m_db).followUp(999999, AssignmentStatus::Done, nextId, QDate(2018, 11, 23)));
    }

    void runningNumbersContinueThroughTheYear()
    {
        finalSeed(QDate(2018, 9, 28));
        QCOMPARE(MinutesRepository(*m_db).lastItemNumber(m_body, 2018).value(), 14);
        QCOMPARE(MinutesRepository(*m_db).lastItemNumber(m_body, 2019).value(), 0);
        QCOMPARE(MinutesWorkflow::firstItemNumber(ItemNumbering::RunningPerYear,
                                                  MinutesRepository(*m_db).lastItemNumber(m_body, 2018).value()),
                 15);
    }

    void searchFindsSwedishWordsAndPrefixes()
    {
        const Minutes m = finalSeed(QDate(2018, 9, 28));
        const MinutesRepository repo(*m_db);
        auto hits = repo.search(QStringLiteral("Yrkesmässa"));
        QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().number, 11);
        QCOMPARE(hits->first().minutesId, m.id);
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[Yrkesmässa]")));

        // A prefix while typing, with å, ä and ö, any case.
        QCOMPARE(repo.search(QStringLiteral("kompetensförs"))->isEmpty(), false);
        QCOMPARE(repo.search(QStringLiteral("ÖVERENSKOMMELSEN"))->isEmpty(), false);
        QCOMPARE(repo.search(QStringLiteral("Ångm"))->size(), 2); // Ingemar / Ingmar Ångman, § 6 and § 7
        // ä is not a: "har" does not find "här".
        QVERIFY(repo.search(QStringLiteral("lägesrapport"))->size() == 1);
        QVERIFY(repo.search(QStringLiteral("lagesrapport"))->isEmpty());
        // Every word must be there.
        QCOMPARE(repo.search(QStringLiteral("Komtek teknikpedagog"))->size(), 1);
        QVERIFY(repo.search(QStringLiteral("Komtek familjecentraler"))->isEmpty());
        // Nothing to search for, and quotes and operators are only text.
        QVERIFY(repo.search(QStringLiteral("  \"*"))->isEmpty());
        QVERIFY(repo.search(QStringLiteral("NOT OR AND"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMinutesRepository)
#include "tst_minutesrepository.moc"
