#pragma once

#include "Database.h"
#include "MessageWidget.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class ActorRegisterView;
class DatabaseActions;
class FileDialogs;
class MinutesView;
class QLabel;
class QTabWidget;
class QUndoGroup;
class RecentFilesMenu;
class Session;

// The window over one open database: tabs for actors, people and bodies, the menus,
// a message bar for what went wrong (in words), and "N of M actors" in the status bar.
// Every action has an object name ("actionAdd", "actionUndo", ...) so tests can trigger it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // files: where file names are asked for (nullptr: the native dialogs); a test gives
    // its own that answers at once.
    explicit MainWindow(std::unique_ptr<Session> session, FileDialogs *files = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session.get(); }
    ActorRegisterView *actorRegister() const { return m_actorView; }
    MessageWidget *messageWidget() const { return m_message; }
    RecentFilesMenu *recentFilesMenu() const { return m_recent; }

    // Opens (or creates) another database in this window; on failure keeps the one open
    // and says why in the message bar.
    bool openDatabase(const QString &path, Database::Mode mode = Database::Mode::OpenExisting);

public slots:
    void showMessage(const QString &text, MessageWidget::Type type);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QAction *menuAction(QMenu *menu, const QString &text, const char *name, const QList<QKeySequence> &keys = {});
    void createTabs();
    void clearTabs();
    // A tab made when first shown; each feature's view adds one entry in createTabs().
    struct LazyTab {
        QString label;
        std::function<QWidget *(Session *)> make;
    };
    QList<LazyTab> m_lazyTabs;
    static constexpr const char *kLazyTab = "verkstanLazyTab";
    void realiseTab(int index);
    // Shows the Minutes tab (made if need be) with these minutes selected, at the item
    // numbered itemNumber (0: as they open).
    void showMinutes(qint64 minutesId, int itemNumber = 0);
    // The minutes of a meeting in the Minutes tab, made as a draft the first time.
    void keepMinutesOf(qint64 meetingId);
    MinutesView *switchToMinutes();
    void setSession(std::unique_ptr<Session> session);
    void updateTitle();
    void updateActorCount();
    bool invokeOnCurrentTab(const char *method);
    void find();
    void newDatabase();
    void chooseDatabase();
    void showSettings();
    void about();
    // At a new day, the views that show what today's date decides show it again.
    void checkDay();

    std::unique_ptr<Session> m_session;
    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    MessageWidget *m_message;
    QLabel *m_countLabel;
    RecentFilesMenu *m_recent = nullptr;
    DatabaseActions *m_databaseActions;
    ActorRegisterView *m_actorView = nullptr;
    QDate m_day;
    FileDialogs *m_files;
};
