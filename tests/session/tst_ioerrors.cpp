// I/O errors on purpose: a test VFS (FaultyVfs) lets N writes or fsyncs through and
// fails every one after that, for N over the whole range an edit takes, and each edit
// runs through the Session as the window runs it: an actor edit, a budget edit, an
// autosave of minutes, making minutes final, and an import. After each: the user was
// told exactly when the edit did not land (an Error came back or editFailed was
// emitted), the models show what the database holds, and a told edit succeeds when
// tried again. The file is then reopened: PRAGMA quick_check and `verkstan-cli check`
// pass and the database holds the whole edit or none of it.
//
// NOTE (issue 11): Session's operations are moving into feature services. Every call
// into the Session is in edits() below, so porting this test is changing that function.
#include "ActorRepository.h"
#include "ActorService.h"
#include "BudgetRepository.h"
#include "BudgetService.h"
#include "Database.h"
#include "FaultyVfs.h"
#include "MinutesRepository.h"
#include "MinutesService.h"
#include "OrganisationNumber.h"
#include "Session.h"
#include "TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

// How much of an edit a database holds.
enum class Held { None, All, Part };

const char *heldName(Held h)
{
    return h == Held::None ? "none" : h == Held::All ? "all" : "part";
}

struct Edit
{
    QString name;
    // Runs the edit through the session; false (with the message) when it was refused.
    std::function<bool(Session &, QString *)> run;
    // Whether the session's models show the edit (empty: the edit has no model to show it).
    std::function<bool(Session &)> shownInModels;
    std::function<Held(const Database &)> held;
};

const QString kStockholm = QStringLiteral("232100-0016");
const QString kNewName = QStringLiteral("Region Stockholm, Kompetensförsörjning");

QByteArray importCsv()
{
    QStringList lines{QStringLiteral("name;organisation_number;type;level;municipality")};
    for (int i = 0; i < 40; ++i) {
        const QString nine = QStringLiteral("56%1").arg(i, 7, 10, QLatin1Char('0'));
        lines << QStringLiteral("Diskfel AB %1;%2-%3%4;private_employer;local;Nyköping")
                     .arg(i)
                     .arg(nine.left(6), nine.mid(6))
                     .arg(OrganisationNumber::luhnCheckDigit(nine));
    }
    return lines.join(QStringLiteral("\n")).toUtf8() + "\n";
}

qint64 firstMinutesIn(const Database &db, MinutesState state)
{
    const MinutesRepository repo(db);
    const auto list = repo.list().value();
    for (const MinutesSummary &s : list)
        if (repo.load(s.id)->state == state)
            return s.id;
    return 0;
}

