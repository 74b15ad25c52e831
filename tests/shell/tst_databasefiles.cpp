#include "MainWindowFixture.h"

// The main window's files: recent databases, a bad or second-opened file, exports,
// print preview, settings and the screenshots of every tab.
class TestDatabaseFiles : public MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { openOnce(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void openRecentListsOpenedDatabases()
    {
        const QString first = session()->path();
        const QString other = QFileInfo(tempPath(QStringLiteral("other.sqlite"))).absoluteFilePath();
        {
            auto s = Session::open(other, Database::Mode::Create, false);
            QVERIFY2(s, qPrintable(s.errorMessage()));
        }
        QString answer = other;
        m_files.answer = [&answer](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return answer; };
        trigger("actionOpen");
        QCOMPARE(session()->path(), other);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("other.sqlite — Verkstan"));
        QCOMPARE(actors()->totalCount(), 0);
        QCOMPARE(m_window->recentFilesMenu()->files(), QStringList{other});
        QCOMPARE(AppSettings::lastDatabase(), other);

        answer = first;
        trigger("actionOpen");
        QCOMPARE(session()->path(), first);
        QCOMPARE(m_window->recentFilesMenu()->files(), (QStringList{first, other}));

        // From the menu itself.
        QAction *entry = nullptr;
        for (QAction *a : m_window->recentFilesMenu()->actions())
            if (a->data().toString() == other)
                entry = a;
        QVERIFY(entry);
        QVERIFY(entry->text().contains(QStringLiteral("other.sqlite")));
        entry->trigger();
        QCOMPARE(session()->path(), other);
        QCoreApplication::processEvents(); // the old entries go
        QCOMPARE(m_window->recentFilesMenu()->files(), (QStringList{other, first}));
    }

    void openingABadFileKeepsTheOpenDatabase()
    {
        const QString bad = tempPath(QStringLiteral("notes.sqlite"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are not the minutes you are looking for.\n");
        }
        const QString open = session()->path();
        QVERIFY(!m_window->openDatabase(bad));
        QCOMPARE(session()->path(), open);
        QVERIFY(m_window->messageWidget()->isVisible());
        QCOMPARE(m_window->messageWidget()->type(), MessageWidget::Error);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("These are not the minutes you are looking for.\n")); // untouched
    }

    // (g)
    void secondOpenOfTheSameFileIsRefused()
    {
        auto second = Session::open(session()->path(), Database::Mode::OpenExisting);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::InUse);
        QVERIFY2(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.errorMessage()));
    }

    void exportsCsvPdfAndBackup()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("actorFilter"));
        QTest::keyClicks(filter, QStringLiteral("kommun"));
        const int shown = actors()->rowCount();
        QVERIFY(shown > 0 && shown < actors()->totalCount());

        QString answer = tempPath(QStringLiteral("shown.csv"));
        m_files.answer = [&answer](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return answer; };
        trigger("actionExportActors");
        QFile csv(answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        auto parsed = ActorCsv::parse(csv.readAll());
        QVERIFY(parsed);
        QCOMPARE(parsed->valid.size(), shown);

        answer = tempPath(QStringLiteral("actors.pdf"));
        trigger("actionExportPdf");
        QFile pdf(answer);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(m_window->messageWidget()->text()));
        QVERIFY(pdf.read(5) == "%PDF-");

        answer = tempPath(QStringLiteral("backup.sqlite"));
        trigger("actionBackup");
        QVERIFY2(QFile::exists(answer), qPrintable(m_window->messageWidget()->text()));
        auto copy = Session::open(answer, Database::Mode::OpenExisting);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QCOMPARE((*copy)->actors()->totalCount(), actors()->totalCount());
    }

    void printPreviewOpensAndCloses()
    {
        bool answered = false;
        whenModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("printPreviewDialog"));
            answered = true;
        });
        trigger("actionPrintPreview");
        QVERIFY(answered);
    }

    void settingsStoreTheLanguage()
    {
        QCOMPARE(AppSettings::language(), AppSettings::Language::Automatic);
        whenModal([](QWidget *modal) {
            auto *combo = modal->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3);
            combo->setCurrentIndex(combo->findData(int(AppSettings::Language::English)));
            static_cast<QDialog *>(modal)->accept();
        });
        trigger("actionSettings");
        QCOMPARE(AppSettings::language(), AppSettings::Language::English);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }

    // Pictures of the window, every tab and the dialogs, in a temporary folder; with
    // VERKSTAN_SCREENSHOTS=<folder> in that folder, to look at them.
    void screenshots()
    {
        QTemporaryDir pictures;
        const QString dir = TestSupport::screenshotDir(pictures.path());
        m_window->resize(1320, 820);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow.png")));
        // Every tab as it first shows.
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(150);
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/tab-%1.png").arg(i)));
        }
        tabs->setCurrentIndex(0);
        const Actor *region = actorNamed(QStringLiteral("Region Örebro län"));
        QVERIFY(m_window->actorRegister()->selectActor(region->id));
        trigger("actionDelete");
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow-message.png")));
        whenModal([dir](QWidget *modal) {
            QTest::qWait(50);
            modal->grab().save(dir + QStringLiteral("/actordialog.png"));
            auto *number = modal->findChild<QLineEdit *>(QStringLiteral("orgNumberEdit"));
            number->selectAll();
            QTest::keyClicks(number, QStringLiteral("232100-0016"));
            QTest::qWait(50);
            modal->grab().save(dir + QStringLiteral("/actordialog-taken.png"));
        });
        trigger("actionEdit");

        const QString csv = tempPath(QStringLiteral("problems.csv"));
        QVERIFY(QFile::copy(QStringLiteral(VERKSTAN_TEST_DATA "/csv/actor_problems.csv"), csv));
        m_files.answer = [csv](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return csv; };
        whenModal([dir](QWidget *modal) {
            QTest::qWait(50);
            modal->grab().save(dir + QStringLiteral("/importdialog.png"));
        });
        trigger("actionImportActors");
        whenModal([dir](QWidget *modal) {
            QTest::qWait(50);
            modal->grab().save(dir + QStringLiteral("/settingsdialog.png"));
        });
        trigger("actionSettings");

        const QString empty = tempPath(QStringLiteral("empty.sqlite"));
        m_files.answer = [empty](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return empty; };
        trigger("actionNew");
        QCOMPARE(session()->path(), QFileInfo(empty).absoluteFilePath());
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow-empty.png")));
        for (const char *name : {"actordialog", "actordialog-taken", "importdialog", "settingsdialog"})
            QVERIFY2(!QImage(dir + QStringLiteral("/%1.png").arg(QLatin1String(name))).isNull(), name);
    }
};

QTEST_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
