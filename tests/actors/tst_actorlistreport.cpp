#include "ActorListReport.h"
#include "Classification.h"
#include "PdfSupport.h"

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

class TestActorListReport : public QObject
{
    Q_OBJECT

private:
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    static Actor actor(const QString &name, const QString &orgNo, ActorType type, GeoLevel level,
                       const QString &municipality, const QString &city, Areas areas)
    {
        Actor a;
        a.name = name;
        a.organisationNumber = orgNo;
        a.type = type;
        a.level = level;
        a.municipality = municipality;
        a.city = city;
        a.areas = areas;
        return a;
    }

    // Twelve actors of three types, deliberately not in group order.
    static ActorList sample()
    {
        const Areas green = Area::TrainingMatching;
        const Areas blue = Area::TransitionGuidance;
        const Areas all = Area::TrainingMatching | Area::TransitionGuidance | Area::Preparatory;
        return {
            actor(u("Örebro universitet"), QStringLiteral("202100-2668"), ActorType::University, GeoLevel::Regional,
                  u("Örebro"), u("Örebro"), green | blue),
            actor(u("Järfälla kommun"), QStringLiteral("212000-0118"), ActorType::Municipality, GeoLevel::Local,
                  u("Järfälla"), QStringLiteral("Jakobsberg"), all),
            actor(u("Åhléns AB"), QStringLiteral("556005-1467"), ActorType::PrivateEmployer, GeoLevel::National,
                  QStringLiteral("Stockholm"), QStringLiteral("Stockholm"), green),
            actor(u("Södertälje kommun"), QStringLiteral("212000-0142"), ActorType::Municipality, GeoLevel::Local,
                  u("Södertälje"), u("Södertälje"), green | Area::Preparatory),
            actor(u("Mälardalens universitet"), QStringLiteral("202100-4953"), ActorType::University,
                  GeoLevel::CrossRegional, QStringLiteral("Västerås"), u("Västerås"), green),
            actor(QStringLiteral("Scania CV AB"), QStringLiteral("556084-0976"), ActorType::PrivateEmployer,
                  GeoLevel::National, u("Södertälje"), u("Södertälje"), green),
            actor(u("Upplands-Bro kommun"), QStringLiteral("212000-2882"), ActorType::Municipality, GeoLevel::Local,
                  QStringLiteral("Upplands-Bro"), QStringLiteral("Kungsängen"), blue),
            actor(u("Södertörns högskola"), QStringLiteral("202100-4896"), ActorType::University, GeoLevel::Regional,
                  QStringLiteral("Huddinge"), QStringLiteral("Flemingsberg"), green | blue),
            actor(u("Skövde Verkstäder AB"), QString(), ActorType::PrivateEmployer, GeoLevel::Local, u("Skövde"),
                  QString(), Areas()),
            actor(u("Örebro kommun"), QStringLiteral("212000-1850"), ActorType::Municipality, GeoLevel::Local,
                  u("Örebro"), u("Örebro"), all),
            actor(QStringLiteral("Ericsson AB"), QStringLiteral("556056-6258"), ActorType::PrivateEmployer,
                  GeoLevel::National, QStringLiteral("Stockholm"), QStringLiteral("Kista"), blue),
            actor(u("Kungl. Tekniska högskolan"), QStringLiteral("202100-3054"), ActorType::University,
                  GeoLevel::National, QStringLiteral("Stockholm"), QStringLiteral("Stockholm"),
                  green | blue | Area::Preparatory),
        };
    }

    static ActorList many(int n)
    {
        const ActorType types[] = {ActorType::UpperSecondary, ActorType::Municipality, ActorType::PublicEmployer};
        ActorList list;
        for (int i = 0; i < n; ++i) {
            list.append(actor(u("Aktör %1 Ängelholm").arg(i + 1, 3, 10, QLatin1Char('0')),
                              QStringLiteral("212000-%1").arg(1000 + i), types[i % 3], GeoLevel::Local, u("Ängelholm"),
                              u("Höganäs"), Area::TrainingMatching));
        }
        return list;
    }

