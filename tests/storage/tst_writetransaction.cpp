// A failed ROLLBACK (issue 13) is reported and never leaves the transaction depth wrong:
// on SQLite when the transaction was ended behind WriteTransaction's back, and on
// PostgreSQL (tst_writetransaction_postgresql) when the server connection is lost.
#include "Database.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

class TestWriteTransaction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_reported;

    int rows()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM tx_probe")) && q.next() ? q.value(0).toInt() : -1;
    }
    Status insert(int value)
    {
        return m_db->exec(QStringLiteral("INSERT INTO tx_probe (value) VALUES (%1)").arg(value));
    }

private slots:
    void initTestCase()
    {
        if (TestSupport::onPostgres() && TestSupport::postgresUrl().isEmpty())
            QSKIP(qPrintable(TestSupport::postgresMissingMessage()));
        if (TestSupport::onPostgres())
            qInfo("on PostgreSQL: %s", qPrintable(QUrl(TestSupport::postgresUrl()).toString(QUrl::RemovePassword)));
    }

    void init()
    {
        auto db = TestSupport::freshDatabase(m_dir.filePath(QStringLiteral("tx.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE tx_probe (value INTEGER)")));
        m_reported.clear();
        m_db->setRollbackFailureHandler([this](const Error &e) { m_reported << e.message; });
    }

    void cleanup() { m_db.reset(); }

    void ordinaryRollbackAndNesting()
    {
        {
            WriteTransaction outer(*m_db);
            QVERIFY(outer.begin());
            QVERIFY(insert(1));
            {
                WriteTransaction inner(*m_db);
                QVERIFY(inner.begin());
                QCOMPARE(m_db->transactionDepth(), 2);
                QVERIFY(insert(2));
                QVERIFY(inner.rollback()); // the savepoint only
                QCOMPARE(m_db->transactionDepth(), 1);
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(m_db->transactionDepth(), 0);
        QCOMPARE(rows(), 1);
        QVERIFY(m_reported.isEmpty());
    }

    // The transaction ended behind its back (a raw COMMIT): its ROLLBACK fails, says so,
    // and the depth goes back to 0 so that the next transaction is a real one.
    void failedRollbackIsReportedAndDepthRestored()
    {
        WriteTransaction tx(*m_db);
        QVERIFY(tx.begin());
        QVERIFY(insert(1));
        QVERIFY(m_db->exec(QStringLiteral("COMMIT")));
        if (TestSupport::onPostgres()) {
            // PostgreSQL answers a ROLLBACK outside a transaction with a warning only.
            QVERIFY(tx.rollback());
        } else {
            const Status s = tx.rollback();
            QVERIFY(!s);
            QVERIFY2(s.errorMessage().contains(QStringLiteral("could not be undone")), qPrintable(s.errorMessage()));
        }
        QCOMPARE(m_db->transactionDepth(), 0);

        WriteTransaction next(*m_db);
        QVERIFY(next.begin());
        QCOMPARE(m_db->transactionDepth(), 1);
        QVERIFY(insert(2));
        QVERIFY(next.commit());
        QCOMPARE(rows(), 2);
    }

    // Nested, ended behind its back: the destructors report the failed rollbacks.
    void failedRollbackInDestructorsIsReported()
    {
        {
            WriteTransaction outer(*m_db);
            QVERIFY(outer.begin());
            WriteTransaction inner(*m_db);
            QVERIFY(inner.begin());
            QVERIFY(insert(1));
            QVERIFY(m_db->exec(QStringLiteral("ROLLBACK")));
        }
        // Both on SQLite; on PostgreSQL the outer ROLLBACK outside a transaction is only a
        // warning there, so the inner one's is the failure to report.
        QCOMPARE(m_reported.size(), TestSupport::onPostgres() ? 1 : 2);
        QVERIFY2(m_reported.first().contains(QStringLiteral("could not be undone")), qPrintable(m_reported.first()));
        QCOMPARE(m_db->transactionDepth(), 0);
        WriteTransaction next(*m_db);
        QVERIFY(next.begin());
        QVERIFY(insert(3));
        QVERIFY(next.commit());
        QCOMPARE(rows(), 1);
    }

    // The connection is lost in the middle of a transaction (PostgreSQL: the server ends
    // it; SQLite: the connection is closed under it). The rollback fails and is reported;
    // the depth is right; the next write says why it cannot be done instead of nesting in
    // a dead transaction.
    void lostConnection()
    {
        qint64 backend = 0;
        if (TestSupport::onPostgres()) {
            QSqlQuery pid(m_db->connection());
            QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
            backend = pid.value(0).toLongLong();
        }
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.begin());
            QVERIFY(insert(1));
            if (TestSupport::onPostgres()) {
                auto other = Database::openPostgres(TestSupport::postgresUrl(), false);
                QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
                QSqlQuery kill((*other)->connection());
                QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
                QTest::qWait(200);
            } else {
                m_db->connection().close();
            }
        }
        QCOMPARE(m_reported.size(), 1);
        QVERIFY2(m_reported.first().contains(QStringLiteral("could not be undone")), qPrintable(m_reported.first()));
        QCOMPARE(m_db->transactionDepth(), 0);
        WriteTransaction next(*m_db);
        const Status s = next.begin();
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("could not be rolled back")), qPrintable(s.errorMessage()));
        QCOMPARE(m_db->transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
