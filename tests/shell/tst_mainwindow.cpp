#include "ActorCsv.h"
#include "ActorDialog.h"
#include "ActorImportDialog.h"
#include "ActorRegisterView.h"
#include "ActorRepository.h"
#include "ActorTableModel.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "OrganisationNumber.h"
#include "PersonTableModel.h"
#include "RecentFilesMenu.h"
#include "Session.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QImage>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include "GuiTestSupport.h"

#include <functional>

// The real main window on a demo database: actions triggered by object name, typing
// with QTest, modal dialogs answered from a timer, file dialogs answered by the window's own FileDialogs.
class TestMainWindow : public QObject
{
    Q_OBJECT

    GuiTest::AnsweredFileDialogs m_files;

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QVector<QPointer<QTimer>> m_modalWatches; // of whenModal, until they have answered

    Session *session() const { return m_window->session(); }
    ActorTableModel *actors() const { return session()->actors(); }

    QString tempPath(const QString &name) const { return m_dir->filePath(name); }

    void trigger(const char *name)
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    // Runs answer on the next modal dialog once it shows; closes it afterwards if the
    // answer left it open, so a failed check never leaves the test waiting. The watch
    // ends with the test function (cleanup): answer refers to the test's locals, and a
    // timer left polling would call it on a dead stack frame in a later test.
    void whenModal(std::function<void(QWidget *)> answer)
    {
        auto *timer = new QTimer(this);
        m_modalWatches.append(timer);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            QPointer<QWidget> guard(modal);
            answer(modal);
            if (guard && guard->isVisible())
                if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
                    dialog->reject();
        });
        timer->start();
    }

    const Actor *actorNamed(const QString &name) const
    {
        for (const Actor &a : actors()->allActors())
            if (a.name == name)
                return &a;
        return nullptr;
    }

    static void typeText(QWidget *widget, const QString &text) { GuiTest::typeText(widget, text); }

    static QString validNumber(const QString &nine)
    {
        return nine.left(6) + QLatin1Char('-') + nine.mid(6) + QString::number(OrganisationNumber::luhnCheckDigit(nine));
    }

    static bool matchesText(const Actor &a, const QString &needle)
    {
        QString digits = a.organisationNumber;
        digits.remove(QLatin1Char('-'));
        const QString key = QStringList{a.name, a.organisationNumber, digits, a.municipality, a.city}
                                .join(QLatin1Char('\n'))
                                .toCaseFolded();
        return key.contains(needle.toCaseFolded());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Verkstan"));
        QCoreApplication::setApplicationName(QStringLiteral("Verkstan"));
    }

    void init()
    {
        QSettings().clear();
        m_files.answer = nullptr;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto s = Session::open(tempPath(QStringLiteral("demo.sqlite")), Database::Mode::Create, true);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        m_window = std::make_unique<MainWindow>(std::move(s).value(), &m_files);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        // A watch still polling means the dialog the test waited for never opened.
        int unanswered = 0;
        for (const QPointer<QTimer> &timer : std::as_const(m_modalWatches)) {
            if (timer && timer->isActive())
                ++unanswered;
            delete timer.data();
        }
        m_modalWatches.clear();
        if (unanswered > 0 && !QTest::currentTestFailed())
            QTest::qFail(qPrintable(QStringLiteral("%1 dialog(s) the test waited for never opened").arg(unanswered)),
                         __FILE__, __LINE__);
        m_window.reset();
        m_files.answer = nullptr;
        m_dir.reset();
    }

    void windowShowsTheDatabase()
    {
        QCOMPARE(m_window->objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("demo.sqlite — Verkstan"));
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("actorCount"));
        QVERIFY(count);
        const int total = actors()->totalCount();
        QVERIFY(total > 10);
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 actors").arg(total).arg(total));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("actorTable"));
        QVERIFY(table);
        QCOMPARE(table->model(), actors());
        QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    }

    // (a)
    void addActorThroughTheDialogUndoAndRedo()
    {
        QCOMPARE(OrganisationNumber::luhnCheckDigit(QStringLiteral("556036079")), 3);
        const int before = actors()->totalCount();
        bool answered = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ActorDialog *>(modal);
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no name yet
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Testbolaget AB"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("orgNumberEdit")), QStringLiteral("5560360793"));
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("orgNumberStatus"));
            QVERIFY2(status->text().contains(QStringLiteral("556036-0793")), qPrintable(status->text()));
            QVERIFY(ok->isEnabled());
            answered = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        trigger("actionAdd");
        QVERIFY(answered);

        const Actor *added = actorNamed(QStringLiteral("Testbolaget AB"));
        QVERIFY(added);
        const qint64 id = added->id;
        QCOMPARE(added->organisationNumber, QStringLiteral("556036-0793")); // stored normalised
        QCOMPARE(actors()->totalCount(), before + 1);
        QCOMPARE(m_window->actorRegister()->currentActorId(), id); // its row is selected
        const ActorRepository repo(session()->database());
        auto stored = repo.findByOrganisationNumber(QStringLiteral("556036-0793"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().name, QStringLiteral("Testbolaget AB"));

        trigger("actionUndo");
        QVERIFY(!actorNamed(QStringLiteral("Testbolaget AB")));
        stored = repo.findByOrganisationNumber(QStringLiteral("556036-0793"));
        QVERIFY(stored && !stored->has_value());

        trigger("actionRedo");
        QVERIFY(actorNamed(QStringLiteral("Testbolaget AB")));
        stored = repo.findByOrganisationNumber(QStringLiteral("556036-0793"));
        QVERIFY(stored && stored->has_value());
    }

    // (b)
    void dialogRefusesBadAndTakenNumbers()
    {
        bool answered = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ActorDialog *>(modal);
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("orgNumberEdit"));
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("orgNumberStatus"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Felbolaget AB"));
            QVERIFY(ok->isEnabled()); // the number is optional

            QTest::keyClicks(number, QStringLiteral("556036-0794")); // wrong check digit
            QVERIFY(!ok->isEnabled());
            QVERIFY(!status->text().isEmpty());
            QVERIFY2(!status->text().contains(QStringLiteral("✓")), qPrintable(status->text()));

            number->clear();
            typeText(number, QStringLiteral("232100–0016")); // en dash, as the seeds write it
            QVERIFY2(status->text().contains(QStringLiteral("Region Stockholm")), qPrintable(status->text()));
            QVERIFY(!ok->isEnabled());

            number->clear();
            QTest::keyClicks(number, QStringLiteral("195560360793")); // twelve digits with the century
            QVERIFY2(status->text().contains(QStringLiteral("556036-0793")), qPrintable(status->text()));
            QVERIFY(ok->isEnabled());
            answered = true;
        });
        trigger("actionAdd");
        QVERIFY(answered);
        QVERIFY(!actorNamed(QStringLiteral("Felbolaget AB"))); // cancelled
    }

    void editingKeepsTheOwnNumberAndSaves()
    {
        const Actor *region = actorNamed(QStringLiteral("Region Stockholm"));
        QVERIFY(region);
        const qint64 id = region->id;
        QVERIFY(m_window->actorRegister()->selectActor(id));
        bool answered = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ActorDialog *>(modal);
            QVERIFY(dialog);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("orgNumberStatus"));
            QVERIFY2(status->text().contains(QStringLiteral("232100-0016")), qPrintable(status->text()));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit")), QStringLiteral("x"));
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            answered = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        trigger("actionEdit");
        QVERIFY(answered);
        QVERIFY(actors()->actorById(id)->city.endsWith(QLatin1Char('x')));
        QCOMPARE(m_window->actorRegister()->currentActorId(), id);
        trigger("actionUndo");
        QVERIFY(!actors()->actorById(id)->city.endsWith(QLatin1Char('x')));
    }

    void refusedSaveKeepsTheDialogOpen()
    {
        ActorDialog dialog(actors(), m_window.get());
        int calls = 0;
        dialog.setSaveHandler([&calls](const Actor &) -> Status {
            ++calls;
            return Error{Error::Kind::Database, QStringLiteral("The database is read-only.")};
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Kvar AB"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(calls, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *message = dialog.findChild<MessageWidget *>(QStringLiteral("dialogMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("read-only")));
        QCOMPARE(dialog.actor().name, QStringLiteral("Kvar AB")); // nothing typed is lost
    }

    void editActionsActOnTheCurrentTab()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Actors"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&People"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Bodies"));
        for (int tab : {1, 2}) {
            tabs->setCurrentIndex(tab);
            bool answered = false;
            whenModal([&](QWidget *modal) {
                QVERIFY(!qobject_cast<ActorDialog *>(modal)); // the tab's own dialog
                answered = true;
            });
            trigger("actionAdd");
            QVERIFY(answered);
        }
        trigger("actionFind"); // no filter slot in every view: must not complain or crash
    }

    // (c)
    void filterNarrowsTheRows()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("actorFilter"));
        auto *type = m_window->findChild<QComboBox *>(QStringLiteral("typeFilter"));
        QVERIFY(filter && type);
        QVERIFY(m_window->findChild<QComboBox *>(QStringLiteral("levelFilter")));
        QVERIFY(m_window->findChild<QComboBox *>(QStringLiteral("areaFilter")));
        QVERIFY(m_window->findChild<QComboBox *>(QStringLiteral("roleFilter")));
        const int total = actors()->totalCount();

        trigger("actionFind");
        typeText(filter, QStringLiteral("örebro"));
        QCOMPARE(filter->text(), QStringLiteral("örebro"));
        int expected = 0;
        for (const Actor &a : actors()->allActors())
            expected += matchesText(a, QStringLiteral("örebro")) ? 1 : 0;
        QVERIFY(expected > 0 && expected < total);
        QCOMPARE(actors()->rowCount(), expected);
        for (int row = 0; row < actors()->rowCount(); ++row)
            QVERIFY2(matchesText(actors()->actorAt(row), QStringLiteral("örebro")), qPrintable(actors()->actorAt(row).name));
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("actorCount"));
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 actors").arg(expected).arg(total));

        type->setCurrentIndex(type->findData(int(ActorType::Municipality)));
        int municipalities = 0;
        for (const Actor &a : actors()->allActors())
            municipalities += matchesText(a, QStringLiteral("örebro")) && a.type == ActorType::Municipality ? 1 : 0;
        QVERIFY(municipalities > 0);
        QCOMPARE(actors()->rowCount(), municipalities);
        for (int row = 0; row < actors()->rowCount(); ++row)
            QCOMPARE(actors()->actorAt(row).type, ActorType::Municipality);

        filter->clear();
        type->setCurrentIndex(0);
        QCOMPARE(actors()->rowCount(), total);
    }

    // (d)
    void refusedDeleteSaysWhatRefersToTheActor()
    {
        const Actor *region = actorNamed(QStringLiteral("Region Örebro län"));
        QVERIFY(region);
        const qint64 id = region->id;
        QStringList people;
        for (const Person &p : session()->people()->records())
            if (p.actorId == id)
                people << p.name;
        QVERIFY(!people.isEmpty());

        QVERIFY(m_window->actorRegister()->selectActor(id));
        trigger("actionDelete");
        MessageWidget *message = m_window->messageWidget();
        QCOMPARE(message->objectName(), QStringLiteral("messageWidget"));
        QVERIFY(message->isVisible());
        bool namesSomeone = false;
        for (const QString &name : qAsConst(people))
            namesSomeone = namesSomeone || message->text().contains(name);
        QVERIFY2(namesSomeone, qPrintable(message->text()));
        QVERIFY(actors()->actorById(id));
        QVERIFY(ActorRepository(session()->database()).find(id).ok());

        // Closable.
        QTest::mouseClick(message->findChild<QToolButton *>(QStringLiteral("messageClose")), Qt::LeftButton);
        QVERIFY(!message->isVisible());
    }

    void editFailedIsShownInTheMessageBar()
    {
        emit session()->editFailed(QStringLiteral("The undo could not be done: disk full."));
        QVERIFY(m_window->messageWidget()->isVisible());
        QCOMPARE(m_window->messageWidget()->type(), MessageWidget::Error);
        QVERIFY(m_window->messageWidget()->text().contains(QStringLiteral("disk full")));
    }

    // Issue 18: a refused entry in Budgets → Outcome showed a band that pushed the grid
    // down 43 px, and the next double-click edited the row above. The band floats now.
    void aMessageNeverMovesWhatIsAboutToBeClicked()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        int budgetsTab = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("B&udgets"))
                budgetsTab = i;
        QVERIFY(budgetsTab >= 0);
        tabs->setCurrentIndex(budgetsTab);
        auto *grid = m_window->findChild<QTableView *>(QStringLiteral("budgetGrid"));
        QVERIFY(grid);
        QVERIFY(grid->model()->rowCount() > 3);
        auto *mode = m_window->findChild<QComboBox *>(QStringLiteral("budgetMode"));
        mode->setCurrentIndex(1); // Outcome
        QTest::qWait(0);
        // An editable cell below the first rows (Travel and lodging in the demo).
        QModelIndex target;
        for (int r = 2; r < grid->model()->rowCount() && !target.isValid(); ++r)
            if (grid->model()->flags(grid->model()->index(r, 1)) & Qt::ItemIsEditable)
                target = grid->model()->index(r, 1);
        QVERIFY(target.isValid());
        const QPoint before = grid->mapTo(m_window.get(), QPoint(0, 0));
        const QRect cell = grid->visualRect(target);

        // A refused entry: text where an amount belongs.
        QVERIFY(!grid->model()->setData(target, QStringLiteral("abc"), Qt::EditRole));
        MessageWidget *message = m_window->messageWidget();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Warning);
        QVERIFY(message->text().contains(QStringLiteral("abc")));
        QCOMPARE(grid->mapTo(m_window.get(), QPoint(0, 0)), before);
        QCOMPARE(grid->visualRect(target), cell);
        // The band lies over the bottom of the tabs, not in their way at the top.
        QVERIFY(message->geometry().bottom() <= tabs->geometry().bottom());
        QVERIFY(message->geometry().top() > tabs->geometry().top() + tabs->height() / 2);

        // The double-click lands where it was aimed.
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(grid->currentIndex(), target);
    }

    // (e)
    void importListsProblemsAndImportsTheValidRows()
    {
        const QString good = validNumber(QStringLiteral("559000001"));
        const QString csv = QStringLiteral("name;organisation_number;type;level;municipality\n"
                                           "Bra Bygg AB;%1;private_employer;local;Kumla\n"
                                           "Fel Bygg AB;556036-0794;private_employer;local;Kumla\n")
                                .arg(good);
        const QString path = tempPath(QStringLiteral("actors.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv.toUtf8());
        }
        m_files.answer = [path](GuiTest::AnsweredFileDialogs::Mode mode, const QString &, const QString &) {
            return mode == GuiTest::AnsweredFileDialogs::Mode::Open ? path : QString();
        };
        const int before = actors()->totalCount();
        const int undoSteps = session()->undoStack()->count();
        bool answered = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ActorImportDialog *>(modal);
            QVERIFY(dialog);
            auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("importProblems"));
            QVERIFY(problems && problems->isVisible());
            QCOMPARE(problems->count(), 1);
            QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("line 3: organisation_number:")),
                     qPrintable(problems->item(0)->text()));
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
            QVERIFY2(summary->text().contains(QStringLiteral("2 rows")), qPrintable(summary->text()));
            QVERIFY(summary->text().contains(QStringLiteral("UTF-8")));
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
            auto *valid = dialog->findChild<QPushButton *>(QStringLiteral("importValidButton"));
            QVERIFY(valid->isEnabled());
            answered = true;
            QTest::mouseClick(valid, Qt::LeftButton);
        });
        trigger("actionImportActors");
        QVERIFY(answered);
        QCOMPARE(actors()->totalCount(), before + 1);
        QVERIFY(actorNamed(QStringLiteral("Bra Bygg AB")));
        QVERIFY(!actorNamed(QStringLiteral("Fel Bygg AB")));
        QVERIFY2(m_window->messageWidget()->text().contains(QStringLiteral("Imported 1 actor")),
                 qPrintable(m_window->messageWidget()->text()));
        QCOMPARE(session()->undoStack()->count(), undoSteps + 1); // one undo step
        trigger("actionUndo");
        QCOMPARE(actors()->totalCount(), before);
    }

    // (f)
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