    static QString pdfText(const QString &pdf, bool layout = true) { return PdfSupport::text(pdf, layout); }
    static QString pdfInfo(const QString &pdf) { return PdfSupport::info(pdf); }

    static QString heading(ActorType type, int count)
    {
        return QStringLiteral("%1 (%2)").arg(Classification::label(type)).arg(count);
    }

    static int inkedPixels(const QImage &image, const QRect &area)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (qGray(image.pixel(x, y)) < 200)
                    ++n;
            }
        }
        return n;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        const ActorListReport report(sample(), QStringLiteral("Test"), QDate(2024, 5, 14));
        QCOMPARE(report.title(), QStringLiteral("Actor register"));
        QCOMPARE(report.subtitle(), QStringLiteral("Test"));
        QCOMPARE(report.actorCount(), 12);
        const QPageLayout layout = report.pageLayout();
        QCOMPARE(layout.pageSize().id(), QPageSize::A4);
        QCOMPARE(layout.orientation(), QPageLayout::Portrait);
        QCOMPARE(layout.margins(QPageLayout::Millimeter), QMarginsF(20, 20, 20, 20));
        QCOMPARE(ReportDocument::formatDate(QDate(2024, 1, 5)), QStringLiteral("2024-01-05"));
        QCOMPARE(ReportDocument::formatNumber(1234567), QStringLiteral("1\u00a0234\u00a0567"));
    }

    void exportsGroupedRegister()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString database = u("Region Östergötland – kompetensförsörjning");
        const ActorListReport report(sample(), database, QDate(2024, 5, 14));
        QCOMPARE(report.pageCount(), 1);

        const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
        QString error;
        QVERIFY2(report.exportPdf(pdf, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Actor register")), qPrintable(text));
        QVERIFY(text.contains(database));
        QVERIFY(text.contains(QStringLiteral("2024-05-14")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        for (const Actor &a : sample())
            QVERIFY2(text.contains(a.name), qPrintable(a.name));
        QVERIFY(text.contains(u("Järfälla / Jakobsberg")));
        // A name too long for its column wraps in the cell and is all there.
        {
            ActorList list = sample();
            list.append(actor(u("Kompetenscentrum Mälardalen ekonomisk förening för yrkesutbildning"), QString(),
                              ActorType::Municipality, GeoLevel::Regional, u("Västerås"), QString(), Areas()));
            const ActorListReport longer(list, database, QDate(2024, 5, 14));
            const QString longerPdf = m_dir.filePath(QStringLiteral("longer.pdf"));
            QVERIFY(longer.exportPdf(longerPdf));
            QVERIFY(pdfText(longerPdf, false)
                        .simplified()
                        .contains(u("Kompetenscentrum Mälardalen ekonomisk förening för yrkesutbildning")));
            QVERIFY(pdfText(longerPdf).contains(heading(ActorType::Municipality, 5)));
        }
        QVERIFY(text.contains(QStringLiteral("212000-0118")));

        // Groups in the order of Classification::actorTypes(), each with its count.
        const QStringList headings = {heading(ActorType::PrivateEmployer, 4), heading(ActorType::Municipality, 4),
                                      heading(ActorType::University, 4)};
        int previous = -1;
        for (ActorType type : Classification::actorTypes()) {
            const int at = text.indexOf(QRegularExpression(
                QStringLiteral("\\b%1 \\(\\d+\\)").arg(QRegularExpression::escape(Classification::label(type)))));
            if (at < 0)
                continue;
            QVERIFY2(at > previous, qPrintable(Classification::label(type)));
            previous = at;
        }
        for (const QString &h : headings)
            QVERIFY2(text.contains(h), qPrintable(h));
        QVERIFY(text.indexOf(headings.at(0)) < text.indexOf(headings.at(1)));
        QVERIFY(text.indexOf(headings.at(1)) < text.indexOf(headings.at(2)));
        // Types without actors get no heading.
        QVERIFY(!text.contains(Classification::label(ActorType::Authority) + QStringLiteral(" (")));

        // Within a group, names in Swedish order: Å and Ö after Z.
        QVERIFY(text.indexOf(QStringLiteral("Scania CV AB")) < text.indexOf(u("Åhléns AB")));
        QVERIFY(text.indexOf(u("Järfälla kommun")) < text.indexOf(u("Örebro kommun")));
        QVERIFY(text.indexOf(u("Upplands-Bro kommun")) < text.indexOf(u("Örebro kommun")));
        // ...and every actor under its own group's heading.
        QVERIFY(text.indexOf(u("Örebro universitet")) > text.indexOf(headings.at(2)));
        QVERIFY(text.indexOf(u("Södertälje kommun")) > text.indexOf(headings.at(1)));
        QVERIFY(text.indexOf(u("Södertälje kommun")) < text.indexOf(headings.at(2)));

        const QString info = pdfInfo(pdf);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Actor register"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Verkstan"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:.*\\(A4\\)"))), qPrintable(info));
    }

    void longListRunsOverPages()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const ActorListReport report(many(300), QStringLiteral("Region Skåne"), QDate(2025, 12, 31));
        const int pages = report.pageCount();
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));

        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(report.exportPdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);

        QStringList pageTexts = text.split(QLatin1Char('\f'));
        if (!pageTexts.isEmpty() && pageTexts.last().trimmed().isEmpty())
            pageTexts.removeLast();
        QCOMPARE(int(pageTexts.size()), pages);

        const QRegularExpression pageOf(QStringLiteral("Page (\\d+) of (\\d+)"));
        for (int i = 0; i < pageTexts.size(); ++i) {
            const QRegularExpressionMatch m = pageOf.match(pageTexts.at(i));
            QVERIFY2(m.hasMatch(), qPrintable(pageTexts.at(i)));
            QCOMPARE(m.captured(1).toInt(), i + 1);
            QCOMPARE(m.captured(2).toInt(), pages);
            // Every page has the header.
            QVERIFY(pageTexts.at(i).contains(QStringLiteral("Region Skåne")));
            QVERIFY(pageTexts.at(i).contains(QStringLiteral("2025-12-31")));
        }
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));

        for (const Actor &a : many(300))
            QVERIFY2(text.contains(a.name), qPrintable(a.name));
        QVERIFY(text.contains(heading(ActorType::PublicEmployer, 100)));
        QVERIFY(text.contains(heading(ActorType::Municipality, 100)));
        QVERIFY(text.contains(heading(ActorType::UpperSecondary, 100)));
        QVERIFY(text.indexOf(heading(ActorType::PublicEmployer, 100)) <
                text.indexOf(heading(ActorType::Municipality, 100)));
        QVERIFY(text.indexOf(heading(ActorType::Municipality, 100)) <
                text.indexOf(heading(ActorType::UpperSecondary, 100)));

        QVERIFY(pdfInfo(pdf).contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))));
    }

    void rowsAreNotSplitOverPages()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        // Rows of three lines (one per area) and names of one to three lines: a row
        // split by a page break would put an actor's areas on two pages.
        ActorList list;
        const Areas all = Area::TrainingMatching | Area::TransitionGuidance | Area::Preparatory;
        for (int i = 0; i < 120; ++i) {
            const QString name =
                i % 3 == 0 ? u("Kompetenscentrum Mälardalen ekonomisk förening nr %1").arg(i) : u("Aktör %1").arg(i);
            list.append(actor(name, QString(), i % 2 ? ActorType::Municipality : ActorType::Authority, GeoLevel::Local,
                              u("Örebro"), QString(), all));
        }
        const ActorListReport report(list, QStringLiteral("Test"), QDate(2024, 5, 14));
        QVERIFY(report.pageCount() > 2);
        const QString pdf = m_dir.filePath(QStringLiteral("rows.pdf"));
        QVERIFY(report.exportPdf(pdf));
        QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QCOMPARE(int(pages.size()), report.pageCount());
        int rows = 0;
        for (const QString &page : std::as_const(pages)) {
            const int training = int(page.count(Classification::label(Area::TrainingMatching)));
            QCOMPARE(int(page.count(Classification::label(Area::TransitionGuidance))), training);
            QCOMPARE(int(page.count(Classification::label(Area::Preparatory))), training);
            // Each page repeats the heading and column titles of the group it continues.
            QVERIFY(page.contains(QStringLiteral("Organisation")));
            rows += training;
        }
        QCOMPARE(rows, 120);

        // The page breaks change the tables; everything around them is laid out again
        // (a block left without lines would take no room: groups would run together).
        const QTextDocument *doc = report.document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            QVERIFY2(b.layout()->lineCount() > 0, qPrintable(QString::number(b.blockNumber())));
    }

    void rendersPageIntoImage()
    {
        const ActorListReport report(sample(), QStringLiteral("Test"), QDate(2024, 5, 14));
        const QImage page = report.renderPage(0, 72);
        QVERIFY(!page.isNull());
        QCOMPARE(page.size(), QSize(595, 842)); // A4 at 72 dpi
        QCOMPARE(page.pixel(2, 2), qRgb(255, 255, 255));

        const auto px = [](qreal millimetres) { return qRound(millimetres * 72 / 25.4); };
        // Ink in the header band, in the body and in the footer band; none in the margins.
        QVERIFY(inkedPixels(page, QRect(px(20), px(20), px(170), px(9))) > 50);
        QVERIFY(inkedPixels(page, QRect(px(20), px(35), px(170), px(100))) > 1000);
        QVERIFY(inkedPixels(page, QRect(px(20), px(297 - 20 - 7), px(170), px(7))) > 20);
        QCOMPARE(inkedPixels(page, QRect(0, 0, page.width(), px(19))), 0);
        QCOMPARE(inkedPixels(page, QRect(0, 0, px(19), page.height())), 0);
        QCOMPARE(inkedPixels(page, QRect(page.width() - px(19), 0, px(19), page.height())), 0);
        QCOMPARE(inkedPixels(page, QRect(0, page.height() - px(19), page.width(), px(19))), 0);

        QVERIFY(report.renderPage(1, 72).isNull());
        QVERIFY(report.renderPage(-1, 72).isNull());
    }

    void printsOnTheDevicesPaper()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        // A device with its own paper, margins and page range, as a QPrinter would be.
        const ActorListReport report(many(300), QStringLiteral("Test"), QDate(2024, 5, 14));
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape,
                                             QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
            writer.setPageRanges(QPageRanges());
            QVERIFY(report.print(&writer));
        }
        const QString text = pdfText(pdf);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
        QVERIFY(m.hasMatch());
        const int pages = m.captured(1).toInt();
        QVERIFY(pages > report.pageCount()); // landscape holds fewer rows per page
        QCOMPARE(int(text.count(QLatin1Char('\f'))), pages);

        const QString range = m_dir.filePath(QStringLiteral("range.pdf"));
        {
            QPdfWriter writer(range);
            QPageRanges ranges;
            ranges.addRange(2, 3);
            writer.setPageRanges(ranges);
            QVERIFY(report.print(&writer));
        }
        const QString rangeText = pdfText(range);
        QCOMPARE(int(rangeText.count(QLatin1Char('\f'))), 2);
        QVERIFY(rangeText.contains(QStringLiteral("Page 2 of %1").arg(report.pageCount())));
        QVERIFY(rangeText.contains(QStringLiteral("Page 3 of %1").arg(report.pageCount())));
        QVERIFY(!rangeText.contains(QStringLiteral("Page 1 of")));
    }

    void emptyRegister()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const ActorListReport report(ActorList(), QStringLiteral("Tom"), QDate(2024, 5, 14));
        QCOMPARE(report.pageCount(), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(report.exportPdf(pdf));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("The register has no actors.")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    }

    void exportFailureIsReported()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const ActorListReport report(sample(), QStringLiteral("Test"), QDate(2024, 5, 14));
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/dir/register.pdf"));
        QString error;
        QVERIFY(!report.exportPdf(pdf, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QStringLiteral("register.pdf")));
        QVERIFY(!QFile::exists(pdf));

        // Writing over an earlier export replaces it whole.
        const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
        QVERIFY(report.exportPdf(existing));
        QVERIFY(report.exportPdf(existing));
        QVERIFY(pdfText(existing).contains(QStringLiteral("Actor register")));
    }
};

QTEST_MAIN(TestActorListReport)
#include "tst_actorlistreport.moc"
