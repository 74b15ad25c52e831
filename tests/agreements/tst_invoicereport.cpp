#include "AgreementRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "InvoiceBasisReport.h"
#include "PdfSupport.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

namespace {

// The text of a PDF as pdftotext gives it, no-break spaces as spaces.
QString pdfText(const QString &path)
{
    return PdfSupport::text(path).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

// The invoice basis (fakturaunderlag) of seed 000's demo agreement, written by
// 'verkstan-cli report invoice' and read back with pdftotext.
class TestInvoiceReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_agreement = 0;
    qint64 m_sodertalje = 0;
    qint64 m_region = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("demo.sqlite"));
        auto db = Database::open(m_db, {Database::Mode::Create, false, true});
        QVERIFY(db.ok());
        QVERIFY(DemoData::populate(**db).ok());
        const Agreement a = AgreementRepository(**db).all()->first();
        m_agreement = a.id;
        m_region = a.hostActorId;
        m_sodertalje = a.parties.at(1).actorId;
        QCOMPARE(a.parties.at(1).name, QStringLiteral("Södertälje kommun"));
    }

    void allParties()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString pdf = path(QStringLiteral("all.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("invoice"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--agreement"), QString::number(m_agreement), QStringLiteral("--year"),
                               QStringLiteral("2026"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("(5 pages)"));
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        QVERIFY(text.contains(QStringLiteral("Invoice basis 2026")));
        QVERIFY(text.contains(QStringLiteral("Samverkansavtal Teknikcollege Stockholmsregionen")));
        // 2026: 1 030 000 + 50 000 + 150 000 kr; the region 40 %, each municipality 15 %.
        QVERIFY(text.contains(QStringLiteral("1 230 000 kr")));
        QVERIFY(text.contains(QStringLiteral("492 000 kr")));
        QCOMPARE(int(text.count(QStringLiteral("184 500 kr"))), 4 + 4); // overview rows and each party's page
        for (const char *name : {"Södertälje kommun", "Haninge kommun", "Huddinge kommun", "Järfälla kommun"})
            QVERIFY2(text.contains(QStringLiteral("To: %1").arg(QString::fromUtf8(name))), name);
        QVERIFY(!text.contains(QStringLiteral("To: Region Stockholm"))); // the region invoices; no page of its own
        QCOMPARE(int(text.count(QLatin1Char('\f'))), 5);
    }

    void onePartyAndRoundingToTheKrona()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        // 2028: 1 092 727 kr for the process leader; 15 % is 163 909,05 -> 163 909 kr, and
        // the shares add up to the cost: 437 091 + 4 x 163 909 = 1 092 727.
        const QString pdf = path(QStringLiteral("one.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("invoice"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--agreement"), QString::number(m_agreement), QStringLiteral("--year"),
                               QStringLiteral("2028"), QStringLiteral("--party"), QString::number(m_sodertalje),
                               QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("(1 page)"));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Invoice basis 2028 – Södertälje kommun")));
        QVERIFY(text.contains(QStringLiteral("To: Södertälje kommun")));
        QVERIFY(text.contains(QStringLiteral("From: Region Stockholm")));
        QVERIFY(text.contains(QStringLiteral("Year: 2028")));
        QVERIFY(text.contains(QStringLiteral("1 092 727 kr")));
        QVERIFY(text.contains(QStringLiteral("163 909 kr")));
        QVERIFY(text.contains(QStringLiteral("Total to pay for 2028")));
        QVERIFY(text.contains(QStringLiteral("193 909 kr"))); // 163 909 + 7 500 + 22 500
        QVERIFY(!text.contains(QStringLiteral("Haninge")));
    }

    void theHostsOwnShare()
    {
        auto db = Database::open(m_db, {Database::Mode::OpenExisting, false, false});
        const Agreement a = *AgreementRepository(**db).load(m_agreement);
        auto report = InvoiceBasisReport::create(a, 2028, m_region, QDate(2026, 11, 23));
        QVERIFY(report.ok());
        const QString text = (*report)->document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("is not invoiced")));
        QVERIFY(text.contains(QStringLiteral("437 091 kr"))); // toPlainText() gives no-break spaces as spaces
        QVERIFY(text.contains(QStringLiteral("517 091 kr")));
    }

    void proportionalToPopulation()
    {
        auto db = Database::open(m_db, {Database::Mode::OpenExisting, false, false});
        Agreement a = *AgreementRepository(**db).load(m_agreement);
        a.method = CostAllocation::Method::Proportional;
        a.basisLabel = QStringLiteral("Folkmängd");
        const qint64 population[] = {2454821, 101427, 97089, 115526, 85269};
        for (int i = 0; i < 5; ++i)
            a.parties[i].weight = population[i];
        QVERIFY(a.validate().ok());
        auto report = InvoiceBasisReport::create(a, 2026, m_sodertalje, QDate(2026, 11, 23));
        QVERIFY(report.ok());
        const QString text = (*report)->document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("101 427 of 2 854 132 (3,55 %)")), qPrintable(text));
        // 1 030 000 kr x 101 427 / 2 854 132 = 36 603,47 -> 36 603 kr.
        QVERIFY2(text.contains(QStringLiteral("36 603 kr")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("3,55 %")));
    }

    void refusedWithAMessage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such agreement") << QStringList{QStringLiteral("--agreement"), QStringLiteral("999"),
                                                          QStringLiteral("--year"), QStringLiteral("2026")}
                                           << 2 << QStringLiteral("There is no agreement with id 999.");
        QTest::newRow("year as text") << QStringList{QStringLiteral("--agreement"), QStringLiteral("1"),
                                                     QStringLiteral("--year"), QStringLiteral("i år")}
                                      << 2 << QStringLiteral("--year needs a year such as 2026");
        QTest::newRow("year without costs") << QStringList{QStringLiteral("--agreement"), QStringLiteral("1"),
                                                           QStringLiteral("--year"), QStringLiteral("2035")}
                                            << 3 << QStringLiteral("has no shared costs in 2035");
        QTest::newRow("not a party") << QStringList{QStringLiteral("--agreement"), QStringLiteral("1"),
                                                    QStringLiteral("--year"), QStringLiteral("2026"),
                                                    QStringLiteral("--party"), QStringLiteral("40")}
                                     << 3 << QStringLiteral("is not a party to");
    }

    void refusedWithAMessage()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString pdf = path(QStringLiteral("refused.pdf"));
        const auto r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("invoice"), QStringLiteral("--db"),
                                          m_db, QStringLiteral("-o"), pdf} + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestInvoiceReport)
#include "tst_invoicereport.moc"
