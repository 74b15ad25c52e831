// verkstan-cli and minutes (issue 5): list minutes, report minutes to PDF and PDF/A,
// and check finding minutes changed behind the program's back.
#include "PdfSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestMinutesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // The meeting id of the demo's final minutes (seed 004).
    QString finalMeeting()
    {
        const auto list =
            TestSupport::runCliOk({QStringLiteral("list"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db});
        for (const QByteArray &line : list.out.split('\n'))
            if (line.contains(";final;"))
                return QString::fromUtf8(line.split(';').value(1));
        QTest::qFail("list minutes shows no final minutes", __FILE__, __LINE__);
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void listShowsTheDemoMinutes()
    {
        const auto list = runCli({QStringLiteral("list"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith("id;meeting;date;body;state;addition"));
        QVERIFY(list.out.contains("2018-09-28;Specifikt samverkansråd för skola, utbildning och kompetensförsörjning;final;0"));
        QVERIFY(list.out.contains(";Branschforum Gröna näringar;draft;0"));
    }

    void reportWritesThePdf()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString meeting = finalMeeting();
        QVERIFY(!meeting.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("m.pdf"));
        const auto report = runCli({QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--meeting"), meeting, QStringLiteral("--pdfa"), QStringLiteral("-o"), pdf});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QString text = PdfSupport::text(pdf, false).simplified();
        QVERIFY(text.contains(QStringLiteral("§ 14")));
        QVERIFY(text.contains(QStringLiteral("Verification code:")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part"));
    }

    void reportRefusesBadUsage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--meeting"), QStringLiteral("abc"), QStringLiteral("-o"), pdf}).exitCode, 2);
        const auto none = runCli({QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--meeting"), QStringLiteral("999999"), QStringLiteral("-o"), pdf});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("999999"));
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--meeting"), finalMeeting()}).exitCode, 2); // no -o
        QVERIFY(!QFile::exists(pdf));
    }

    void checkNamesChangedMinutes()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--db"), copy}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER minutes_item_final_update")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE minutes_item SET decision = 'Ingen justerare.' WHERE number = 2 AND "
                                           "minutes_id = (SELECT id FROM minutes WHERE state = 'final')")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("changed since they were adjusted"), check.err.constData());
        QVERIFY(check.err.contains("2018-09-28"));
    }
};

QTEST_GUILESS_MAIN(TestMinutesCli)
#include "tst_minutescli.moc"
