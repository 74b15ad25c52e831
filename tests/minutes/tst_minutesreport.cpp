// Printed minutes (issue 5): seed 004 from the demo file, made final by the workflow,
// printed in the Swedish layout, as PDF and PDF/A-1b, read back with pdftotext.
#include "MinutesJson.h"
#include "MinutesReport.h"
#include "MinutesSeal.h"
#include "MinutesWorkflow.h"
#include "PdfSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestMinutesReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static MinutesJson::Entry seed()
    {
        QFile file(QStringLiteral(":/demo/minutes.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the demo minutes are not in the resources");
        auto entries = MinutesJson::read(file.readAll(), file.fileName());
        if (!entries || entries->isEmpty())
            qFatal("the demo minutes do not read: %s", qPrintable(entries.errorMessage()));
        return entries->first();
    }

    static Minutes finalSeed()
    {
        MinutesJson::Entry e = seed();
        Minutes m = e.draft;
        if (!MinutesWorkflow::sendForAdjustment(m))
            qFatal("%s", qPrintable(MinutesWorkflow::problemsForAdjustment(m).join(QLatin1Char(' '))));
        for (const Adjustment &a : e.adjustments)
            if (const Status s = MinutesWorkflow::recordAdjustment(m, a, QDate(2018, 10, 12)); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        MinutesSeal::apply(m, {});
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // KEEP_PDFS=1 keeps the PDFs to look at.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_PDFS"));
        if (!m_dir.autoRemove())
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
    }

    void seedReadsAsTheDocumentHasIt()
    {
        const MinutesJson::Entry e = seed();
        QCOMPARE(e.draft.items.size(), 14);
        QCOMPARE(e.draft.items.first().title, QStringLiteral("Mötet öppnas"));
        QCOMPARE(e.draft.items.last().number, 14);
        QCOMPARE(e.draft.chair(), QStringLiteral("Irén Lejegren"));
        QCOMPARE(e.draft.secretary(), QStringLiteral("Anna Elverskog"));
        QCOMPARE(e.draft.adjusters(), QStringList{QStringLiteral("Håkan Söderman")});
        const Minutes m = finalSeed();
        QCOMPARE(m.state, MinutesState::Final);
        QCOMPARE(m.adjustedOn, QDate(2018, 10, 12));
    }

    void readRefusesBadInput()
    {
        QVERIFY(!MinutesJson::read("{", QStringLiteral("x.json")));
        const auto noDate = MinutesJson::read(R"({"minutes":[{"body":"B"}]})", QStringLiteral("x.json"));
        QVERIFY(!noDate);
        QVERIFY2(noDate.errorMessage().contains(QStringLiteral("x.json, minutes 1")), qPrintable(noDate.errorMessage()));
    }

    void finalMinutesPrintInTheSwedishLayout()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const Minutes m = finalSeed();
        MinutesReport report(m, QDate(2018, 10, 15));
        const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
        QString error;
        QVERIFY2(report.exportPdf(pdf, &error), qPrintable(error));
        // Lines wrap where the page ends them: compare with the white space simplified.
        const QString text = PdfSupport::text(pdf, false).simplified();
        for (const QString &expected :
             {QStringLiteral("Minutes"), m.bodyName, QStringLiteral("Fredag 28 september 2018 at 09:00–12:00"),
              QStringLiteral("Konferenslokal Lärken"), QStringLiteral("Recorded by:"), QStringLiteral("Anna Elverskog"),
              QStringLiteral("Adjusted on:"), QStringLiteral("2018-10-12"), QStringLiteral("Chair"),
              QStringLiteral("Adjuster"), QStringLiteral("Members present:"), QStringLiteral("Markus Sukuvaara (V)"),
              QStringLiteral("Others present:"), QStringLiteral("§ 1"), QStringLiteral("Mötet öppnas"),
              QStringLiteral("§ 14"), QStringLiteral("Mötet avslutas"), QStringLiteral("Assignment:"),
              QStringLiteral("Ewa Lindberg is to vara med som stöd"),
              QStringLiteral("Verification code: ") + MinutesSeal::verificationCode(m.contentHash)}) {
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing “%1”").arg(expected)));
        }
        // The secretary is not listed among the others present: she is "vid protokollet".
        const QString others = text.mid(text.indexOf(QStringLiteral("Others present:")));
        QVERIFY(!others.left(others.indexOf(QStringLiteral("§ 1"))).contains(QStringLiteral("Anna Elverskog")));
        // Page x of y, and the code in the header of every page.
        const int pages = report.pageCount();
        QVERIFY(pages >= 3);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QCOMPARE(int(text.count(MinutesSeal::verificationCode(m.contentHash))), pages + 1);
    }

    void draftSaysSoOnEveryPage()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        Minutes m = seed().draft;
        MinutesReport report(m, QDate(2018, 10, 1));
        const QString pdf = m_dir.filePath(QStringLiteral("draft.pdf"));
        QVERIFY(report.exportPdf(pdf));
        const QString text = PdfSupport::text(pdf, false);
        QCOMPARE(int(text.count(QStringLiteral("DRAFT — not adjusted"))), report.pageCount());
        QVERIFY(!text.contains(QStringLiteral("Verification code")));
        QVERIFY(text.contains(QStringLiteral("____")));
    }

    void archivalPdfIdentifiesAsPdfA()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        MinutesReport report(finalSeed(), QDate(2018, 10, 15));
        const QString pdf = m_dir.filePath(QStringLiteral("archive.pdf"));
        QVERIFY(report.exportPdf(pdf, nullptr, ReportDocument::PdfStandard::ArchivalA1b));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("pdfaid:part"));
        QVERIFY(bytes.contains("OutputIntent"));
        QVERIFY(PdfSupport::info(pdf).contains(QStringLiteral("Pages:")));
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(report.exportPdf(plain));
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(!plainFile.readAll().contains("pdfaid:part"));
    }
};

QTEST_MAIN(TestMinutesReport)
#include "tst_minutesreport.moc"
