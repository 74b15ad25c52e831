#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::ProcessResult;
using TestSupport::runCli;

namespace {

QString cliData(const QString &name)
{
    return TestSupport::dataPath(QStringLiteral("cli/") + name);
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// "exit 2; stdout: ...; stderr: ..." for the failure message of a QVERIFY2.
QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

} // namespace

// verkstan-cli run as a separate process, as a script would run it: exit codes,
// messages on standard error, and what ends up in the database.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo; // made once by init --demo; tests that change it work on a copy

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString copyOfDemo(const QString &name) const
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(m_demo, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    // The list as JSON. A failed command or output that is not a JSON array is a test
    // failure (recorded here), never an empty list that could compare equal to another.
    static QJsonArray listJson(const QString &kind, const QString &db)
    {
        const ProcessResult r = TestSupport::runCliOk({QStringLiteral("list"), kind, QStringLiteral("--db"), db,
                                                       QStringLiteral("--format"), QStringLiteral("json")});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (r.exitCode == 0 && (error.error != QJsonParseError::NoError || !doc.isArray()))
            QTest::qFail(qPrintable(QStringLiteral("list %1 gave no JSON array: %2").arg(kind, error.errorString())),
                         __FILE__, __LINE__);
        return doc.array();
    }

    static int count(const QString &kind, const QString &db)
    {
        const QJsonArray list = listJson(kind, db);
        return QTest::currentTestFailed() ? -1 : int(list.size());
    }

    static ProcessResult init(const QString &db, bool demo = false)
    {
        QStringList args{QStringLiteral("init"), QStringLiteral("--db"), db};
        if (demo)
            args << QStringLiteral("--demo");
        return runCli(args);
    }

    static ProcessResult import(const QString &db, const QString &csv, bool skipInvalid = false)
    {
        QStringList args{QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"), db, csv};
        if (skipInvalid)
            args << QStringLiteral("--skip-invalid");
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(VERKSTAN_CLI)), VERKSTAN_CLI);
        m_demo = path(QStringLiteral("demo.sqlite"));
        const ProcessResult r = init(m_demo, true);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
    }

    void initMakesAnEmptyDatabase()
    {
        const QString db = path(QStringLiteral("empty.sqlite"));
        const ProcessResult r = init(db);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(QFile::exists(db));
        QVERIFY(r.err.isEmpty());

        const ProcessResult list =
            runCli({QStringLiteral("list"), QStringLiteral("actors"), QStringLiteral("--db"), db});
        QVERIFY2(list.exitCode == 0, describe(list).constData());
        QCOMPARE(list.out.trimmed(), QByteArray("id;name"));
        QCOMPARE(count(QStringLiteral("people"), db), 0);
        QCOMPARE(count(QStringLiteral("bodies"), db), 0);
    }

