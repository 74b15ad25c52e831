#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

namespace TestSupport {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(VERKSTAN_TEST_DATA)).filePath(relative);
}

QStringList dataLines(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read tests/data/%1").arg(relative)), __FILE__, __LINE__);
        return {};
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            lines << t;
    }
    return lines;
}

QString seedsDir()
{
    const QString fromEnvironment = qEnvironmentVariable("VERKSTAN_SEEDS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(VERKSTAN_SEEDS_DIR) : fromEnvironment;
}

QString seedText(const QString &prefix)
{
    const QDir dir(seedsDir());
    const QStringList files = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.first()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString seedMissingMessage(const QString &prefix)
{
    return QStringLiteral("[without seeds] seed %1 is not in %2 (a clone has no ../shared/seeds beside it): "
                          "this cross-check of the seed's text did not run; the figures from tests/data were "
                          "checked by the other tests")
        .arg(prefix, QDir::cleanPath(seedsDir()));
}

bool optedOut(const QString &what)
{
    const QStringList list = qEnvironmentVariable("VERKSTAN_TEST_WITHOUT").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : list)
        if (item.trimmed().compare(what, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

namespace {

// The python3 that imports icalendar: Debian's (python3-icalendar) first, another on
// PATH may lack the module.
QString pythonWithIcalendar()
{
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

QString findTool(const QString &tool)
{
    static QHash<QString, QString> found;
    if (const auto it = found.constFind(tool); it != found.constEnd())
        return *it;
    QString path;
    if (tool == QLatin1String("pdftotext")) {
        path = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            path.clear();
    } else if (tool == QLatin1String("icalendar")) {
        path = pythonWithIcalendar();
    } else if (tool == QLatin1String("sqlite3")) {
        path = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    } else if (tool == QLatin1String("python3")) {
        path = QStandardPaths::findExecutable(QStringLiteral("python3"));
    } else {
        qFatal("TestSupport: unknown tool %s", qPrintable(tool));
    }
    found.insert(tool, path);
    return path;
}

QString toolDescription(const QString &tool)
{
    if (tool == QLatin1String("pdftotext"))
        return QStringLiteral("pdftotext and pdfinfo (Debian package poppler-utils)");
    if (tool == QLatin1String("icalendar"))
        return QStringLiteral("python3 with the icalendar module (Debian package python3-icalendar)");
    if (tool == QLatin1String("python3"))
        return QStringLiteral("python3 (Debian package python3), for the script of docs/seal-format.md");
    return QStringLiteral("the sqlite3 shell (Debian package sqlite3)");
}

} // namespace

ToolCheck checkTool(const QString &tool)
{
    ToolCheck check;
    check.path = findTool(tool);
    if (!check.path.isEmpty()) {
        check.state = ToolCheck::State::Present;
        return check;
    }
    if (optedOut(tool)) {
        check.state = ToolCheck::State::OptedOut;
        check.message = QStringLiteral("[without %1] not installed: %2; VERKSTAN_TEST_WITHOUT names it, so "
                                       "this test did not run")
                            .arg(tool, toolDescription(tool));
    } else {
        check.state = ToolCheck::State::Missing;
        check.message = QStringLiteral("not installed: %1. packaging/install-deps.sh installs it; to run the "
                                       "tests without it, set VERKSTAN_TEST_WITHOUT=%2 (the tests that need it "
                                       "are then skipped and listed)")
                            .arg(toolDescription(tool), tool);
    }
    return check;
}

QString toolPath(const QString &tool)
{
    return findTool(tool);
}

QString screenshotDir(const QString &fallback)
{
    const QString dir = qEnvironmentVariable("VERKSTAN_SCREENSHOTS");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return fallback;
    return dir;
}

bool onPostgres()
{
    return qEnvironmentVariable("VERKSTAN_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresUrl()
{
    return qEnvironmentVariable("VERKSTAN_TEST_PG");
}

QString postgresMissingMessage()
{
    return QStringLiteral("[without postgresql] no PostgreSQL server to test on: VERKSTAN_TEST_PG is not set "
                          "(.ci/start-postgres.sh starts one and prints its address)");
}

Result<std::unique_ptr<Database>> freshDatabase(const QString &sqlitePath)
{
    if (!onPostgres()) {
        QFile::remove(sqlitePath);
        return Database::open(sqlitePath, {Database::Mode::OpenOrCreate});
    }
    {
        auto admin = Database::openPostgres(postgresUrl(), false);
        if (!admin)
            return admin.error();
        QSqlQuery q((*admin)->connection());
        if (!q.exec(QStringLiteral("DROP OWNED BY CURRENT_USER CASCADE")))
            return Error{Error::Kind::Database, q.lastError().text()};
    }
    return Database::openPostgres(postgresUrl());
}

QByteArray summary(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "; stderr: " + r.err.left(2000);
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    const QString command = QStringLiteral("verkstan-cli ") + arguments.join(QLatin1Char(' '));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VERKSTAN_CLI), arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        QTest::qFail(qPrintable(QStringLiteral("%1 did not start: %2").arg(command, p.errorString())), __FILE__,
                     __LINE__);
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        QTest::qFail(qPrintable(QStringLiteral("%1 did not finish within 60 s").arg(command)), __FILE__, __LINE__);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit) {
        QTest::qFail(qPrintable(QStringLiteral("%1 crashed; stderr: %2").arg(command, QString::fromUtf8(r.err))),
                     __FILE__, __LINE__);
        return r;
    }
    r.exitCode = p.exitCode();
    return r;
}

ProcessResult runCliOk(const QStringList &arguments, const QByteArray &input)
{
    ProcessResult r = runCli(arguments, input);
    if (r.exitCode != 0 && QTest::currentTestFailed() == false)
        QTest::qFail(qPrintable(QStringLiteral("verkstan-cli %1 failed: %2")
                                    .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(summary(r)))),
                     __FILE__, __LINE__);
    return r;
}

} // namespace TestSupport
