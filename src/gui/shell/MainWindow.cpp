#include "MainWindow.h"

#include "ActorRegisterView.h"
#include "ActorTableModel.h"
#include "AgreementsView.h"
#include "AppSettings.h"
#include "AssignmentsView.h"
#include "Clock.h"
#include "BodiesView.h"
#include "BudgetsView.h"
#include "DatabaseActions.h"
#include "FileDialogs.h"
#include "MapView.h"
#include "MinutesView.h"
#include "PeopleView.h"
#include "WheelsView.h"
#include "RecentFilesMenu.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "StartupOpener.h"

// The colleagues' views plug in here, once they are in the tree.

#ifdef VERKSTAN_VERSION
#define VERKSTAN_APP_VERSION VERKSTAN_VERSION
#else
#define VERKSTAN_APP_VERSION "0.1"
#endif

#include <QApplication>
#include <QSignalBlocker>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Session> session, FileDialogs *files, QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new MessageWidget(this))
    , m_countLabel(new QLabel(this))
    , m_databaseActions(new DatabaseActions(this))
    , m_files(files ? files : &FileDialogs::native())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_message->setParent(central);
    m_message->floatOver(m_tabs);

    m_countLabel->setObjectName(QStringLiteral("actorCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_databaseActions, &DatabaseActions::message, this, &MainWindow::showMessage);
    m_databaseActions->setFileDialogs(m_files);
    m_databaseActions->setCurrentView([this] { return m_tabs->currentWidget(); });

    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::realiseTab);
    m_day = Clock::today();
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, &MainWindow::checkDay);
    dayTimer->start();
    setSession(std::move(session));

    if (!restoreGeometry(AppSettings::windowGeometry())) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(QSize(1320, 820).boundedTo(screen.size() * 0.92));
    }
    restoreState(AppSettings::windowState());
    if (m_actorView)
        m_actorView->restoreHeaderState(AppSettings::registerHeaderState());
}

MainWindow::~MainWindow()
{
    // The views show the session's models: they go first.
    clearTabs();
}

