#include "ActorDialog.h"
#include "MainWindow.h"
#include "MapPublishDialog.h"
#include "MapReport.h"
#include "MapView.h"
#include "PdfSupport.h"
#include "ReportDocument.h"
#include "Session.h"
#include "MapService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QProcess>
#include <QTabWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

#include "GuiTestSupport.h"

using namespace GuiTest;

// The Map tab over the demo database: the map shows every actor, filters as one types,
// a click opens the actor, dragging a tile moves the actor (undoably), revisions are
// published and compared, and the map exports as PNG and SVG.
class TestMapView : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MapView> m_view;

    int indexOf(const QString &name) const
    {
        const ActorList &actors = m_view->canvas()->actors();
        for (int i = 0; i < actors.size(); ++i)
            if (actors.at(i).name == name)
                return i;
        return -1;
    }
    void drag(const QPoint &from, const QPoint &to)
    {
        QWidget *vp = m_view->canvas()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i) {
            QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 5, vp->mapToGlobal(from + (to - from) * i / 5),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("map.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
        m_view = std::make_unique<MapView>(m_session.get());
        m_view->resize(1400, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY(!m_session->isLoadingActors());
        QCoreApplication::processEvents();
    }
    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_dir.reset();
    }

    void showsEveryActorAndFiltersAsOneTypes()
    {
        const int total = m_session->actors()->totalCount();
        QCOMPARE(m_view->canvas()->layout().tiles().size(), total);
        if (const QByteArray out = qgetenv("VERKSTAN_MAP_PNG"); !out.isEmpty())
            m_view->grab().save(QString::fromLocal8Bit(out));
        auto *filter = m_view->findChild<QLineEdit *>(QStringLiteral("mapFilter"));
        typeText(filter, QStringLiteral("kommun"));
        QVERIFY(m_view->matchCount() > 10);
        QVERIFY(m_view->matchCount() < total);
        typeText(filter, QStringLiteral(" eskilstuna"));
        int both = 0; // every word counts: Eskilstuna kommun, Näringslivsenheten Eskilstuna kommun
        for (const Actor &a : m_session->actors()->allActors())
            both += a.name.contains(QStringLiteral("kommun"), Qt::CaseInsensitive)
                && (a.name + a.municipality).contains(QStringLiteral("eskilstuna"), Qt::CaseInsensitive);
        QVERIFY(both >= 1);
        QCOMPARE(m_view->matchCount(), both);
        filter->clear();
        QCOMPARE(m_view->matchCount(), total);
        auto *area = m_view->findChild<QComboBox *>(QStringLiteral("mapArea"));
        area->setCurrentIndex(area->findData(int(Area::Preparatory)));
        int preparatory = 0;
        for (const Actor &a : m_session->actors()->allActors())
            preparatory += a.areas.testFlag(Area::Preparatory);
        QCOMPARE(m_view->matchCount(), preparatory);
        // Members of a body: only its organisations.
        area->setCurrentIndex(0);
        auto *body = m_view->findChild<QComboBox *>(QStringLiteral("mapBody"));
        QVERIFY(body->count() > 1);
        body->setCurrentIndex(1);
        const int members = m_session->mapService().organisationsIn(body->currentData().toLongLong()).value().size();
        QCOMPARE(m_view->matchCount(), members);
    }

    void clickOpensTheActor()
    {
        const int i = indexOf(QStringLiteral("Almi Invest"));
        QVERIFY(i >= 0);
        m_view->canvas()->fitToWindow();
        m_view->canvas()->scale(3, 3);
        m_view->canvas()->centerOn(m_view->canvas()->layout().tiles().at(m_view->canvas()->layout().tileOfActor(i)).rect.center());
        const QPoint p = m_view->canvas()->viewPointOf(i);
        QCOMPARE(m_view->canvas()->actorAt(p), i);
        bool opened = false;
        whenModal<ActorDialog>([&](ActorDialog *d) {
            opened = d->actor().name == QStringLiteral("Almi Invest");
            d->reject();
        });
        QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, p);
        QVERIFY(opened);
    }

    void dragToAnotherCellReclassifiesUndoably()
    {
        MapCanvas *canvas = m_view->canvas();
        canvas->resetTransform();
        canvas->scale(0.5, 0.5);
        const int i = indexOf(QStringLiteral("Almi Invest"));
        const Actor before = canvas->actors().at(i);
        QCOMPARE(before.level, GeoLevel::National);
        // The cell of the same column, one level down (regional).
        const MapLayout &layout = canvas->layout();
        const int from = layout.tiles().at(layout.tileOfActor(i)).cell;
        int target = -1;
        for (int c = 0; c < layout.cells().size(); ++c) {
            const MapCellKey k = layout.keyOf(c);
            if (k.type == ActorType::PrivateEmployer && k.level == GeoLevel::Regional)
                target = c;
        }
        QVERIFY(target >= 0 && target != from);
        canvas->centerOn(layout.cells().at(from).rect.united(layout.cells().at(target).rect).center());
        QCoreApplication::processEvents();
        drag(canvas->viewPointOf(i), canvas->viewPointOfCell(target));
        const Actor *after = m_session->actors()->actorById(before.id);
        QCOMPARE(after->type, ActorType::PrivateEmployer);
        QCOMPARE(after->level, GeoLevel::Regional);
        QVERIFY(m_session->undoStack()->undoText().startsWith(QStringLiteral("Move Almi Invest")));
        QTRY_COMPARE(canvas->actors().at(indexOf(QStringLiteral("Almi Invest"))).type, ActorType::PrivateEmployer);
        m_session->undoStack()->undo();
        QCOMPARE(m_session->actors()->actorById(before.id)->type, before.type);
        QCOMPARE(m_session->actors()->actorById(before.id)->level, GeoLevel::National);
        QTRY_COMPARE(canvas->actors().at(indexOf(QStringLiteral("Almi Invest"))).type, before.type);
    }

    void publishAndCompareRevisions()
    {
        auto *revisions = m_view->findChild<QTreeWidget *>(QStringLiteral("mapRevisions"));
        QCOMPARE(revisions->topLevelItemCount(), 1); // the demo's revision 1
        auto *publish = m_view->findChild<QPushButton *>(QStringLiteral("mapPublish"));
        QString refused;
        connect(m_view.get(), &MapView::errorOccurred, this, [&](const QString &m) { refused = m; });
        // Nothing changed since revision 1: publishing says so.
        whenModal<MapPublishDialog>([](MapPublishDialog *d) { d->accept(); });
        publish->click();
        QVERIFY2(refused.contains(QStringLiteral("Nothing has changed")), qPrintable(refused));
        QCOMPARE(revisions->topLevelItemCount(), 1);

        const Actor almi = *m_session->actors()->actorById(m_view->canvas()->actors().at(indexOf(QStringLiteral("Almi Invest"))).id);
        QVERIFY(m_session->mapService().moveActor(almi.id, ActorType::BusinessSupport, GeoLevel::Regional, std::nullopt));
        whenModal<MapPublishDialog>([](MapPublishDialog *d) {
            d->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("Almi regional"));
            d->accept();
        });
        publish->click();
        QCOMPARE(revisions->topLevelItemCount(), 2);
        QCOMPARE(m_session->mapService().revision(2).value().owner, QStringLiteral("Region Sörmland, Kompetensverkstan"));
        revisions->topLevelItem(0)->setSelected(true);
        revisions->topLevelItem(1)->setSelected(true);
        m_view->findChild<QPushButton *>(QStringLiteral("mapCompare"))->click();
        const QString diff = m_view->findChild<QPlainTextEdit *>(QStringLiteral("mapDiff"))->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("Reclassified: Almi Invest")), qPrintable(diff));
        // Showing revision 1: the map as it was, not draggable.
        m_view->showRevision(1);
        QCOMPARE(m_view->canvas()->actors().at(indexOf(QStringLiteral("Almi Invest"))).level, GeoLevel::National);
        QCOMPARE(m_view->pdfFileName(), QStringLiteral("landscape-map-revision-1.pdf"));
        auto report = m_view->makeReport();
        QVERIFY(report->pageCount() >= 2);
    }

    void printedMapTakesThePaperAndLayoutChosen()
    {
        auto *paper = m_view->findChild<QComboBox *>(QStringLiteral("mapPaper"));
        auto *tiled = m_view->findChild<QCheckBox *>(QStringLiteral("mapTiled"));
        QVERIFY(paper && tiled);
        auto a3 = m_view->makeReport();
        QCOMPARE(a3->pageLayout().pageSize().id(), QPageSize::A3);
        QCOMPARE(a3->pageLayout().orientation(), QPageLayout::Landscape);
        const int fittedPages = static_cast<MapReport *>(a3.get())->mapPageCount();
        QCOMPARE(fittedPages, 1);
        paper->setCurrentIndex(paper->findData(int(QPageSize::A4)));
        tiled->setChecked(true);
        auto a4 = m_view->makeReport();
        QCOMPARE(a4->pageLayout().pageSize().id(), QPageSize::A4);
        QVERIFY(static_cast<MapReport *>(a4.get())->mapPageCount() > 1);
    }

    void exportsPngAndSvg()
    {
        QString error;
        const QString png = m_dir->filePath(QStringLiteral("map.png"));
        QVERIFY2(m_view->exportImage(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(image.width() > 1000);
        const QString svg = m_dir->filePath(QStringLiteral("map.svg"));
        QVERIFY2(m_view->exportImage(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Almi Invest"));
    }

    void mainWindowExportsTheMapTabAsPdf()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        m_view.reset();
        GuiTest::AnsweredFileDialogs files;
        MainWindow window(std::move(m_session), &files);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        int map = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("&Map"))
                map = i;
        QVERIFY(map >= 0);
        tabs->setCurrentIndex(map);
        QVERIFY(qobject_cast<MapView *>(tabs->currentWidget()));
        const QString pdf = m_dir->filePath(QStringLiteral("tab.pdf"));
        QString suggested;
        files.answer = [&](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &suggestion) {
            suggested = suggestion;
            return pdf;
        };
        window.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
        files.answer = nullptr;
        QVERIFY(suggested.endsWith(QStringLiteral("landscape-map.pdf")));
        const QString out = PdfSupport::text(pdf, false);
        QVERIFY2(out.contains(QStringLiteral("Working copy, not published (latest revision: 1)")), qPrintable(out.left(400)));
    }

    void cooperationSystemShowsTheBodies()
    {
        auto *mode = m_view->findChild<QComboBox *>(QStringLiteral("mapMode"));
        mode->setCurrentIndex(1);
        QVERIFY(!m_view->canvas()->showsMap());
        if (const QByteArray out = qgetenv("VERKSTAN_COOP_PNG"); !out.isEmpty()) {
            QTest::qWait(50);
            m_view->grab().save(QString::fromLocal8Bit(out));
        }
        mode->setCurrentIndex(0);
        QVERIFY(m_view->canvas()->showsMap());
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
