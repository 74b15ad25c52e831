#include "BudgetSheet.h"
#include "BudgetReport.h"
#include "BudgetRepository.h"
#include "BudgetsView.h"
#include "Database.h"
#include "DemoData.h"
#include "Session.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "PdfSupport.h"
#include "TestSupport.h"

using TestSupport::runCli;

namespace {

// The text of a PDF through pdftotext -layout, with no-break spaces as spaces.
QString pdfText(const QString &pdf)
{
    // Compatibility form: the ligatures the PDF draws (ﬁ, ﬀ) read as their letters.
    return PdfSupport::text(pdf)
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

// The budget report: seed 002's tables, the checks and the charts, from the CLI
// (verkstan-cli report budget) and from the Budgets tab (PrintableView), read back with
// pdftotext.
class TestBudgetReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = runCli({QStringLiteral("init"), QStringLiteral("--db"), m_demo, QStringLiteral("--demo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cliWritesTheReport()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString pdf = m_dir.filePath(QStringLiteral("budget.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--db"), m_demo,
                               QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList expected = {
            QStringLiteral("Yrkeshögskolesamverkan i Örebro län 2023–2025"),
            QStringLiteral("Own staff"),
            QStringLiteral("339 300"), QStringLiteral("346 086"), QStringLiteral("353 008"), QStringLiteral("1 038 394"),
            QStringLiteral("Indirect costs (15 % of own staff)"),
            QStringLiteral("50 895"), QStringLiteral("155 759"),
            QStringLiteral("540 195"), QStringLiteral("547 999"), QStringLiteral("555 959"), QStringLiteral("1 644 153"),
            QStringLiteral("Region Örebro län"), QStringLiteral("822 076"),
            QStringLiteral("Handelskammaren Mälardalen"), QStringLiteral("222 077"),
            QStringLiteral("Financing equals the booked costs every year"),
            QStringLiteral("within its cap (at most 50 % of the booked costs and at most"),
            QStringLiteral("Budget against outcome"),
            QStringLiteral("Page 1 of"),
        };
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing: %1").arg(e)));
        // The totals row reads like seed 002's.
        QVERIFY(QRegularExpression(QStringLiteral("Total booked costs\\s+540 195\\s+547 999\\s+555 959\\s+1 644 153"))
                    .match(text)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Total financing\\s+540 195\\s+547 999\\s+555 959\\s+1 644 153"))
                    .match(text)
                    .hasMatch());
    }

    void cliRefusesAMissingBudget()
    {
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--db"), m_demo,
                               QStringLiteral("--budget"), QStringLiteral("4711"), QStringLiteral("-o"),
                               m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("4711")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void aBreachedCapIsPrinted()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        auto db = Database::open(m_demo, {Database::Mode::OpenExisting});
        QVERIFY(db.ok());
        const BudgetRepository repo(**db);
        Budget b = repo.load(1).value();
        const qint64 region = b.financingLines().first().id;
        QVERIFY(b.setAmount(region, 2025, Money::fromKronor(300000)).ok());
        const BudgetReport report(b, repo.loadOutcome(1, b).value(), QStringLiteral("demo"), QDate(2026, 11, 23));
        const QString pdf = TestSupport::screenshotDir(m_dir.path()) + QStringLiteral("/breach.pdf");
        QVERIFY(report.exportPdf(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("2025: the financing (577 979 kr) is 22 020 kr more than the costs (555 959 kr)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Region Örebro län gives 844 096 kr, more than the cap of 822 076 kr by 22 020 kr")));
        QVERIFY(text.contains(QStringLiteral("more than 50 % of the booked costs (1 644 153 kr) by")));
        QVERIFY(!text.contains(QStringLiteral("Financing equals the booked costs every year")));
    }

    void budgetsTabPrintsItsBudget()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("tab.verkstan")), Database::Mode::Create, true);
        QVERIFY(session);
        BudgetsView view(session->get());
        QCOMPARE(view.pdfFileName(), QStringLiteral("budget-2023-2025.pdf"));
        std::unique_ptr<ReportDocument> report = view.makeReport();
        QVERIFY(report);
        QCOMPARE(report->title(), QStringLiteral("Cost and financing budget"));
        QVERIFY(report->pageCount() >= 2);
        const QImage page = report->renderPage(1, 60); // the charts
        QVERIFY(!page.isNull());
        if (const QString dir = TestSupport::screenshotDir({}); !dir.isEmpty())
            for (int i = 0; i < report->pageCount(); ++i)
                QVERIFY(report->renderPage(i, 80).save(dir + QStringLiteral("/budget-report-%1.png").arg(i + 1)));
    }
};

QTEST_MAIN(TestBudgetReport)
#include "tst_budgetreport.moc"
