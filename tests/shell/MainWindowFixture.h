#pragma once

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
// with QTest, modal dialogs answered from a timer, file dialogs answered by the window's
// own FileDialogs. Shared by tst_mainwindow and tst_databasefiles.
class MainWindowFixture : public QObject
{
protected:
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
    void openOnce()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Verkstan"));
        QCoreApplication::setApplicationName(QStringLiteral("Verkstan"));
    }

    void openWindow()
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

    void closeWindow()
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
};
