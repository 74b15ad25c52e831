#pragma once

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
namespace CliTest {

inline QString cliData(const QString &name)
{
    return TestSupport::dataPath(QStringLiteral("cli/") + name);
}

inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// "exit 2; stdout: ...; stderr: ..." for the failure message of a QVERIFY2.
inline QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

} // namespace CliTest


using namespace CliTest;

// verkstan-cli run as a separate process, as a script would run it, over a demo database
// made once; shared by tst_cli and tst_clidata.
class CliFixture : public QObject
{
protected:
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
    void makeDemo()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(VERKSTAN_CLI)), VERKSTAN_CLI);
        m_demo = path(QStringLiteral("demo.sqlite"));
        const ProcessResult r = init(m_demo, true);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
    }
};