    void initWithDemoData()
    {
        const ProcessResult list =
            runCli({QStringLiteral("list"), QStringLiteral("actors"), QStringLiteral("--db"), m_demo});
        QVERIFY2(list.exitCode == 0, describe(list).constData());
        QVERIFY(list.out.startsWith("id;name\r\n"));
        QVERIFY(text(list.out).contains(QStringLiteral("Region Stockholm")));

        const ProcessResult json = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"),
                                           m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, describe(json).constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray actors = doc.array();
        QVERIFY2(actors.size() >= 60, qPrintable(QString::number(actors.size())));
        bool found = false;
        for (const QJsonValue &v : actors) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            for (const QString &column :
                 {QStringLiteral("organisation_number"), QStringLiteral("type"), QStringLiteral("level"),
                  QStringLiteral("municipality"), QStringLiteral("address"), QStringLiteral("postal_code"),
                  QStringLiteral("city"), QStringLiteral("areas"), QStringLiteral("roles"), QStringLiteral("notes")})
                QVERIFY2(o.contains(column), qPrintable(column));
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("Region Stockholm")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("organisation_number")).toString(), QStringLiteral("232100-0016"));
                QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("region"));
            }
        }
        QVERIFY(found);
        QVERIFY(count(QStringLiteral("people"), m_demo) > 0);
        QVERIFY(count(QStringLiteral("bodies"), m_demo) > 0);
    }

    void initRefusesAnExistingFile()
    {
        const QString copy = copyOfDemo(QStringLiteral("exists.sqlite"));
        QVERIFY(!copy.isEmpty());
        const int actors = count(QStringLiteral("actors"), copy);
        ProcessResult r = init(copy);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(text(r.err).contains(copy));
        QCOMPARE(count(QStringLiteral("actors"), copy), actors);

        const QString notes = path(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("inte en databas\n");
        f.close();
        r = init(notes, true);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("inte en databas\n"));
    }

    void checkHealthyDatabase()
    {
        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_demo});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QString out = text(r.out);
        QVERIFY(out.contains(QStringLiteral("Schema version: ")));
        QVERIFY(out.contains(QStringLiteral("Actors: %1").arg(count(QStringLiteral("actors"), m_demo))));
        QVERIFY(out.contains(QStringLiteral("People: %1").arg(count(QStringLiteral("people"), m_demo))));
        QVERIFY(out.contains(QStringLiteral("Bodies: %1").arg(count(QStringLiteral("bodies"), m_demo))));
        QCOMPARE(r.out.trimmed().split('\n').last().trimmed(), QByteArray("OK"));
        QVERIFY(r.err.isEmpty());
    }

    void checkFindsABrokenReference()
    {
        VERKSTAN_REQUIRE_TOOL("sqlite3");
        const QString sqlite3 = TestSupport::toolPath(QStringLiteral("sqlite3"));
        const QString copy = copyOfDemo(QStringLiteral("broken-reference.sqlite"));
        QVERIFY(!copy.isEmpty());
        QProcess shell;
        shell.start(sqlite3, {copy, QStringLiteral("PRAGMA foreign_keys=OFF; UPDATE person SET actor_id = 999999 "
                                                   "WHERE id = (SELECT MIN(id) FROM person);")});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QVERIFY2(text(r.err).contains(QStringLiteral("refers to a missing row of actor")), r.err.constData());
        QVERIFY(text(r.err).contains(copy));
        QVERIFY(!text(r.out).contains(QStringLiteral("\nOK")));
    }

    void checkFindsACorruptPage()
    {
        const QString copy = copyOfDemo(QStringLiteral("corrupt.sqlite"));
        QVERIFY(!copy.isEmpty());
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        QVERIFY(f.seek(size / 2 - (size / 2) % 4096));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char(0xA5 ^ (i * 37)));
        QCOMPARE(f.write(garbage), qint64(garbage.size()));
        f.close();

        const ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QVERIFY(text(r.err).contains(copy));
    }

    void checkRefusesWhatIsNotADatabase()
    {
        const QString file = path(QStringLiteral("letter.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hej! Det här är ett brev, ingen databas.\n");
        f.close();
        ProcessResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), file});
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(text(r.err).startsWith(QStringLiteral("verkstan-cli: ") + file), r.err.constData());
        QVERIFY(text(r.err).contains(QStringLiteral("not a Verkstan database")));

        const QString missing = path(QStringLiteral("missing.sqlite"));
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), missing});
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(text(r.err).contains(missing));
        QVERIFY(!QFile::exists(missing));

        const QString empty = path(QStringLiteral("empty-file.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.close();
        QVERIFY(QFile::rename(file, empty));
        r = runCli({QStringLiteral("list"), QStringLiteral("actors"), QStringLiteral("--db"), empty});
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }

    void backupMakesACopyThatOpens()
    {
        const QString target = path(QStringLiteral("backup/copy.sqlite"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("backup"))));
        ProcessResult r =
            runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--to"), target});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(QFile::exists(target));
        for (const QString &kind : {QStringLiteral("actors"), QStringLiteral("people"), QStringLiteral("bodies")}) {
            const QJsonArray copied = listJson(kind, target);
            QVERIFY2(!copied.isEmpty(), qPrintable(kind));
            QCOMPARE(copied, listJson(kind, m_demo));
        }
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), target});
        QVERIFY2(r.exitCode == 0, describe(r).constData());

        // An existing target is replaced only when asked to.
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--to"), target});
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(text(r.err).contains(target));
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--to"), target,
                    QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
    }

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

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("x.sqlite");
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing --db") << QStringList{QStringLiteral("check")} << QStringLiteral("--db");
        QTest::newRow("missing --db of list")
            << QStringList{QStringLiteral("list"), QStringLiteral("actors")} << QStringLiteral("--db");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--db"), db,
                                                       QStringLiteral("--verbose")}
                                        << QStringLiteral("--verbose");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--demo")}
            << QStringLiteral("--demo");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("list"), QStringLiteral("cars"),
                                                     QStringLiteral("--db"), db}
                                      << QStringLiteral("cars");
        QTest::newRow("kind missing") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), db}
                                      << QStringLiteral("KIND");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("list"),     QStringLiteral("people"),
                                                       QStringLiteral("--db"),     db,
                                                       QStringLiteral("--format"), QStringLiteral("xml")}
                                        << QStringLiteral("xml");
        QTest::newRow("import of people") << QStringList{QStringLiteral("import"), QStringLiteral("people"),
                                                         QStringLiteral("--db"), db, QStringLiteral("p.csv")}
                                          << QStringLiteral("people");
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"), db}
            << QStringLiteral("CSV");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("check"), QStringLiteral("--db"), db,
                                                       QStringLiteral("more")}
                                        << QStringLiteral("more");
        QTest::newRow("backup without --to")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db} << QStringLiteral("--to");
        QTest::newRow("help of nothing") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
                                         << QStringLiteral("frobnicate");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult r = runCli(arguments);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        const QString err = text(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("verkstan-cli: ")), r.err.constData());
        QVERIFY2(err.contains(message), r.err.constData());
        QVERIFY2(err.trimmed().endsWith(QStringLiteral("Try 'verkstan-cli --help'.")), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.sqlite")));
    }

    void helpAndVersion()
    {
        ProcessResult r = runCli({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        for (const char *command : {"init", "check", "backup", "import actors", "import budget", "export actors", "export budget", "report budget", "list KIND"})
            QVERIFY2(r.out.contains(QByteArray("verkstan-cli ") + command), command);
        QVERIFY(r.err.isEmpty());

        r = runCli({QStringLiteral("help"), QStringLiteral("import")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("--skip-invalid"));
        QVERIFY(!r.out.contains("--format"));

        r = runCli({QStringLiteral("list"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("people"));
        QVERIFY(r.out.contains("bodies"));

        r = runCli({QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.startsWith("verkstan-cli "));
    }

    void lockedDatabaseRefusesWritesButNotReads()
    {
        const QString db = copyOfDemo(QStringLiteral("locked.sqlite"));
        QLockFile lock(db + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        QVERIFY(lock.tryLock(0));

        const int before = count(QStringLiteral("actors"), db);
        ProcessResult r = import(db, cliData(QStringLiteral("good_actors.csv")));
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(text(r.err).contains(QStringLiteral("in use")), r.err.constData());
        QVERIFY2(text(r.err).contains(QString::number(QCoreApplication::applicationPid())), r.err.constData());
        QCOMPARE(count(QStringLiteral("actors"), db), before);

        const QString copy = path(QStringLiteral("locked-backup.sqlite"));
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), copy});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(count(QStringLiteral("actors"), copy), before);
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, describe(r).constData());

        lock.unlock();
        r = import(db, cliData(QStringLiteral("good_actors.csv")));
        QVERIFY2(r.exitCode == 3, describe(r).constData()); // Huddinge and Järfälla are in the demo data already
        QVERIFY(text(r.err).contains(QStringLiteral("Huddinge kommun")));
        QVERIFY(!text(r.err).contains(QStringLiteral("in use")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