// The five edits. Every call into the Session's services is here.
QVector<Edit> edits()
{
    QVector<Edit> out;

    out << Edit{QStringLiteral("actor edit"),
                [](Session &s, QString *why) {
                    Actor a = *ActorRepository(s.database()).findByOrganisationNumber(kStockholm).value();
                    a.name = kNewName;
                    a.city = QStringLiteral("Solna");
                    const Status st = s.actorService().edit(a);
                    *why = st.ok() ? QString() : st.errorMessage();
                    return st.ok();
                },
                [](Session &s) {
                    for (const Actor &a : s.actors()->allActors())
                        if (a.organisationNumber == kStockholm)
                            return a.name == kNewName;
                    return false;
                },
                [](const Database &db) {
                    const Actor a = *ActorRepository(db).findByOrganisationNumber(kStockholm).value();
                    const bool name = a.name == kNewName, city = a.city == QLatin1String("Solna");
                    return name && city ? Held::All : !name && !city ? Held::None : Held::Part;
                }};

    out << Edit{QStringLiteral("budget edit"),
                [](Session &s, QString *why) {
                    const Budget b = s.budgetService().load(1)->budget;
                    const qint64 staff = b.costLines().at(0).id, travel = b.costLines().at(2).id;
                    const Status st = s.budgetService().editAmounts(1, {{staff, 2024, Money::fromKronor(400000), 0},
                                                                       {travel, 2025, Money::fromKronor(9000), 0}});
                    *why = st.ok() ? QString() : st.errorMessage();
                    return st.ok();
                },
                {},
                [](const Database &db) {
                    const Budget b = BudgetRepository(db).load(1).value();
                    const bool staff = b.amount(b.costLines().at(0).id, 2024) == Money::fromKronor(400000);
                    const bool travel = b.amount(b.costLines().at(2).id, 2025) == Money::fromKronor(9000);
                    return staff && travel ? Held::All : !staff && !travel ? Held::None : Held::Part;
                }};

    out << Edit{QStringLiteral("autosave of minutes"),
                [](Session &s, QString *why) {
                    const qint64 id = firstMinutesIn(s.database(), MinutesState::Draft);
                    const Minutes before = s.minutesService().load(id).value();
                    Minutes after = before;
                    after.items[1].discussion = QStringLiteral("Skrivet under mötet, sparat medan det skrivs.");
                    after.items[2].decision = QStringLiteral("Beslutet skrivs in.");
                    const Status st = s.minutesService().edit(after, QStringLiteral("Typing"), QStringLiteral("item"));
                    *why = st.ok() ? QString() : st.errorMessage();
                    return st.ok();
                },
                {},
                [](const Database &db) {
                    const Minutes m = MinutesRepository(db).load(firstMinutesIn(db, MinutesState::Draft)).value();
                    const bool a = m.items.at(1).discussion.startsWith(QStringLiteral("Skrivet under mötet"));
                    const bool b = m.items.at(2).decision == QLatin1String("Beslutet skrivs in.");
                    return a && b ? Held::All : !a && !b ? Held::None : Held::Part;
                }};

    out << Edit{QStringLiteral("making minutes final"),
                [](Session &s, QString *why) {
                    Minutes m = s.minutesService().load(firstMinutesIn(s.database(), MinutesState::Draft)).value();
                    m.state = MinutesState::Final;
                    m.adjustedOn = QDate(2026, 12, 1);
                    const Status st = s.minutesService().finalize(m);
                    *why = st.ok() ? QString() : st.errorMessage();
                    return st.ok();
                },
                {},
                [](const Database &db) {
                    const MinutesRepository repo(db);
                    const auto chains = repo.verifyChains();
                    if (!chains || !chains->isEmpty())
                        return Held::Part;
                    int finals = 0;
                    const auto list = repo.list().value();
                    for (const MinutesSummary &s : list) {
                        const Minutes m = repo.load(s.id).value();
                        if (m.state == MinutesState::Final && m.contentHash.size() != 64)
                            return Held::Part;
                        finals += m.state == MinutesState::Final;
                    }
                    return finals == 2 ? Held::All : finals == 1 ? Held::None : Held::Part;
                }};

    out << Edit{QStringLiteral("import"),
                [](Session &s, QString *why) {
                    const auto r = s.actorService().importCsv(importCsv(), false);
                    *why = r.ok() ? QString() : r.errorMessage();
                    return r.ok() && r->problems.isEmpty() && r->importedIds.size() == 40;
                },
                [](Session &s) {
                    int imported = 0;
                    for (const Actor &a : s.actors()->allActors())
                        imported += a.name.startsWith(QLatin1String("Diskfel AB "));
                    return imported == 40;
                },
                [](const Database &db) {
                    int imported = 0;
                    const ActorList actors = ActorRepository(db).all().value();
                    for (const Actor &a : actors)
                        imported += a.name.startsWith(QLatin1String("Diskfel AB "));
                    return imported == 40 ? Held::All : imported == 0 ? Held::None : Held::Part;
                }};
    return out;
}

} // namespace

