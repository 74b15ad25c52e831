#include "CliFixture.h"

// verkstan-cli's databases: init, check, backup, usage and locks; exit codes,
// messages on standard error, and what ends up in the database.
class TestCli : public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeDemo(); }

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
