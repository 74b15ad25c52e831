#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(VERKSTAN_TEST_DATA)).filePath(relative);
}

QString seedText(const QString &prefix)
{
    const QDir dir(QStringLiteral(VERKSTAN_SEEDS_DIR));
    const QStringList files = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.first()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool onPostgres()
{
    return qEnvironmentVariable("VERKSTAN_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresUrl()
{
    return qEnvironmentVariable("VERKSTAN_TEST_PG");
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

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VERKSTAN_CLI), arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace TestSupport