QAction *MainWindow::menuAction(QMenu *menu, const QString &text, const char *name, const QList<QKeySequence> &keys)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    a->setShortcuts(keys);
    return a;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    connect(menuAction(file, tr("&New Database…"), "actionNew", {QKeySequence::New}), &QAction::triggered,
            this, &MainWindow::newDatabase);
    connect(menuAction(file, tr("&Open…"), "actionOpen", {QKeySequence::Open}), &QAction::triggered,
            this, &MainWindow::chooseDatabase);
    m_recent = new RecentFilesMenu(this);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) { openDatabase(path); });
    file->addMenu(m_recent);
    connect(menuAction(file, tr("&Back Up…"), "actionBackup"), &QAction::triggered, m_databaseActions,
            &DatabaseActions::backUp);
    file->addSeparator();
    connect(menuAction(file, tr("&Import Actors from CSV…"), "actionImportActors"), &QAction::triggered,
            m_databaseActions, &DatabaseActions::importActors);
    connect(menuAction(file, tr("E&xport Actors to CSV…"), "actionExportActors"), &QAction::triggered,
            m_databaseActions, &DatabaseActions::exportActors);
    file->addSeparator();
    connect(menuAction(file, tr("Print Pre&view…"), "actionPrintPreview", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
            &QAction::triggered, m_databaseActions, &DatabaseActions::printPreview);
    connect(menuAction(file, tr("&Print…"), "actionPrint", {QKeySequence::Print}), &QAction::triggered,
            m_databaseActions, &DatabaseActions::print);
    connect(menuAction(file, tr("Export as P&DF…"), "actionExportPdf"), &QAction::triggered, m_databaseActions,
            &DatabaseActions::exportPdf);
    file->addSeparator();
    QAction *quit = menuAction(file, tr("&Quit"), "actionQuit", {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = menuAction(edit, tr("&New…"), "actionAdd",
                             {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    add->setStatusTip(tr("Add an actor, person or body to the list shown"));
    connect(add, &QAction::triggered, this, [this] { invokeOnCurrentTab("addNew"); });
    // Return and double-click edit too; the views handle those themselves.
    QAction *change = menuAction(edit, tr("&Edit…"), "actionEdit", {QKeySequence(Qt::Key_F2)});
    change->setStatusTip(tr("Edit the selected row (or press Return, or double-click it)"));
    connect(change, &QAction::triggered, this, [this] { invokeOnCurrentTab("editSelected"); });
    QAction *remove = menuAction(edit, tr("&Delete"), "actionDelete", {QKeySequence::Delete});
    remove->setStatusTip(tr("Delete the selected row; Undo brings it back"));
    connect(remove, &QAction::triggered, this, [this] { invokeOnCurrentTab("deleteSelected"); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    connect(menuAction(view, tr("&Find"), "actionFind", {QKeySequence::Find}), &QAction::triggered, this,
            &MainWindow::find);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    QAction *language = menuAction(settings, tr("&Language…"), "actionSettings");
    language->setMenuRole(QAction::PreferencesRole);
    connect(language, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = menuAction(help, tr("&About Verkstan"), "actionAbout");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createTabs()
{
    Session *s = m_session.get();
    m_actorView = new ActorRegisterView(s);
    connect(m_actorView, &ActorRegisterView::message, this, &MainWindow::showMessage);
    m_tabs->addTab(m_actorView, tr("&Actors"));
    // The other tabs are made when first shown: the start shows the register sooner.
    // A feature's view adds one entry here.
    auto refused = [this](const QString &text) { showMessage(text, MessageWidget::Warning); };
    m_lazyTabs = {
        {tr("&People"), [this, refused](Session *session) -> QWidget * {
             auto *people = new PeopleView(session);
             connect(people, &PeopleView::errorOccurred, this, refused);
             connect(people, &PeopleView::informed, this, [this](const QString &text) { showMessage(text, MessageWidget::Information); });
             return people;
         }},
        {tr("&Bodies"), [this, refused](Session *session) -> QWidget * {
             auto *bodies = new BodiesView(session);
             connect(bodies, &BodiesView::errorOccurred, this, refused);
             return bodies;
         }},
        {tr("&Map"), [this, refused](Session *session) -> QWidget * {
             auto *map = new MapView(session);
             map->setFileDialogs(m_files);
             connect(map, &MapView::errorOccurred, this, refused);
             connect(map, &MapView::informed, this, [this](const QString &text) { showMessage(text, MessageWidget::Information); });
             return map;
         }},
        {tr("&Wheels"), [this, refused](Session *session) -> QWidget * {
             auto *wheels = new WheelsView(session);
             wheels->setFileDialogs(m_files);
             connect(wheels, &WheelsView::errorOccurred, this, refused);
             connect(wheels, &WheelsView::keepMinutesRequested, this, &MainWindow::keepMinutesOf);
             return wheels;
         }},
        {tr("A&greements"), [this, refused](Session *session) -> QWidget * {
             auto *agreements = new AgreementsView(session);
             connect(agreements, &AgreementsView::errorOccurred, this, refused);
             return agreements;
         }},
        {tr("B&udgets"), [this, refused](Session *session) -> QWidget * {
             auto *budgets = new BudgetsView(session);
             budgets->setFileDialogs(m_files);
             connect(budgets, &BudgetsView::errorOccurred, this, refused);
             connect(budgets, &BudgetsView::message, this,
                     [this](const QString &text) { showMessage(text, MessageWidget::Information); });
             return budgets;
         }},
        {tr("Mi&nutes"), [this, refused](Session *session) -> QWidget * {
             auto *minutes = new MinutesView(session);
             minutes->setFileDialogs(m_files);
             connect(minutes, &MinutesView::errorOccurred, this, refused);
             return minutes;
         }},
        {tr("Ass&ignments"), [this, refused](Session *session) -> QWidget * {
             auto *assignments = new AssignmentsView(session);
             connect(assignments, &AssignmentsView::errorOccurred, this, refused);
             connect(assignments, &AssignmentsView::openMinutes, this, &MainWindow::showMinutes);
             return assignments;
         }},
    };
    for (qsizetype i = 0; i < m_lazyTabs.size(); ++i) {
        auto *placeholder = new QWidget;
        placeholder->setProperty(kLazyTab, int(i));
        m_tabs->addTab(placeholder, m_lazyTabs.at(i).label);
    }
}

void MainWindow::realiseTab(int index)
{
    QWidget *placeholder = m_tabs->widget(index);
    if (!placeholder || !placeholder->property(kLazyTab).isValid())
        return;
    QWidget *view = m_lazyTabs.at(placeholder->property(kLazyTab).toInt()).make(m_session.get());
    const QSignalBlocker blocker(m_tabs);
    const QString label = m_tabs->tabText(index);
    m_tabs->removeTab(index);
    delete placeholder;
    m_tabs->insertTab(index, view, label);
    m_tabs->setCurrentIndex(index);
}

MinutesView *MainWindow::switchToMinutes()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        const QVariant lazy = tab->property(kLazyTab);
        const bool isMinutes = qobject_cast<MinutesView *>(tab)
            || (lazy.isValid() && m_lazyTabs.at(lazy.toInt()).label == tr("Mi&nutes"));
        if (!isMinutes)
            continue;
        m_tabs->setCurrentIndex(i); // makes the tab if it is not made yet
        return qobject_cast<MinutesView *>(m_tabs->widget(i));
    }
    return nullptr;
}

void MainWindow::showMinutes(qint64 minutesId, int itemNumber)
{
    MinutesView *minutes = switchToMinutes();
    if (!minutes)
        return;
    minutes->selectMinutes(minutesId);
    if (minutes->current().id != minutesId)
        return; // could not be read; the view has said why
    for (const MinutesItem &item : minutes->current().items)
        if (itemNumber > 0 && item.number == itemNumber)
            minutes->selectItem(item.id);
}

void MainWindow::keepMinutesOf(qint64 meetingId)
{
    if (MinutesView *minutes = switchToMinutes())
        static_cast<void>(minutes->keepMinutesOf(meetingId)); // the view says what went wrong
}

void MainWindow::clearTabs()
{
    // Without the blocker each deletion makes the next tab current, and a tab not yet
    // made would be made only to be deleted.
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    const int tab = m_tabs->currentIndex();
    const QByteArray header = m_actorView ? m_actorView->headerState() : QByteArray();
    clearTabs();
    m_actorView = nullptr;
    m_session = std::move(session); // the old one closes (and unlocks its file) here

    Session *s = m_session.get();
    m_undoGroup->addStack(s->undoStack());
    m_undoGroup->setActiveStack(s->undoStack());
    connect(s, &Session::editFailed, this, [this](const QString &text) { showMessage(text, MessageWidget::Error); });
    ActorTableModel *actors = s->actors();
    connect(actors, &QAbstractItemModel::modelReset, this, &MainWindow::updateActorCount);
    connect(actors, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActorCount);
    connect(actors, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActorCount);
    connect(s, &Session::actorsLoaded, this, &MainWindow::updateActorCount);

    createTabs();
    m_databaseActions->setContext(s, m_actorView);
    if (!header.isEmpty())
        m_actorView->restoreHeaderState(header);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    m_message->hideMessage();
    updateTitle();
    updateActorCount();
}

bool MainWindow::openDatabase(const QString &path, Database::Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_session->path()) {
        showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(absolute)), MessageWidget::Information);
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Session::open(absolute, mode, false);
    QApplication::restoreOverrideCursor();
    if (!session) {
        if (mode == Database::Mode::OpenExisting && !QFileInfo::exists(absolute)) {
            AppSettings::removeRecentFile(absolute); // moved or deleted: no use offering it again
            m_recent->refresh();
        }
        showMessage(tr("%1 was not opened: %2 The database that was open still is.")
                        .arg(QDir::toNativeSeparators(absolute), session.errorMessage()),
                    MessageWidget::Error);
        return false;
    }
    setSession(std::move(session).value());
    AppSettings::noteOpened(absolute);
    m_recent->refresh();
    return true;
}

void MainWindow::newDatabase()
{
    const QString folder = QFileInfo(m_session->path()).absolutePath();
    QString path = m_files->saveFileName(this, tr("New Database"), QDir(folder).filePath(tr("verkstan.sqlite")),
                                             StartupOpener::databaseFilter(), false);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        showMessage(tr("%1 already exists. Choose a new name: a new database never replaces a file.")
                        .arg(QDir::toNativeSeparators(path)),
                    MessageWidget::Warning);
        return;
    }
    if (openDatabase(path, Database::Mode::Create))
        showMessage(tr("%1 is a new, empty database.").arg(QFileInfo(path).fileName()), MessageWidget::Positive);
}

void MainWindow::chooseDatabase()
{
    const QString folder = QFileInfo(m_session->path()).absolutePath();
    const QString path = m_files->openFileName(this, tr("Open Database"), folder, StartupOpener::databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showMessage(const QString &text, MessageWidget::Type type)
{
    m_message->showMessage(text, type);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Verkstan").arg(QFileInfo(m_session->path()).fileName()));
    setWindowFilePath(m_session->path());
}

void MainWindow::updateActorCount()
{
    const ActorTableModel *actors = m_session->actors();
    // Two texts rather than %n: without an English .qm, %n would show "actor(s)".
    const int total = actors->totalCount();
    QString text = total == 1 ? tr("%1 of 1 actor").arg(actors->rowCount())
                              : tr("%1 of %2 actors").arg(actors->rowCount()).arg(total);
    if (m_session->isLoadingActors())
        text = tr("%1 (loading…)").arg(text);
    m_countLabel->setText(text);
}

// The views have public slots addNew(), editSelected(), deleteSelected() and maybe
// focusFilter(); true when the current one has the slot.
bool MainWindow::invokeOnCurrentTab(const char *method)
{
    QWidget *view = m_tabs->currentWidget();
    const QByteArray signature = QByteArray(method) + "()";
    if (!view || view->metaObject()->indexOfMethod(signature.constData()) < 0)
        return false;
    return QMetaObject::invokeMethod(view, method);
}

void MainWindow::checkDay()
{
    const QDate today = Clock::today();
    if (today == m_day)
        return;
    m_day = today;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *view = m_tabs->widget(i);
        if (view->metaObject()->indexOfMethod("refreshToday()") >= 0)
            QMetaObject::invokeMethod(view, "refreshToday");
    }
}

void MainWindow::find()
{
    QWidget *view = m_tabs->currentWidget();
    if (!view || invokeOnCurrentTab("focusFilter"))
        return;
    if (auto *edit = view->findChild<QLineEdit *>()) {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    }
}

void MainWindow::showSettings()
{
    const AppSettings::Language before = AppSettings::language();
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && AppSettings::language() != before)
        showMessage(tr("The language changes when Verkstan starts the next time."), MessageWidget::Information);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Verkstan"),
                       tr("<h3>Verkstan</h3>"
                          "<p>For regional cooperation on skills supply: the actors on the landscape map, "
                          "the people, and the bodies they meet in.</p>"
                          "<p>Version %1, built with Qt %2.</p>")
                           .arg(QStringLiteral(VERKSTAN_APP_VERSION), QLatin1String(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    if (m_actorView)
        AppSettings::setRegisterHeaderState(m_actorView->headerState());
    event->accept();
}
