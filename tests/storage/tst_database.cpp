#include "ActorRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The database file: creation, refusal of what is not ours, the lock, migrations, backup.
class TestDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void createsAndReopens()
    {
        const QString file = path(QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(file, {Database::Mode::Create});
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            QVERIFY(Database::latestSchemaVersion() >= 1);
        }
        auto again = Database::open(file);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
        auto create = Database::open(file, {Database::Mode::Create});
        QVERIFY(!create.ok());
        QCOMPARE(create.error().kind, Error::Kind::Duplicate);
    }

    void pragmasAreSet()
    {
        auto db = Database::open(path(QStringLiteral("pragmas.sqlite")), {Database::Mode::Create});
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
    }

    void missingFileIsRefused()
    {
        auto db = Database::open(path(QStringLiteral("nothere.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Io);
        QVERIFY(db.errorMessage().contains(QStringLiteral("nothere.sqlite")));
    }

    void textFileIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("notes.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content("Det här är inte en databas.\n");
        f.write(content);
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY(db.errorMessage().contains(QStringLiteral("not a Verkstan database")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void foreignSQLiteIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            c.setDatabaseName(file);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY(db.errorMessage().contains(QStringLiteral("not a Verkstan database")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void newerSchemaIsRefused()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(file, {Database::Mode::Create});
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')")));
        }
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Version);
        QVERIFY(db.errorMessage().contains(QStringLiteral("999")));
        QVERIFY(db.errorMessage().contains(QStringLiteral("newer")));
    }

    void secondOpenIsToldWhoHasIt()
    {
        const QString file = path(QStringLiteral("locked.sqlite"));
        auto first = Database::open(file, {Database::Mode::Create});
        QVERIFY(first.ok());
        auto second = Database::open(file);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::InUse);
        QVERIFY2(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.errorMessage()));
        QVERIFY(second.errorMessage().contains(QSysInfo::machineHostName()));
        // Readers that do not write (backup, export) may still open it.
        auto reader = Database::open(file, {Database::Mode::OpenExisting, false, false});
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        const QString file = path(QStringLiteral("stale.sqlite"));
        { auto db = Database::open(file, {Database::Mode::Create}); QVERIFY(db.ok()); }
        // A lock file left by a crashed copy: a process id that does not exist.
        QFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray("999999\nVerkstan\n") + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    }

    // Found by tst_crashsafety: a writer killed between creating its lock file and writing
    // its process id into it left an empty lock file, and the database stayed locked
    // for good ("in use by another program").
    void emptyLockFileLeftByACrashIsTakenOver()
    {
        const QString file = path(QStringLiteral("empty-lock.sqlite"));
        { auto db = Database::open(file, {Database::Mode::Create}); QVERIFY(db.ok()); }
        QFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        QCOMPARE(QFileInfo(lock).size(), qint64(0));
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        // ...and the lock is ours now: a second writer is told who has it.
        auto second = Database::open(file);
        QVERIFY(!second.ok());
        QVERIFY(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())));
    }

    void transactionsNestAndRollBack()
    {
        auto db = Database::open(path(QStringLiteral("tx.sqlite")), {Database::Mode::Create});
        QVERIFY(db.ok());
        const ActorRepository repo(**db);
        {
            WriteTransaction outer(**db);
            QVERIFY(outer.begin().ok());
            Actor a;
            a.name = QStringLiteral("Inre AB");
            auto added = repo.add(a); // nested: a savepoint
            QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
            // outer is not committed: everything goes
        }
        QCOMPARE(*repo.count(), 0);
        {
            WriteTransaction outer(**db);
            QVERIFY(outer.begin().ok());
            Actor a;
            a.name = QStringLiteral("Yttre AB");
            QVERIFY(repo.add(a).ok());
            Actor bad;
            bad.name = QStringLiteral("Fel AB");
            bad.organisationNumber = QStringLiteral("232100-0017");
            QVERIFY(!repo.add(bad).ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(*repo.count(), 1);
    }

    void backupIsAConsistentCopyWhileOpen()
    {
        const QString file = path(QStringLiteral("demo.sqlite"));
        auto db = Database::open(file, {Database::Mode::Create});
        QVERIFY(db.ok());
        QVERIFY(DemoData::populate(**db).ok());
        const int actors = *ActorRepository(**db).count();
        QVERIFY(actors > 50);
        const QString copy = path(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal"))); // recent writes still in the WAL
        Status s = (*db)->backupTo(copy);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        auto restored = Database::open(copy, {Database::Mode::OpenExisting, false, false});
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(*ActorRepository(**restored).count(), actors);
        QVERIFY((*restored)->check()->isEmpty());
        QVERIFY(!(*db)->backupTo(file).ok()); // never over itself
    }

    void checkFindsBrokenReferences()
    {
        auto db = Database::open(path(QStringLiteral("check.sqlite")), {Database::Mode::Create});
        QVERIFY(db.ok());
        QVERIFY((*db)->check()->isEmpty());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO person (name, actor_id) VALUES ('Ingen', 4242)")).ok());
        auto problems = (*db)->check();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("person")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
