#pragma once

#include "FileDialogs.h"

#include "MessageWidget.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ReportDocument;
class ActorRegisterView;
class QPrinter;
class Session;

// What the File menu does with the open database besides opening: back up, import and
// export actors, print and export the current tab's report (the actor list by default). Says how it went through message().
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit DatabaseActions(QWidget *window);

    void setContext(Session *session, ActorRegisterView *actors);
    // The tab shown now; a PrintableView prints its own report, any other the actor list.
    void setCurrentView(std::function<QWidget *()> currentView) { m_currentView = std::move(currentView); }

public slots:
    void backUp();
    void importActors();
    // The actors shown (all of them, or those the filter lets through), in the order shown.
    void exportActors();
    void printPreview();
    void print();
    void exportPdf();

signals:
    void message(const QString &text, MessageWidget::Type type);

private:
    // The current tab's report, or the actor list; null when the tab has nothing to print.
    std::unique_ptr<ReportDocument> report() const;
    QString pdfFileName() const;
    // A file name in the database's folder.
    QString besideDatabase(const QString &fileName) const;
    QString baseName() const;

    QWidget *m_window;
    Session *m_session = nullptr;
    QPointer<ActorRegisterView> m_actors;
    std::function<QWidget *()> m_currentView;
    FileDialogs *m_files = &FileDialogs::native();
};
