// Every input the fuzzers have found that crashed, tripped a sanitizer or broke a rule
// is kept in tests/data/fuzz/<harness>/ and runs here through the harness's own code
// (FuzzTargets.h) in every test run; a broken rule aborts, which fails the test. The
// seed inputs of each harness run too, so that every harness's code runs in the
// normal build and not only under the fuzzer.
#include "FuzzTargets.h"
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QVector<QByteArray> inputs(const QString &harness, const QStringList &alsoFrom = {})
    {
        QVector<QByteArray> out;
        QStringList dirs{QStringLiteral("fuzz/") + harness};
        dirs += alsoFrom;
        for (const QString &d : std::as_const(dirs)) {
            const QDir dir(TestSupport::dataPath(d));
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(f));
                if (file.open(QIODevice::ReadOnly))
                    out << file.readAll();
            }
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void money()
    {
        const auto cases = inputs(QStringLiteral("fuzz_money"));
        for (const QByteArray &input : cases)
            FuzzTargets::money(input);
        for (const char *text : {"1 644 153", "-500", "12.50", "500:-", "999 999 999 999,99", "x"})
            FuzzTargets::money(QByteArray(text));
    }

    void organisationNumber()
    {
        for (const QByteArray &input : inputs(QStringLiteral("fuzz_organisationnumber")))
            FuzzTargets::organisationNumber(input);
        for (const char *text : {"232100-0016", "2321000016", "162321000016", "232100-0017", ""})
            FuzzTargets::organisationNumber(QByteArray(text));
    }

    void actorCsv()
    {
        auto db = FuzzTargets::makeDatabase(m_dir.path(), QStringLiteral("actors.sqlite"), false);
        const auto cases = inputs(QStringLiteral("fuzz_actor_csv"), {QStringLiteral("csv"), QStringLiteral("cli")});
        QVERIFY(cases.size() > 10);
        for (const QByteArray &input : cases)
            FuzzTargets::actorCsv(*db, input);
    }

    void budgetCsv()
    {
        auto db = FuzzTargets::makeDatabase(m_dir.path(), QStringLiteral("budgets.sqlite"), true);
        const auto cases = inputs(QStringLiteral("fuzz_budget_csv"), {QStringLiteral("csv")});
        QVERIFY(!cases.isEmpty());
        for (const QByteArray &input : cases)
            FuzzTargets::budgetCsv(*db, input);
    }

    // Found with the budget harness under UBSan: a rate of eight digits overflowed an int
    // in BudgetCsv::parseRate (30000000 * 100), which without the sanitizer wrapped to a
    // negative rate that was taken.
    void longRateIsRefusedNotWrapped()
    {
        QCOMPARE(BudgetCsv::parseRate(QStringLiteral("30000000 %")), std::optional<int>());
        QCOMPARE(BudgetCsv::parseRate(QStringLiteral("2147483647")), std::optional<int>());
        QCOMPARE(BudgetCsv::parseRate(QStringLiteral("100 %")), std::optional<int>(10000));
        QCOMPARE(BudgetCsv::parseRate(QStringLiteral("12,5 %")), std::optional<int>(1250));
        auto db = FuzzTargets::makeDatabase(m_dir.path(), QStringLiteral("rate.sqlite"), true);
        QFile f(TestSupport::dataPath(QStringLiteral("fuzz/fuzz_budget_csv/rate-overflow.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto imported = BudgetImport::run(*db, f.readAll());
        QVERIFY(imported.ok());
        QCOMPARE(imported->budgetId, qint64(0));
        QVERIFY(!imported->problems.isEmpty());
        QVERIFY2(imported->problems.first().toString().contains(QStringLiteral("30000000")),
                 qPrintable(imported->problems.first().toString()));
    }

    void foreignDatabase()
    {
        const auto cases = inputs(QStringLiteral("fuzz_foreign_database"));
        for (const QByteArray &input : cases)
            FuzzTargets::foreignDatabase(m_dir.path(), input);
        FuzzTargets::foreignDatabase(m_dir.path(), QByteArray("SQLite format 3\0", 16));
        FuzzTargets::foreignDatabase(m_dir.path(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
