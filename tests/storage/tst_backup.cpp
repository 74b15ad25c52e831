// Backups that never leave the target half written (issue 13): the copy replaces the old
// file by a rename, a failed copy leaves the old one as it was, and a database kept
// busy by another writer is retried for a bounded time, then refused with a message.
#include "ActorRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "FileSizeLimit.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void init()
    {
        QFile::remove(path("source.sqlite"));
        auto db = Database::open(path("source.sqlite"), {Database::Mode::Create});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(DemoData::populate(*m_db));
    }

    void cleanup() { m_db.reset(); }

    void replacesTheTargetByRenamingOverIt()
    {
        const QString target = path("backup.sqlite");
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("last week's backup") > 0);
        old.close();
        // A second name for the old file: were the old file rewritten in place, or
        // truncated first, this would show it.
        QVERIFY(::link(QFile::encodeName(target).constData(), QFile::encodeName(path("old-link")).constData()) == 0);
        const ino_t before = inodeOf(target);

        QVERIFY(m_db->backupTo(target));
        QVERIFY(inodeOf(target) != before); // a new file took the name in one step
        QCOMPARE(contentOf(path("old-link")), QByteArray("last week's backup"));
        QCOMPARE(leftovers(), QStringList());
        auto copy = Database::open(target, {Database::Mode::OpenExisting, false, false});
        QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
        QCOMPARE(*ActorRepository(**copy).count(), *ActorRepository(*m_db).count());
    }

    void aFailedBackupLeavesTheOldOneAsItWas()
    {
        const QString target = path("backup.sqlite");
        QVERIFY(m_db->backupTo(target));
        const QByteArray good = contentOf(target);
        QVERIFY(good.size() > 100000);
        Status s;
        {
            const FileSizeLimit full(64 * 1024); // the disk fills up during the copy
            s = m_db->backupTo(target);
        }
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QDir::toNativeSeparators(target)) && s.errorMessage().contains(QStringLiteral("unchanged")),
                 qPrintable(s.errorMessage()));
        QCOMPARE(contentOf(target), good);
        QCOMPARE(leftovers(), QStringList());
    }

    void aBusyDatabaseIsRetriedForABoundedTime()
    {
        const QString target = path("backup.sqlite");
        QVERIFY(m_db->backupTo(target));
        const QByteArray good = contentOf(target);
        // The database is in the middle of a write that does not end (SQLite's backup
        // answers "busy" to a source in a write transaction, as to a file locked by
        // another program): retried until the time is up, then refused in words.
        {
            WriteTransaction writing(*m_db);
            QVERIFY(writing.begin());
            QVERIFY(m_db->exec(QStringLiteral("UPDATE actor SET notes = 'busy' WHERE id = (SELECT MIN(id) FROM actor)")));
            QElapsedTimer timer;
            timer.start();
            const Status s = m_db->backupTo(target, 600);
            const qint64 took = timer.elapsed();
            QVERIFY(!s);
            QVERIFY2(s.errorMessage().contains(QStringLiteral("busy")) && s.errorMessage().contains(QStringLiteral("unchanged")),
                     qPrintable(s.errorMessage()));
            QVERIFY2(took >= 550 && took < 3000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
            QCOMPARE(contentOf(target), good);
            QCOMPARE(leftovers(), QStringList());
        }
        QVERIFY(m_db->backupTo(target, 600)); // free again
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
