#include "ActorRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "MapReport.h"
#include "MapRevisionRepository.h"
#include "PdfSupport.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

// The landscape map on paper: the PDF's pages and title block (read back with
// pdftotext), a revision whose actors were deleted since, and 'report map' of the CLI.
class TestMapReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    static QString pdfText(const QString &path, int page = 0)
    {
        return page > 0 ? PdfSupport::pageText(path, page) : PdfSupport::text(path);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(TestSupport::runCliOk({QStringLiteral("init"), QStringLiteral("--db"), m_demo, QStringLiteral("--demo")})
                    .exitCode == 0);
    }

    void publishedRevisionPrintsTitleBlockMapAndAppendix()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        auto db = Database::open(m_demo, {Database::Mode::OpenExisting, false});
        QVERIFY(db.ok());
        const MapRevision r1 = MapRevisionRepository(**db).load(1).value();
        MapReport report(r1, 1, QStringLiteral("demo"), {}, QDate(2026, 11, 23));
        QCOMPARE(report.mapPageCount(), 1);
        QCOMPARE(report.pageCount(), 3); // title block and map, two pages of appendix
        const QString pdf = m_dir.filePath(QStringLiteral("r1.pdf"));
        QString error;
        QVERIFY2(report.exportPdf(pdf, &error), qPrintable(error));
        const QString first = pdfText(pdf, 1);
        QVERIFY2(first.contains(QStringLiteral("Landscape map of the actors in skills supply")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Region Sörmland, Kompetensverkstan")));
        QVERIFY(first.contains(QStringLiteral("Revision 1")));
        QVERIFY(first.contains(QStringLiteral("2026-10-01")));
        QVERIFY(first.contains(QStringLiteral("Page 1 of 3")));
        // The map itself is text in the PDF too: a tile's name and a column header.
        QVERIFY(first.contains(QStringLiteral("Arbetsförmedlingen")));
        QVERIFY(first.contains(QStringLiteral("Those who educate")));
        const QString appendix = pdfText(pdf, 2);
        QVERIFY(appendix.contains(QStringLiteral("Appendix: the actors by cell")));
        QVERIFY(appendix.contains(QStringLiteral("Authority · National")));

        MapReport::Options tiled;
        tiled.tiled = true;
        tiled.paper = QPageSize::A4;
        MapReport big(r1, 1, QStringLiteral("demo"), tiled);
        QVERIFY(big.mapPageCount() > 1);
        QVERIFY(big.pageCount() > big.mapPageCount());
    }

    void revisionWhoseActorsWereDeletedStillPrintsInFull()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString path = m_dir.filePath(QStringLiteral("deleted.sqlite"));
        auto opened = Database::open(path, {Database::Mode::Create});
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        Actor a;
        a.name = QStringLiteral("Almi Mälardalen");
        a.type = ActorType::BusinessSupport;
        a.level = GeoLevel::Regional;
        const qint64 id = ActorRepository(*db).add(a).value();
        QVERIFY(MapRevisionRepository(*db).publish(QStringLiteral("Region Sörmland"), QString(),
                                                   ActorRepository(*db).all().value()));
        QVERIFY(ActorRepository(*db).remove(id));
        QCOMPARE(ActorRepository(*db).count().value(), 0);
        db.reset();
        const QString pdf = m_dir.filePath(QStringLiteral("deleted.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), path,
                               QStringLiteral("--revision"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Almi Mälardalen")));
        QVERIFY(text.contains(QStringLiteral("Business support · Regional")));
    }

    void cliWritesTheCurrentMap()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        auto r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), m_demo,
                         QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("current map"));
        QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("Working copy, not published")));
    }

    void cliExitCodes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        // A revision that does not exist: bad input, naming what exists.
        auto r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--revision"), QStringLiteral("9"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no revision 9"), r.err.constData());
        // Usage: a revision that is not a number, a bad paper, no output, a missing database.
        r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--revision"), QStringLiteral("x"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--paper"), QStringLiteral("a5"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"), m_demo});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("report"), QStringLiteral("map"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_MAIN(TestMapReport)
#include "tst_mapreport.moc"
