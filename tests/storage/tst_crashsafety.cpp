// Crashes on purpose: a writer process is killed (SIGKILL) at random points while it
// writes, over and over: `verkstan-cli import actors`, `verkstan-cli import budget`, and
// finalising minutes (tests/storage/drivers/verkstan_test_finalize). After every kill
// the file opens, `verkstan-cli check` passes and the work is all there or none of it.
// The random kill times are spread over the time an unkilled run takes; the seed is
// printed (VERKSTAN_CRASH_SEED=N repeats a run).
#include "ActorRepository.h"
#include "BudgetRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "MinutesRepository.h"
#include "OrganisationNumber.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;          // the demo database, with minutes out for adjustment
    QByteArray m_actorsCsv;  // actors that are not in the demo
    int m_actorRows = 0;
    QByteArray m_budgetCsv;  // seed 002's budget as `export budget` writes it
    QRandomGenerator m_random;
    int m_killsInAll = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshCopy(const QString &name) const
    {
        const QString copy = path(name);
        for (const char *extra : {"", "-wal", "-shm", ".lock"})
            QFile::remove(copy + QLatin1String(extra));
        if (!QFile::copy(m_demo, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    struct Run
    {
        bool killed = false; // killed before it finished
        int exitCode = -1;
        QByteArray err;
    };

    // Starts the program and kills it after killAfterMs (or lets it finish: -1).
    static Run runAndKill(const QString &program, const QStringList &args, int killAfterMs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no chance to clean up, as a crash or a power cut of the process
            p.waitForFinished(10000);
            r.killed = true;
            return r;
        }
        if (killAfterMs < 0)
            p.waitForFinished(60000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = p.readAllStandardError();
        return r;
    }

    // The time an unkilled run takes, in ms (the median of three).
    int timeOf(const std::function<void(QString *program, QStringList *args)> &prepare)
    {
        QVector<int> times;
        for (int i = 0; i < 3; ++i) {
            QString program;
            QStringList args;
            prepare(&program, &args);
            QElapsedTimer t;
            t.start();
            const Run r = runAndKill(program, args, -1);
            if (r.exitCode != 0)
                QTest::qFail(qPrintable(QStringLiteral("%1 failed unkilled: %2").arg(program, QString::fromUtf8(r.err))),
                             __FILE__, __LINE__);
            times << int(t.elapsed());
        }
        std::sort(times.begin(), times.end());
        return times.at(1);
    }

    // After a kill: the file opens as a Verkstan database and `verkstan-cli check` passes.
    static void opensAndChecks(const QString &db)
    {
        {
            auto opened = Database::open(db, {Database::Mode::OpenExisting, true, true});
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            const auto problems = (*opened)->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        }
        const auto check = TestSupport::runCliOk({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(check.exitCode, 0);
    }

    int killAt(int durationMs)
    {
        // Anywhere in the run (the start, the reading, the writing, the commit) and a
        // little past it, so that some runs finish.
        return int(m_random.bounded(durationMs + durationMs / 10 + 1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const quint32 seed = qEnvironmentVariableIsSet("VERKSTAN_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("VERKSTAN_CRASH_SEED"))
            : quint32(QDateTime::currentMSecsSinceEpoch());
        m_random.seed(seed);
        qInfo("random kill times from seed %u (VERKSTAN_CRASH_SEED=%u repeats them)", seed, seed);

        m_demo = path(QStringLiteral("demo.sqlite"));
        makeDemo();
        if (QTest::currentTestFailed())
            return;
        makeCsvFiles();
    }

private:
    void makeDemo()
    {
        auto db = Database::open(m_demo, {Database::Mode::Create, false, true});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(DemoData::populate(**db).ok());
        // Minutes out for adjustment for every meeting of the demo that has none.
        const MinutesRepository minutes(**db);
        const Minutes model = minutes.load(minutes.list()->last().id).value();
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT m.id, m.body_id, m.meeting_date, b.name FROM meeting m JOIN body b "
                                      "ON b.id = m.body_id WHERE m.id NOT IN (SELECT meeting_id FROM minutes)")));
        int made = 0;
        while (q.next()) {
            Minutes m;
            m.meetingId = q.value(0).toLongLong();
            m.bodyId = q.value(1).toLongLong();
            m.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            m.bodyName = q.value(3).toString();
            m.place = QStringLiteral("Nyköping");
            m.attendance = model.attendance;
            for (const MinutesItem &item : model.items) {
                MinutesItem copy = item;
                copy.id = 0;
                for (Assignment &a : copy.assignments)
                    a.id = 0;
                copy.comments.clear();
                m.items << copy;
            }
            auto id = minutes.add(m);
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            Minutes out = minutes.load(*id).value();
            out.state = MinutesState::ForAdjustment;
            QVERIFY(minutes.save(out).ok());
            ++made;
        }
        QVERIFY2(made >= 5, qPrintable(QString::number(made)));
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }

    void makeCsvFiles()
    {

        // 3 000 new actors with valid, unused organisation numbers.
        QStringList lines{QStringLiteral("name;organisation_number;type;level;municipality")};
        for (int i = 0; i < 3000; ++i) {
            const QString nine = QStringLiteral("55%1").arg(i, 7, 10, QLatin1Char('0'));
            const QString number = nine.left(6) + QLatin1Char('-') + nine.mid(6)
                + QString::number(OrganisationNumber::luhnCheckDigit(nine));
            lines << QStringLiteral("Krock AB %1;%2;private_employer;local;Nyköping").arg(i).arg(number);
        }
        m_actorsCsv = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
        m_actorRows = 3000;
        const auto dry = TestSupport::runCliOk({QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"),
                                               freshCopy(QStringLiteral("dry.sqlite")), QStringLiteral("-")},
                                              m_actorsCsv);
        QVERIFY2(dry.exitCode == 0, dry.err.constData());

        const QString budget = path(QStringLiteral("budget.csv"));
        const auto exported = TestSupport::runCliOk({QStringLiteral("export"), QStringLiteral("budget"),
                                                    QStringLiteral("--db"), m_demo, QStringLiteral("--budget"),
                                                    QStringLiteral("1"), QStringLiteral("-o"), budget});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile f(budget);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_budgetCsv = f.readAll();
        QVERIFY(!m_budgetCsv.isEmpty());
    }

private slots:
    void killedActorImportIsAllOrNothing()
    {
        const QString csv = path(QStringLiteral("actors.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_actorsCsv);
        }
        int before = 0;
        {
            auto db = Database::open(m_demo, {Database::Mode::OpenExisting, false, false});
            before = ActorRepository(**db).count().value();
        }
        const auto prepare = [&](QString *program, QStringList *args) {
            *program = QStringLiteral(VERKSTAN_CLI);
            *args = {QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"),
                     freshCopy(QStringLiteral("import.sqlite")), csv};
        };
        const int duration = timeOf(prepare);
        int killedMidway = 0, imported = 0, untouched = 0;
        for (int i = 0; i < 50; ++i) {
            QString program;
            QStringList args;
            prepare(&program, &args);
            const Run r = runAndKill(program, args, killAt(duration));
            killedMidway += r.killed ? 1 : 0;
            const QString db = args.at(3);
            opensAndChecks(db);
            if (QTest::currentTestFailed())
                return;
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            const int after = ActorRepository(**opened).count().value();
            QVERIFY2(after == before || after == before + m_actorRows,
                     qPrintable(QStringLiteral("kill %1: %2 actors, before %3").arg(i).arg(after).arg(before)));
            (after == before ? untouched : imported) += 1;
            if (!r.killed)
                QCOMPARE(after, before + m_actorRows);
        }
        m_killsInAll += killedMidway;
        qInfo("import actors (%d ms): %d killed before it finished; %d files with all %d actors, %d with none",
              duration, killedMidway, imported, m_actorRows, untouched);
        QVERIFY(killedMidway >= 20);
    }

    void killedBudgetImportIsAllOrNothing()
    {
        const QString csv = path(QStringLiteral("budget-in.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_budgetCsv);
        }
        const auto prepare = [&](QString *program, QStringList *args) {
            *program = QStringLiteral(VERKSTAN_CLI);
            *args = {QStringLiteral("import"), QStringLiteral("budget"), QStringLiteral("--db"),
                     freshCopy(QStringLiteral("budget.sqlite")), csv};
        };
        const int duration = timeOf(prepare);
        int killedMidway = 0, imported = 0;
        for (int i = 0; i < 40; ++i) {
            QString program;
            QStringList args;
            prepare(&program, &args);
            const Run r = runAndKill(program, args, killAt(duration));
            killedMidway += r.killed ? 1 : 0;
            const QString db = args.at(3);
            opensAndChecks(db);
            if (QTest::currentTestFailed())
                return;
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            const BudgetRepository repo(**opened);
            const auto budgets = repo.list().value();
            QVERIFY2(budgets.size() == 1 || budgets.size() == 2, qPrintable(QString::number(budgets.size())));
            if (budgets.size() == 2) {
                ++imported;
                for (const BudgetSummary &s : budgets) {
                    const Budget b = repo.load(s.id).value();
                    QCOMPARE(b.costTotal(), Money::fromKronor(1644153)); // the whole budget, every line
                    QCOMPARE(b.financingTotal(), Money::fromKronor(1644153));
                }
            } else {
                QVERIFY(r.killed);
            }
        }
        m_killsInAll += killedMidway;
        qInfo("import budget (%d ms): %d killed before it finished; %d files with the budget", duration, killedMidway,
              imported);
        QVERIFY(killedMidway >= 15);
    }

    void killedFinalisingIsAllOrNothingPerMinutes()
    {
        QMap<qint64, Minutes> before;
        {
            auto db = Database::open(m_demo, {Database::Mode::OpenExisting, false, false});
            const MinutesRepository repo(**db);
            const auto list = repo.list().value();
            for (const MinutesSummary &s : list)
                before.insert(s.id, repo.load(s.id).value());
        }
        const auto prepare = [&](QString *program, QStringList *args) {
            *program = QStringLiteral(VERKSTAN_TEST_FINALIZE);
            *args = {freshCopy(QStringLiteral("finalize.sqlite"))};
        };
        const int duration = timeOf(prepare);
        int killedMidway = 0, partly = 0;
        for (int i = 0; i < 50; ++i) {
            QString program;
            QStringList args;
            prepare(&program, &args);
            const Run r = runAndKill(program, args, killAt(duration));
            killedMidway += r.killed ? 1 : 0;
            const QString db = args.at(0);
            opensAndChecks(db);
            if (QTest::currentTestFailed())
                return;
            auto opened = Database::open(db, {Database::Mode::OpenExisting, false, false});
            const MinutesRepository repo(**opened);
            const auto chains = repo.verifyChains();
            QVERIFY(chains.ok());
            QVERIFY2(chains->isEmpty(), qPrintable(chains->isEmpty() ? QString() : chains->first().problem.reason));
            int finalised = 0, waiting = 0;
            for (const Minutes &was : std::as_const(before)) {
                const Minutes now = repo.load(was.id).value();
                // The content is as it was, whether the minutes were made final or not.
                QCOMPARE(now.items.size(), was.items.size());
                for (int k = 0; k < was.items.size(); ++k)
                    QCOMPARE(now.items.at(k).decision, was.items.at(k).decision);
                QCOMPARE(now.attendance, was.attendance);
                if (was.state != MinutesState::ForAdjustment) {
                    QCOMPARE(now.state, was.state);
                    continue;
                }
                if (now.state == MinutesState::Final) {
                    ++finalised;
                    QCOMPARE(now.adjustedOn, QDate(2026, 12, 1));
                    QCOMPARE(now.contentHash.size(), 64);
                } else {
                    ++waiting;
                    QCOMPARE(now.state, MinutesState::ForAdjustment);
                    QVERIFY(now.contentHash.isEmpty());
                }
            }
            if (!r.killed)
                QCOMPARE(waiting, 0);
            if (finalised > 0 && waiting > 0)
                ++partly;
        }
        m_killsInAll += killedMidway;
        qInfo("finalising (%d ms): %d killed before it finished; %d files with some minutes final and the rest "
              "still out for adjustment",
              duration, killedMidway, partly);
        QVERIFY(killedMidway >= 20);
    }

    void atLeastAHundredKills() { QVERIFY2(m_killsInAll >= 100, qPrintable(QString::number(m_killsInAll))); }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
