#include "ActorRepository.h"
#include "BodyRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "PersonRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Every released schema is kept as a fixture (tests/data/schema/vN.sqlite, made by the
// program of that release with the demo data); each must open and upgrade to the
// current schema with its data intact. When a release adds a migration, run
//   VERKSTAN_WRITE_FIXTURE=1 build/bin/tst_migrations
// once to add the fixture of the new schema.
class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void writeFixtureWhenAsked()
    {
        if (!qEnvironmentVariableIsSet("VERKSTAN_WRITE_FIXTURE"))
            QSKIP("set VERKSTAN_WRITE_FIXTURE=1 to write the fixture of the current schema");
        const QString path = TestSupport_fixture(Database::latestSchemaVersion());
        QFile::remove(path);
        auto db = Database::open(path, {Database::Mode::Create});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(DemoData::populate(**db).ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }

    void everyReleasedSchemaUpgrades_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(QStringLiteral(VERKSTAN_TEST_DATA "/schema"));
        const QStringList files = dir.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no schema fixtures in tests/data/schema");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << f.mid(1, f.indexOf(QLatin1Char('.')) - 1).toInt();
        // The newest schema must have its fixture, or the next release cannot test upgrading from it.
        QVERIFY2(files.contains(QStringLiteral("v%1.sqlite").arg(Database::latestSchemaVersion())),
                 "the current schema has no fixture: run VERKSTAN_WRITE_FIXTURE=1 tst_migrations");
    }

    void everyReleasedSchemaUpgrades()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            c.setDatabaseName(copy);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        auto db = Database::open(copy);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->check()->isEmpty());
        // The demo data of that release is all still there and readable.
        auto stockholm = ActorRepository(**db).findByOrganisationNumber(QStringLiteral("232100-0016"));
        QVERIFY(stockholm.ok() && stockholm->has_value());
        QCOMPARE((*stockholm)->name, QStringLiteral("Region Stockholm"));
        QVERIFY(*ActorRepository(**db).count() >= 60);
        QVERIFY(PersonRepository(**db).all()->size() >= 20);
        QVERIFY(BodyRepository(**db).all()->size() >= 5);
    }

private:
    static QString TestSupport_fixture(int version)
    {
        return QStringLiteral(VERKSTAN_TEST_DATA "/schema/v%1.sqlite").arg(version);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
