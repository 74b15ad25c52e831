#include "CliFixture.h"

// verkstan-cli's data in and out: actors and budgets imported, listed and exported;
// bad rows named, and nothing written when a file is refused.
class TestCliData : public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeDemo(); }

    void importGoodFile()
    {
        const QString db = path(QStringLiteral("import-good.sqlite"));
        QCOMPARE(init(db).exitCode, 0);
        const ProcessResult r = import(db, cliData(QStringLiteral("good_actors.csv")));
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(text(r.out).contains(QStringLiteral("imported 3 of 3 rows")));
        QVERIFY(r.err.isEmpty());
        const QJsonArray actors = listJson(QStringLiteral("actors"), db);
        QCOMPARE(actors.size(), 3);
        QCOMPARE(actors.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Huddinge kommun"));

        // Into the demo database: the counts grow by the rows that are new there.
        const QString demo = copyOfDemo(QStringLiteral("import-demo.sqlite"));
        const int before = count(QStringLiteral("actors"), demo);
        const QByteArray csv =
            "name;organisation_number;type\nTestbolaget i Botkyrka AB;556036-0793;private_employer\n";
        const ProcessResult stdinImport = runCli(
            {QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"), demo, QStringLiteral("-")},
            csv);
        QVERIFY2(stdinImport.exitCode == 0, describe(stdinImport).constData());
        QCOMPARE(count(QStringLiteral("actors"), demo), before + 1);
    }

    void importWithABadRowWritesNothing()
    {
        const QString db = path(QStringLiteral("import-bad.sqlite"));
        QCOMPARE(init(db).exitCode, 0);
        const ProcessResult r = import(db, cliData(QStringLiteral("bad_luhn.csv")));
        QVERIFY2(r.exitCode == 3, describe(r).constData());
        QVERIFY2(text(r.err).contains(QStringLiteral("line 3: organisation_number: ")), r.err.constData());
        QVERIFY(text(r.err).contains(QStringLiteral("212000-0085")));
        QVERIFY(!text(r.err).contains(QStringLiteral("line 2:")));
        QVERIFY(text(r.out).contains(QStringLiteral("imported 0 of 3 rows")));
        QCOMPARE(count(QStringLiteral("actors"), db), 0);
    }

    void importSkipInvalidWritesTheGoodRows()
    {
        const QString db = path(QStringLiteral("import-skip.sqlite"));
        QCOMPARE(init(db).exitCode, 0);
        const ProcessResult r = import(db, cliData(QStringLiteral("bad_luhn.csv")), true);
        QVERIFY2(r.exitCode == 3, describe(r).constData());
        QVERIFY(text(r.err).contains(QStringLiteral("line 3: organisation_number: ")));
        QVERIFY(text(r.out).contains(QStringLiteral("imported 2 of 3 rows")));
        const QJsonArray actors = listJson(QStringLiteral("actors"), db);
        QCOMPARE(actors.size(), 2);
        QStringList names;
        for (const QJsonValue &v : actors)
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Huddinge kommun"), QStringLiteral("Verkstaden i Flemingsberg AB")}));
    }

    void importOfAnExistingNumberNamesItsHolder()
    {
        const QString demo = copyOfDemo(QStringLiteral("import-existing.sqlite"));
        const int before = count(QStringLiteral("actors"), demo);
        const ProcessResult r = import(demo, cliData(QStringLiteral("existing_number.csv")));
        QVERIFY2(r.exitCode == 3, describe(r).constData());
        QVERIFY2(text(r.err).contains(QStringLiteral("line 3: organisation_number: 232100-0016")), r.err.constData());
        QVERIFY(text(r.err).contains(QStringLiteral("Region Stockholm")));
        QCOMPARE(count(QStringLiteral("actors"), demo), before);
    }

    void importOfAFileThatIsNotCsv()
    {
        const QString db = path(QStringLiteral("import-notcsv.sqlite"));
        QCOMPARE(init(db).exitCode, 0);
        ProcessResult r = import(db, TestSupport::dataPath(QStringLiteral("csv/header_only.csv")));
        QVERIFY2(r.exitCode == 3, describe(r).constData());
        QVERIFY(text(r.err).contains(QStringLiteral("header_only.csv")));
        r = import(db, path(QStringLiteral("no-such.csv")));
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(text(r.err).contains(QStringLiteral("no-such.csv")));
    }

    void exportedCsvImportsToTheSameActors()
    {
        const QString csv = path(QStringLiteral("exported-actors.csv"));
        ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), m_demo,
                                  QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.startsWith("\xEF\xBB\xBFname;organisation_number;type;level;"));

        // Without -o the same bytes go to standard output.
        r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.out, exported);

        const QString fresh = path(QStringLiteral("reimport.sqlite"));
        QCOMPARE(init(fresh).exitCode, 0);
        r = import(fresh, csv);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), fresh});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.out, exported);
        QCOMPARE(count(QStringLiteral("actors"), fresh), count(QStringLiteral("actors"), m_demo));
    }

    void listPeopleAndBodies()
    {
        ProcessResult r = runCli({QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("id;name"));
        const QJsonArray people = listJson(QStringLiteral("people"), m_demo);
        QVERIFY(!people.isEmpty());
        QCOMPARE(lines.size() - 1, people.size());
        const QJsonObject firstPerson = people.first().toObject();
        QCOMPARE(firstPerson.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QVERIFY(firstPerson.value(QStringLiteral("id")).isDouble());
        QCOMPARE(text(lines.at(1).trimmed()), QStringLiteral("%1;%2")
                                                  .arg(firstPerson.value(QStringLiteral("id")).toInteger())
                                                  .arg(firstPerson.value(QStringLiteral("name")).toString()));

        r = runCli({QStringLiteral("list"), QStringLiteral("bodies"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("id;name;kind"));
        const QJsonArray bodies = listJson(QStringLiteral("bodies"), m_demo);
        QCOMPARE(lines.size() - 1, bodies.size());
        QStringList kinds;
        for (const QJsonValue &v : bodies)
            kinds << v.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kinds.contains(QStringLiteral("industry_forum")));
        QVERIFY(!kinds.contains(QString()));
    }

    void listAndExportBudget()
    {
        ProcessResult r = runCli({QStringLiteral("list"), QStringLiteral("budgets"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.out.trimmed().split('\n').first().trimmed(), QByteArray("id;name;years"));
        const QJsonArray budgets = listJson(QStringLiteral("budgets"), m_demo);
        QCOMPARE(budgets.size(), 1);
        const QJsonObject budget = budgets.first().toObject();
        QCOMPARE(budget.value(QStringLiteral("years")).toString(), QStringLiteral("2023-2025"));
        const QString id = QString::number(budget.value(QStringLiteral("id")).toInteger());

        const QString csv = path(QStringLiteral("budget.csv"));
        r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--budget"), id, QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.startsWith("\xEF\xBB\xBFside;name;2023;2024;2025;total;category;kind;status;computed_from;rate;rounding\r\n"));
        QVERIFY(exported.contains("cost_total;Total booked costs;540195;547999;555959;1644153;;;;;;\r\n"));
        QVERIFY(text(exported).contains(QStringLiteral("financing;Region Örebro län;270096;274000;277980;822076")));

        r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--budget"), QStringLiteral("4711")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(text(r.err).contains(QStringLiteral("4711")));
        r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(text(r.err).contains(QStringLiteral("--budget")));
    }

    void importBudgetRoundTripsTheExport()
    {
        const QString db = path(QStringLiteral("roundtrip.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        const QString first = path(QStringLiteral("first.csv"));
        ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), db,
                                  QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("-o"), first});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        r = runCli({QStringLiteral("import"), QStringLiteral("budget"), QStringLiteral("--db"), db, first});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(text(r.out).contains(QStringLiteral("with id 2")));
        const QString second = path(QStringLiteral("second.csv"));
        r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), db,
                    QStringLiteral("--budget"), QStringLiteral("2"), QStringLiteral("-o"), second});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray exported = a.readAll();
        QCOMPARE(b.readAll(), exported); // the same budget, line by line, cap and totals included
        QVERIFY(text(exported).contains(QStringLiteral("cost;Indirect costs;50895;51913;52951;155759;indirect-costs;;;Own staff;15\u00A0%;kronor")));
        QVERIFY(text(exported).contains(QStringLiteral("cap;Region Örebro län;;;;822076;overall;;;;50\u00A0%;")));
    }

    void importBudgetRefusesBadInputAndWritesNothing()
    {
        const QString db = path(QStringLiteral("bad.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        const QString good = path(QStringLiteral("good.csv"));
        ProcessResult r = runCli({QStringLiteral("export"), QStringLiteral("budget"), QStringLiteral("--db"), db,
                                  QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("-o"), good});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString csv = QString::fromUtf8(f.readAll());
        csv.replace(QStringLiteral(";346086;"), QStringLiteral(";34x6086;"));                 // text, line 3
        csv.replace(QStringLiteral("8000;8000;8000;24000"), QStringLiteral("8000;-8000;8000;24000")); // negative, line 5
        csv.replace(QStringLiteral("financing;Örebro kommun"), QStringLiteral("financing;Borttagen kommun")); // line 8
        const QString bad = path(QStringLiteral("bad.csv"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv.toUtf8());
        out.close();
        r = runCli({QStringLiteral("import"), QStringLiteral("budget"), QStringLiteral("--db"), db, bad});
        QCOMPARE(r.exitCode, 3);
        const QString err = text(r.err);
        QVERIFY2(err.contains(QStringLiteral("bad.csv: line 3: 2024: \"34x6086\" is not an amount of money")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("line 5: 2024: -8000 is negative")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("line 8: name: there is no actor named \"Borttagen kommun\"")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("3 problems, so nothing was imported")), qPrintable(err));

        // A year column out of place.
        QFile g(good);
        QVERIFY(g.open(QIODevice::ReadOnly));
        csv = QString::fromUtf8(g.readAll()).replace(QStringLiteral(";2025;total"), QStringLiteral(";2027;total"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(csv.toUtf8());
        out.close();
        r = runCli({QStringLiteral("import"), QStringLiteral("budget"), QStringLiteral("--db"), db, bad});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(text(r.err).contains(QStringLiteral("line 1: 2027: the years must follow one another")), r.err.constData());

        const QJsonArray budgets = listJson(QStringLiteral("budgets"), db);
        QCOMPARE(budgets.size(), 1); // nothing half-saved
    }
};

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_clidata.moc"
