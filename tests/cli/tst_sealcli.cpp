// The seals anchored outside the database (issue 13): export seals writes the list a
// registrar files; check --against names every minutes whose seal differs from it or is
// missing. The test does what an intruder with write access to the file would: change an
// item, recompute every seal of the chain after it by script (the chain then holds, and
// plain check says OK), and check --against catches it.
#include "Database.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"
#include "SealFormat2.h"
#include "SealsList.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::ProcessResult;
using TestSupport::runCli;

namespace {

QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSealCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_seals;
    QString m_body;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // One more final minutes in the chain of seed 004's body: an addition.
    static void sealAddition(const Database &db, int number, const QDate &adjusted)
    {
        const MinutesRepository repo(db);
        qint64 finalId = 0;
        for (const MinutesSummary &s : QVector<MinutesSummary>(*repo.list()))
            if (s.state == MinutesState::Final && s.additionNumber == 0)
                finalId = s.id;
        QVERIFY(finalId > 0);
        auto made = MinutesWorkflow::makeAddition(*repo.load(finalId), number);
        QVERIFY(made.ok());
        Minutes addition = *made;
        MinutesItem item;
        item.number = 1;
        item.title = QStringLiteral("Rättelse av § 5");
        item.decision = QStringLiteral("Rättelsen godkänns.");
        addition.items = {item};
        auto id = repo.add(addition);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        Minutes m = *repo.load(*id);
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        for (const QString &who : MinutesWorkflow::pendingSignatories(m)) {
            Adjustment a;
            a.name = who;
            a.date = adjusted;
            QVERIFY(MinutesWorkflow::recordAdjustment(m, a, adjusted));
        }
        QVERIFY(repo.finalize(m));
    }

    // What an intruder's script does: change § 3 of the first final minutes and seal the
    // whole chain again in format 2, with the triggers that refuse it dropped.
    void tamperAndReseal(const QString &db)
    {
        auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const Database &d = **opened;
        QSqlQuery q(d.connection());
        for (const char *trigger : {"minutes_final_no_update", "minutes_item_final_update"})
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id), body_id FROM minutes WHERE state = 'final'")) && q.next());
        const qint64 first = q.value(0).toLongLong();
        const qint64 body = q.value(1).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("UPDATE minutes_item SET decision = 'Rådet beslutade något annat.' "
                                      "WHERE minutes_id = %1 AND number = 3").arg(first)));
        QCOMPARE(q.numRowsAffected(), 1);
        QByteArray previous;
        const QVector<Minutes> chain = *MinutesRepository(d).finalChain(body);
        for (const Minutes &m : chain) {
            const QByteArray seal = SealFormat2::seal(m, previous);
            QSqlQuery u(d.connection());
            u.prepare(QStringLiteral("UPDATE minutes SET content_hash = ?, previous_hash = ?, seal_format = 2 WHERE id = ?"));
            u.addBindValue(QString::fromLatin1(seal));
            u.addBindValue(QString::fromLatin1(previous));
            u.addBindValue(m.id);
            QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
            previous = seal;
        }
        QCOMPARE(MinutesRepository(d).verifyChains()->size(), 0); // the re-sealed chain holds together
    }

    QString copy(const char *name)
    {
        const QString target = path(name);
        QFile::remove(target);
        if (!QFile::copy(m_db, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private slots:
    void initTestCase()
    {
        m_db = path("archive.sqlite");
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--demo")}).exitCode, 0);
        {
            auto db = Database::open(m_db, {Database::Mode::OpenExisting, false, false});
            QVERIFY(db.ok());
            sealAddition(**db, 1, QDate(2018, 11, 2));
            sealAddition(**db, 2, QDate(2018, 12, 3));
            m_body = MinutesRepository(**db).seals()->constFirst().body;
        }
        m_seals = path("seals.txt");
        const ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("seals"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("-o"), m_seals});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.out.contains("exported the seals of 3 final minutes"), r.out.constData());
    }

    void theListHasOneLinePerFinalMinutes()
    {
        const QByteArray text = read(m_seals);
        QVERIFY(text.startsWith("# verkstan seals 1\n"));
        auto entries = SealsList::parse(text);
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).previous, QByteArray());
        QCOMPARE(entries->at(1).previous, entries->at(0).seal);
        QCOMPARE(entries->at(2).sequence, 3);
        QCOMPARE(entries->at(2).addition, 2);
        QCOMPARE(entries->at(0).format, 2);
        QCOMPARE(entries->at(0).body, m_body);
        // The same to standard output, line for line.
        const ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("seals"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, text);
        // The seal printed on the minutes is the list's: the verification code matches.
        QVERIFY(text.contains(entries->at(0).seal));
    }

    void anUnchangedDatabaseMatchesTheList()
    {
        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--against"), m_seals});
        QVERIFY2(r.exitCode == 0 && r.out.contains("OK"), describe(r).constData());
    }

    void aResealedChainIsCaught()
    {
        const QString db = copy("tampered.sqlite");
        tamperAndReseal(db);
        if (QTest::currentTestFailed())
            return;
        // Alone, the chain looks intact: that is what the filed list is for.
        ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--against"), m_seals});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        const QString err = QString::fromUtf8(r.err);
        // Every minutes of the chain is named: the changed one and those sealed again after it.
        QVERIFY2(err.contains(m_body + QStringLiteral(" 2018-09-28 (no. 1")), qPrintable(err));
        QVERIFY2(err.contains(m_body + QStringLiteral(" 2018-09-28, addition 1 (no. 2")), qPrintable(err));
        QVERIFY2(err.contains(m_body + QStringLiteral(" 2018-09-28, addition 2 (no. 3")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("sealed again")), qPrintable(err));
        QVERIFY(r.out.contains("Problems found: 3"));
    }

    void missingMinutesAreNamed()
    {
        const QString db = copy("shortened.sqlite");
        {
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            QVERIFY(opened.ok());
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_final_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_item_final_delete")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_adjustment_final_delete")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_attendee_final_delete")));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM minutes WHERE addition_number = 2")), qPrintable(q.lastError().text()));
        }
        // The chain still holds (the last link is gone); the list knows better.
        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--against"), m_seals});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QVERIFY2(r.err.contains("addition 2 (no. 3") && r.err.contains("not among the final minutes"), r.err.constData());
    }

    void minutesSealedAfterTheListAreANote()
    {
        const QString db = copy("later.sqlite");
        {
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            QVERIFY(opened.ok());
            sealAddition(**opened, 3, QDate(2019, 1, 10));
        }
        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--against"), m_seals});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.out.contains("sealed after the list was made"), r.out.constData());
    }

    void aBadListIsBadInput()
    {
        const QString bad = path("bad.txt");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# verkstan seals 1\nSome body\t2018-09-28\t0\t1\t2\tnot-a-hash\t-\n");
        f.close();
        ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--against"), bad});
        QVERIFY2(r.exitCode == 3 && r.err.contains("line 2"), describe(r).constData());
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--against"), path("none.txt")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("none.txt"), describe(r).constData());
    }

    void noListOfABrokenChain()
    {
        const QString db = copy("broken.sqlite");
        {
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            QVERIFY(opened.ok());
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_item_final_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE minutes_item SET title = 'Ändrad' WHERE number = 1")));
        }
        const QString out = path("broken-seals.txt");
        const ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("seals"), QStringLiteral("--db"), db,
                                        QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 1 && r.err.contains("no list was written"), describe(r).constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestSealCli)
#include "tst_sealcli.moc"