class TestIoErrors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshCopy() const
    {
        const QString copy = m_dir.filePath(QStringLiteral("faulty.sqlite"));
        for (const char *extra : {"", "-wal", "-shm", ".lock"})
            QFile::remove(copy + QLatin1String(extra));
        QFile::copy(m_demo, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    // Runs the edit on a fresh copy with the fault armed after n operations. Returns
    // the operations the run counted.
    int tryOnce(const Edit &edit, FaultyVfs::Fault fault, int n, bool *tripped)
    {
        const QString path = freshCopy();
        bool told = false, shown = false;
        QString why;
        {
            auto opened = Session::open(path, Database::Mode::OpenExisting);
            if (!opened) {
                QTest::qFail(qPrintable(opened.errorMessage()), __FILE__, __LINE__);
                return 0;
            }
            Session &session = **opened;
            QSignalSpy failed(&session, &Session::editFailed);
            FaultyVfs::arm(fault, n);
            const bool ok = edit.run(session, &why);
            FaultyVfs::disarm();
            told = !ok || failed.count() > 0;
            if (told && why.isEmpty() && failed.count() > 0)
                why = failed.first().first().toString();
            if (edit.shownInModels)
                shown = edit.shownInModels(session);
        }
        *tripped = FaultyVfs::tripped();
        const int operations = FaultyVfs::operations();
        const QString where = QStringLiteral("%1, %2 fails after %3 operations")
                                  .arg(edit.name, fault == FaultyVfs::Fault::Write ? QStringLiteral("write")
                                                                                   : QStringLiteral("fsync"))
                                  .arg(n);
        // Reopened: intact, and all of the edit or none of it.
        Held held = Held::Part;
        {
            auto db = Database::open(path, {Database::Mode::OpenExisting, true, false});
            if (!db) {
                QTest::qFail(qPrintable(where + QStringLiteral(": does not reopen: ") + db.errorMessage()), __FILE__,
                             __LINE__);
                return operations;
            }
            QSqlQuery q((*db)->connection());
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
                QTest::qFail(qPrintable(where + QStringLiteral(": quick_check failed")), __FILE__, __LINE__);
            held = edit.held(**db);
        }
        const auto check = TestSupport::runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        if (check.exitCode != 0)
            QTest::qFail(qPrintable(where + QStringLiteral(": check failed: ") + QString::fromUtf8(check.err)), __FILE__,
                         __LINE__);
        if (held == Held::Part)
            QTest::qFail(qPrintable(where + QStringLiteral(": the database holds part of the edit")), __FILE__, __LINE__);
        // Told exactly when it did not land; told in words.
        if (told != (held == Held::None))
            QTest::qFail(qPrintable(QStringLiteral("%1: the user was %2 told, the database holds %3 of it (%4)")
                                        .arg(where, told ? QString() : QStringLiteral("not"),
                                             QLatin1String(heldName(held)), why)),
                         __FILE__, __LINE__);
        if (told && why.trimmed().isEmpty())
            QTest::qFail(qPrintable(where + QStringLiteral(": refused without a message")), __FILE__, __LINE__);
        if (edit.shownInModels && shown != (held == Held::All))
            QTest::qFail(qPrintable(QStringLiteral("%1: the models %2 the edit, the database holds %3 of it")
                                        .arg(where, shown ? QStringLiteral("show") : QStringLiteral("do not show"),
                                             QLatin1String(heldName(held)))),
                         __FILE__, __LINE__);
        // A told edit succeeds when tried again on the healthy disk.
        if (told && !QTest::currentTestFailed()) {
            {
                auto again = Session::open(path, Database::Mode::OpenExisting);
                QString whyAgain;
                if (!again || !edit.run(**again, &whyAgain))
                    QTest::qFail(qPrintable(where + QStringLiteral(": tried again, refused: ") + whyAgain), __FILE__,
                                 __LINE__);
            }
            auto db = Database::open(path, {Database::Mode::OpenExisting, false, false});
            if (!db || edit.held(**db) != Held::All)
                QTest::qFail(qPrintable(where + QStringLiteral(": tried again, not stored whole")), __FILE__, __LINE__);
        }
        return operations;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FaultyVfs::install();
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto s = Session::open(m_demo, Database::Mode::Create, true);
            QVERIFY2(s, qPrintable(s.errorMessage()));
            QVERIFY(firstMinutesIn((*s)->database(), MinutesState::Draft) > 0);
        }
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")) || QFile(m_demo + QStringLiteral("-wal")).size() == 0);
    }

    void everyEditUnderFailingWritesAndSyncs_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<int>("fault");
        const QVector<Edit> all = edits();
        for (int i = 0; i < all.size(); ++i) {
            QTest::newRow(qPrintable(all.at(i).name + QStringLiteral(", write"))) << i << int(FaultyVfs::Fault::Write);
            QTest::newRow(qPrintable(all.at(i).name + QStringLiteral(", fsync"))) << i << int(FaultyVfs::Fault::Sync);
        }
    }

    void everyEditUnderFailingWritesAndSyncs()
    {
        QFETCH(int, edit);
        QFETCH(int, fault);
        const Edit e = edits().at(edit);
        const auto kind = FaultyVfs::Fault(fault);
        // How many operations the edit takes on a healthy disk.
        bool tripped = false;
        const int total = tryOnce(e, kind, 1 << 30, &tripped);
        QVERIFY(!tripped);
        QVERIFY2(total > 0, "the edit wrote nothing");
        int trippedRuns = 0;
        for (int n = 0; n <= total && !QTest::currentTestFailed(); ++n) {
            tryOnce(e, kind, n, &tripped);
            trippedRuns += tripped;
        }
        qInfo("%s: %d operations; a failure after each of 0..%d: %d runs hit it", qPrintable(e.name), total, total,
              trippedRuns);
    }
};

QTEST_MAIN(TestIoErrors)
#include "tst_ioerrors.moc"
