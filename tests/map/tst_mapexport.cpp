// Map pictures are written like the PDFs (issue 13): through QSaveFile, with the end of
// the SVG drawing and the PNG encoding checked, so that a full disk is said in words and
// leaves no half-written picture, and an old picture of the same name is kept whole.
#include "GuiTestSupport.h"
#include "FileSizeLimit.h"
#include "MapView.h"
#include "ReportDocument.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestMapExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MapView> m_view;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList files() const { return QDir(m_dir.path()).entryList({QStringLiteral("map*")}, QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        auto session = Session::open(path(QStringLiteral("db.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
        m_view = std::make_unique<MapView>(m_session.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY(!m_session->isLoadingActors());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
    }

    void aFullDiskIsReportedAndKeepsTheOldPicture_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("PNG") << QStringLiteral("map.png");
        QTest::newRow("SVG") << QStringLiteral("map.svg");
    }

    void aFullDiskIsReportedAndKeepsTheOldPicture()
    {
        QFETCH(QString, name);
        const QString target = path(name);
        QString error;
        QVERIFY2(m_view->exportImage(target, &error), qPrintable(error));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        QVERIFY(good.size() > 20000);

        {
            const FileSizeLimit full(8 * 1024);
            const bool written = m_view->exportImage(target, &error);
            QVERIFY2(!written, qPrintable(QStringLiteral("written: %1 bytes").arg(QFileInfo(target).size())));
        }
        QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), good);
        f.close();
        QCOMPARE(files(), QStringList{name}); // no temporary file left behind

        // Through the menu's export: the message bar gets the words.
        QSignalSpy errors(m_view.get(), &MapView::errorOccurred);
        GuiTest::AnsweredFileDialogs dialogs;
        dialogs.answer = [target](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return target; };
        m_view->setFileDialogs(&dialogs);
        {
            const FileSizeLimit full(8 * 1024);
            m_view->findChild<QToolButton *>(QStringLiteral("mapExport"))->click();
        }
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(name), qPrintable(errors.first().first().toString()));
        m_view->setFileDialogs(&FileDialogs::native());
        QVERIFY(QFile::remove(target));
    }

    // The PDF of the map (as every report) goes the same way.
    void aFullDiskIsReportedForThePdf()
    {
        const QString target = path(QStringLiteral("map.pdf"));
        const auto report = m_view->makeReport();
        QString error;
        QVERIFY2(report->exportPdf(target, &error), qPrintable(error));
        const qint64 good = QFileInfo(target).size();
        {
            const FileSizeLimit full(8 * 1024);
            QVERIFY(!report->exportPdf(target, &error));
        }
        QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
        QCOMPARE(QFileInfo(target).size(), good);
        QCOMPARE(files(), QStringList{QStringLiteral("map.pdf")});
        QVERIFY(QFile::remove(target));
    }
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
