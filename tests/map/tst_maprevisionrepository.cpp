#include "ActorRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "MapRevisionRepository.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Published revisions of the landscape map in a real database file: the frozen snapshot,
// the list, the diff of two revisions, and a published revision that never changes.
class TestMapRevisionRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // A new database: an SQLite file, or the PostgreSQL server of the ..._postgresql run.
    std::unique_ptr<Database> newDatabase()
    {
        auto db = TestSupport::freshDatabase(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(db).value();
    }

    static qint64 add(const Database &db, const QString &name, ActorType type, GeoLevel level, Areas areas = {})
    {
        Actor a;
        a.name = name;
        a.type = type;
        a.level = level;
        a.areas = areas;
        auto id = ActorRepository(db).add(a);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        return *id;
    }

    static ActorList current(const Database &db) { return ActorRepository(db).all().value(); }

private slots:
    void initTestCase()
    {
        if (TestSupport::onPostgres() && TestSupport::postgresUrl().isEmpty())
            QSKIP(qPrintable(TestSupport::postgresMissingMessage()));
    }

    void publishFreezesTheMapAsItWas()
    {
        auto db = newDatabase();
        const qint64 volvo = add(*db, QStringLiteral("Volvo CE"), ActorType::PrivateEmployer, GeoLevel::Local,
                                 Area::TrainingMatching);
        const qint64 almi = add(*db, QStringLiteral("Almi Mälardalen"), ActorType::BusinessSupport, GeoLevel::Regional);
        MapRevisionRepository repo(*db);
        QCOMPARE(repo.latestNumber().value(), 0);
        const QDateTime at(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
        auto first = repo.publish(QStringLiteral("Region Sörmland"), QStringLiteral("Första utgåvan"), current(*db), at);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(*first, 1);

        // The live register changes: rename, reclassify, delete, add.
        Actor v = ActorRepository(*db).find(volvo).value();
        v.name = QStringLiteral("Volvo Construction Equipment");
        v.level = GeoLevel::Regional;
        QVERIFY(ActorRepository(*db).update(v));
        QVERIFY(ActorRepository(*db).remove(almi));
        add(*db, QStringLiteral("IUC Sörmland"), ActorType::BusinessSupport, GeoLevel::Regional);

        // Revision 1 still reads as it was published, deleted actor included.
        const MapRevision r1 = repo.load(1).value();
        QCOMPARE(r1.number, 1);
        QCOMPARE(r1.owner, QStringLiteral("Region Sörmland"));
        QCOMPARE(r1.comment, QStringLiteral("Första utgåvan"));
        QCOMPARE(r1.publishedAt, at);
        QCOMPARE(r1.actors.size(), 2);
        QCOMPARE(r1.actors.at(0).name, QStringLiteral("Almi Mälardalen"));
        QCOMPARE(r1.actors.at(1).name, QStringLiteral("Volvo CE"));
        QCOMPARE(r1.actors.at(1).level, GeoLevel::Local);
        QCOMPARE(r1.actors.at(1).areas, Areas(Area::TrainingMatching));

        auto second = repo.publish(QStringLiteral("Region Sörmland"), QString(), current(*db), at.addDays(30));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(*second, 2);
        const QVector<MapRevisionSummary> list = repo.list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).number, 1);
        QCOMPARE(list.at(0).actorCount, 2);
        QCOMPARE(list.at(1).number, 2);
        QCOMPARE(list.at(1).publishedAt, at.addDays(30));

        const MapRevisionDiff d = repo.compare(1, 2).value();
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().name, QStringLiteral("IUC Sörmland"));
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed.first().name, QStringLiteral("Almi Mälardalen"));
        QCOMPARE(d.renamed.size(), 1);
        QCOMPARE(d.reclassified.size(), 1);
        QCOMPARE(d.reclassified.first().second.level, GeoLevel::Regional);
    }

    void publishingWithNothingChangedSaysSo()
    {
        auto db = newDatabase();
        add(*db, QStringLiteral("Volvo CE"), ActorType::PrivateEmployer, GeoLevel::Local);
        MapRevisionRepository repo(*db);
        QVERIFY(repo.publish(QStringLiteral("Region Sörmland"), QString(), current(*db)).ok());
        auto again = repo.publish(QStringLiteral("Region Sörmland"), QString(), current(*db));
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(QStringLiteral("Nothing has changed")), qPrintable(again.errorMessage()));
        QCOMPARE(repo.list().value().size(), 1);
        // A change in the register's notes or address is not a change of the map either.
        Actor a = current(*db).first();
        a.notes = QStringLiteral("ny anteckning");
        QVERIFY(ActorRepository(*db).update(a));
        QVERIFY(!repo.publish(QStringLiteral("Region Sörmland"), QString(), current(*db)).ok());
    }

    void publishingNeedsAnOwner()
    {
        auto db = newDatabase();
        auto r = MapRevisionRepository(*db).publish(QStringLiteral("  "), QString(), {});
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("owner")));
        QCOMPARE(MapRevisionRepository(*db).list().value().size(), 0);
    }

    void aPublishedRevisionNeverChanges()
    {
        auto db = newDatabase();
        add(*db, QStringLiteral("Volvo CE"), ActorType::PrivateEmployer, GeoLevel::Local);
        QVERIFY(MapRevisionRepository(*db).publish(QStringLiteral("Region Sörmland"), QString(), current(*db)).ok());
        // Even SQL behind the repository's back is refused by the schema.
        const QStringList attempts{
            QStringLiteral("UPDATE map_revision SET owner = 'x'"),
            QStringLiteral("DELETE FROM map_revision"),
            QStringLiteral("UPDATE map_revision_actor SET name = 'x'"),
            QStringLiteral("DELETE FROM map_revision_actor"),
        };
        for (const QString &sql : attempts) {
            QSqlQuery q(db->connection());
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        }
        QCOMPARE(MapRevisionRepository(*db).load(1).value().owner, QStringLiteral("Region Sörmland"));
        QCOMPARE(MapRevisionRepository(*db).load(1).value().actors.size(), 1);
        auto missing = MapRevisionRepository(*db).load(7);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void demoDatabaseHasOnePublishedRevision()
    {
        auto db = newDatabase();
        QVERIFY(DemoData::populate(*db));
        const QVector<MapRevisionSummary> list = MapRevisionRepository(*db).list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().actorCount, ActorRepository(*db).count().value());
        QVERIFY(list.first().owner.contains(QStringLiteral("Region Sörmland")));
    }

    void cliListsTheRevisions()
    {
        // The command-line tool opens database files only: on its own file also in the
        // PostgreSQL run.
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const auto init = TestSupport::runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
        QCOMPARE(init.exitCode, 0);
        const auto list = TestSupport::runCli({QStringLiteral("list"), QStringLiteral("revisions"), QStringLiteral("--db"), db});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).trimmed(), QByteArray("revision;published;owner;actors;comment"));
        QVERIFY(lines.at(1).startsWith("1;2026-10-01T09:00:00Z;Region Sörmland"));
    }
};

QTEST_GUILESS_MAIN(TestMapRevisionRepository)
#include "tst_maprevisionrepository.moc"
