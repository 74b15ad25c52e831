// verkstan-cli never loses a result in silence (issue 13): standard output that cannot
// be written (/dev/full, a pipe whose reader has gone) or an -o file on a full disk is
// said on standard error and ends with exit code 4.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray err;
};

// Runs verkstan-cli with its standard output set up by prepare (in the child, before exec).
Run runCli(const QStringList &arguments, const std::function<void()> &childSetup, const QString &stdoutFile = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(VERKSTAN_CLI), arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return r;
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray describe(const Run &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.status == QProcess::CrashExit ? " (killed)" : "")
        + "\nstderr: " + r.err;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto made = TestSupport::runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--demo")});
        QCOMPARE(made.exitCode, 0);
    }

    void standardOutputOnAFullDevice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("actors"), QStringLiteral("--db"), m_db};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), m_db};
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--db"), m_db};
        QTest::newRow("version") << QStringList{QStringLiteral("--version")};
    }

    void standardOutputOnAFullDevice()
    {
        QFETCH(QStringList, arguments);
        const Run r = runCli(arguments, {}, QStringLiteral("/dev/full"));
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 4, describe(r).constData());
        QVERIFY2(r.err.contains("standard output") && r.err.contains("could not be written")
                     && r.err.contains("No space left on device"),
                 r.err.constData());
    }

    // The reader of the pipe is gone before anything is written: SIGPIPE must not kill
    // the program before it can say so.
    void standardOutputToAClosedPipe()
    {
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        ::close(fds[0]); // nobody will ever read
        const int writeEnd = fds[1];
        const Run r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), m_db},
                             [writeEnd] {
                                 std::signal(SIGPIPE, SIG_DFL); // as a shell leaves it
                                 ::dup2(writeEnd, STDOUT_FILENO);
                             });
        ::close(writeEnd);
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 4, describe(r).constData());
        QVERIFY2(r.err.contains("Broken pipe"), r.err.constData());
    }

    void outputFileThatCannotBeWritten()
    {
        // A device that is always full.
        Run r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), m_db,
                        QStringLiteral("-o"), QStringLiteral("/dev/full")},
                       {});
        QVERIFY2(r.exitCode == 4 && r.err.contains("/dev/full"), describe(r).constData());

        // A disk that fills up while the file is written: the old file stays as it was.
        // (3000 actors make an export of about 100 kB, more than the limit below and
        // more than the database's shared-memory file needs.)
        const QString big = m_dir.filePath(QStringLiteral("big.sqlite"));
        QVERIFY(TestSupport::runCli({QStringLiteral("init"), QStringLiteral("--db"), big}).exitCode == 0);
        QByteArray csv = "namn;ort\n";
        for (int i = 0; i < 3000; ++i)
            csv += "Aktör nummer " + QByteArray::number(i) + " i länet;Örebro\n";
        QVERIFY(TestSupport::runCli({QStringLiteral("import"), QStringLiteral("actors"), QStringLiteral("--db"), big,
                                     QStringLiteral("-")}, csv).exitCode == 0);
        const QString out = m_dir.filePath(QStringLiteral("actors.csv"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("the previous export\n") > 0);
        old.close();
        r = runCli({QStringLiteral("export"), QStringLiteral("actors"), QStringLiteral("--db"), big,
                    QStringLiteral("-o"), out},
                   [] {
                       std::signal(SIGXFSZ, SIG_IGN);
                       rlimit limit{};
                       getrlimit(RLIMIT_FSIZE, &limit);
                       limit.rlim_cur = 64 * 1024;
                       setrlimit(RLIMIT_FSIZE, &limit);
                   });
        QVERIFY2(r.exitCode == 4 && r.err.contains("actors.csv") && r.err.contains("cannot be written"),
                 describe(r).constData());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
