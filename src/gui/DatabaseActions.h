#pragma once

#include "MessageWidget.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ActorListReport;
class ActorRegisterView;
class QPrinter;
class Session;

// What the File menu does with the open database besides opening: back up, import and
// export actors, print and export the actor list. Says how it went through message().
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseActions(QWidget *window);

    void setContext(Session *session, ActorRegisterView *actors);

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
    std::unique_ptr<ActorListReport> actorReport() const;
    // A file name in the database's folder.
    QString besideDatabase(const QString &fileName) const;
    QString baseName() const;

    QWidget *m_window;
    Session *m_session = nullptr;
    QPointer<ActorRegisterView> m_actors;
};
