#include "Budget.h"
#include "BudgetOutcome.h"
#include "BudgetRepository.h"
#include "Database.h"
#include "DemoData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

// Seed 002's cost side: own staff, external services, travel, indirect costs = 15 % of own staff.
struct SeedCosts
{
    Budget budget;
    qint64 staff = 0, external = 0, travel = 0, indirect = 0;
    SeedCosts()
    {
        budget = Budget::create(2023, 2025, QStringLiteral("002")).value();
        staff = budget.addCostLine({0, CostCategory::OwnStaff, {}, {{2023, kr(339300)}, {2024, kr(346086)}, {2025, kr(353008)}}, {}}).value();
        external = budget.addCostLine({0, CostCategory::ExternalServices, {}, {{2023, kr(142000)}, {2024, kr(142000)}, {2025, kr(142000)}}, {}}).value();
        travel = budget.addCostLine({0, CostCategory::TravelLodging, {}, {{2023, kr(8000)}, {2024, kr(8000)}, {2025, kr(8000)}}, {}}).value();
        indirect = budget.addCostLine({0, CostCategory::IndirectCosts, {}, {}, LineComputation{staff, 1500, Money::Rounding::ToKronor}}).value();
    }
};

} // namespace

// The outcome of a budget per line and year or quarter, the comparison with the budget,
// and its storage (schema 3): kept across saves of the budget, gone with its line.
class TestBudgetOutcome : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void wholeYearsQuartersAndComputedLines()
    {
        SeedCosts s;
        BudgetOutcome o;
        QVERIFY(o.set(s.budget, s.staff, 2023, 0, kr(331250)).ok());
        QVERIFY(o.set(s.budget, s.staff, 2024, 1, kr(84100)).ok());
        QVERIFY(o.set(s.budget, s.staff, 2024, 2, kr(87950)).ok());
        QCOMPARE(o.amount(s.budget, s.staff, 2023), kr(331250));
        QCOMPARE(o.amount(s.budget, s.staff, 2024), kr(172050));
        QVERIFY(o.hasQuarters(s.staff, 2024));
        QVERIFY(!o.has(s.budget, s.staff, 2025));
        QCOMPARE(o.amount(s.budget, s.staff, 2025), Money());
        // Indirect costs follow the own staff's outcome: 15 % of 331 250 = 49 687,50 -> 49 688.
        QVERIFY(o.has(s.budget, s.indirect, 2023));
        QCOMPARE(o.amount(s.budget, s.indirect, 2023), kr(49688));
        QCOMPARE(o.amount(s.budget, s.indirect, 2024), kr(25808)); // 25 807,50 rounded away from zero
        QCOMPARE(o.costTotal(s.budget, 2023), kr(331250 + 49688));
        QCOMPARE(o.lineTotal(s.budget, s.staff), kr(331250 + 172050));
        // Clearing a quarter leaves the other.
        QVERIFY(o.set(s.budget, s.staff, 2024, 1, std::nullopt).ok());
        QCOMPARE(o.amount(s.budget, s.staff, 2024), kr(87950));
        QCOMPARE(o.entries().size(), 2);
    }

    void badOutcomeIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("line"); // 0 staff, 1 indirect, 2 unknown
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<qint64>("ore");
        QTest::addColumn<QString>("words");
        QTest::newRow("negative") << 0 << 2023 << 0 << qint64(-100) << QStringLiteral("negative");
        QTest::newRow("year outside") << 0 << 2026 << 0 << qint64(100) << QStringLiteral("2026 is outside the budget's years (2023–2025)");
        QTest::newRow("quarter 5") << 0 << 2023 << 5 << qint64(100) << QStringLiteral("quarter 5");
        QTest::newRow("computed") << 1 << 2023 << 0 << qint64(100) << QStringLiteral("is computed");
        QTest::newRow("unknown line") << 2 << 2023 << 0 << qint64(100) << QStringLiteral("no line");
        QTest::newRow("year over quarters") << 0 << 2024 << 0 << qint64(100) << QStringLiteral("per quarter in 2024");
        QTest::newRow("quarter over year") << 0 << 2023 << 3 << qint64(100) << QStringLiteral("whole of 2023");
    }

    void badOutcomeIsRefusedAndChangesNothing()
    {
        QFETCH(int, line);
        QFETCH(int, year);
        QFETCH(int, quarter);
        QFETCH(qint64, ore);
        QFETCH(QString, words);
        SeedCosts s;
        BudgetOutcome o;
        QVERIFY(o.set(s.budget, s.staff, 2023, 0, kr(1)).ok());
        QVERIFY(o.set(s.budget, s.staff, 2024, 2, kr(2)).ok());
        const BudgetOutcome before = o;
        const qint64 id = line == 0 ? s.staff : line == 1 ? s.indirect : 4711;
        const Status st = o.set(s.budget, id, year, quarter, Money::fromOre(ore));
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(words), qPrintable(st.errorMessage()));
        QVERIFY(o == before);
    }

    void comparisonWithTheBudget()
    {
        SeedCosts s;
        BudgetOutcome o;
        QVERIFY(o.set(s.budget, s.external, 2023, 0, kr(151400)).ok());
        const QVector<BudgetVariance> v = BudgetComparison::lines(s.budget, o);
        QCOMPARE(v.size(), 4 * 3);
        const BudgetVariance &ext2023 = v.at(3);
        QCOMPARE(ext2023.lineId, s.external);
        QCOMPARE(ext2023.year, 2023);
        QVERIFY(ext2023.hasOutcome);
        QCOMPARE(ext2023.difference(), kr(9400));
        QCOMPARE(ext2023.usedBasisPoints().value(), 10662); // 106,62 %
        QVERIFY(!v.at(4).hasOutcome);

        const BudgetVariance total = BudgetComparison::costTotal(s.budget, o, 2023);
        QCOMPARE(total.budget, kr(540195));
        QCOMPARE(total.outcome, kr(151400));
        QVERIFY(total.hasOutcome);
        QVERIFY(BudgetComparison::overruns(s.budget, o).isEmpty());
        QVERIFY(o.set(s.budget, s.staff, 2023, 0, kr(400000)).ok());
        const QStringList over = BudgetComparison::overruns(s.budget, o);
        QCOMPARE(over.size(), 1);
        // 400 000 + 142 000 ... : 400 000 + 151 400 + 60 000 (15 %) = 611 400; budget 540 195.
        QVERIFY2(over.first().contains(QStringLiteral("71\u00A0205\u00A0kr above the budget")), qPrintable(over.first()));
    }

    void storedOutcomeSurvivesBudgetEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("o.sqlite"));
        auto db = Database::open(path, {Database::Mode::OpenOrCreate});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const BudgetRepository repo(**db);
        SeedCosts s;
        auto id = repo.add(QString(), s.budget);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        Budget b = repo.load(*id).value();
        const qint64 staff = b.costLines().at(0).id;
        const qint64 travel = b.costLines().at(2).id;
        BudgetOutcome o;
        QVERIFY(o.set(b, staff, 2023, 0, kr(331250)).ok());
        QVERIFY(o.set(b, staff, 2024, 3, kr(90000)).ok());
        QVERIFY(o.set(b, travel, 2025, 0, Money::fromOre(612050)).ok());
        QVERIFY(repo.saveOutcome(*id, b, o).ok());
        QVERIFY(repo.loadOutcome(*id, b).value() == o);

        // An edit of the budget keeps the line ids and so the outcome.
        QVERIFY(b.setAmount(staff, 2023, kr(340000)).ok());
        QVERIFY(repo.save(*id, b).ok());
        const Budget again = repo.load(*id).value();
        QCOMPARE(again.costLines().at(0).id, staff);
        QCOMPARE(again.amount(staff, 2023), kr(340000));
        QVERIFY(repo.loadOutcome(*id, again).value() == o);

        // A removed line takes its outcome with it.
        Budget fewer = again;
        QVERIFY(fewer.removeLine(travel).ok());
        QVERIFY(repo.save(*id, fewer).ok());
        const BudgetOutcome left = repo.loadOutcome(*id, repo.load(*id).value()).value();
        QCOMPARE(left.entries().size(), 2);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM budget_outcome")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // Removing the budget removes its outcome.
        QVERIFY(repo.remove(*id).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM budget_outcome")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void demoBudgetHasOutcomeFor2023()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::open(path, {Database::Mode::OpenOrCreate});
        QVERIFY(db.ok());
        QVERIFY(DemoData::populate(**db).ok());
        const BudgetRepository repo(**db);
        const qint64 id = repo.list().value().first().id;
        const Budget b = repo.load(id).value();
        const BudgetOutcome o = repo.loadOutcome(id, b).value();
        QCOMPARE(b.costTotal(), kr(1644153)); // the budget itself is seed 002's
        QCOMPARE(o.costTotal(b, 2023), kr(331250 + 151400 + 6120 + 49688));
        QCOMPARE(o.financingTotal(b, 2023), kr(540195));
        QVERIFY(o.hasQuarters(b.costLines().at(0).id, 2024));
    }
};

QTEST_GUILESS_MAIN(TestBudgetOutcome)
#include "tst_budgetoutcome.moc"
