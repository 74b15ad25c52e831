#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QStackedWidget;
class Session;

// The left side of the Minutes tab: every stored minutes (date, body, state), a search
// through all of them that lists the items found, and the button for new minutes.
// Choosing minutes or a hit asks the minutes view to show them.
class MinutesListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesListPanel(Session *session, QWidget *parent = nullptr);

    // What the state of minutes is called in the list.
    static QString stateText(MinutesState state);

    // Lists the minutes again as stored, with currentId selected (no signal).
    Status reload(qint64 currentId);
    // Selects the minutes id in the list without signalling.
    void setCurrent(qint64 id);
    // Chooses the first minutes listed; false when there are none.
    bool chooseFirst();

signals:
    // The minutes id (and in them itemId, 0 for none) were chosen in the list or the hits.
    void minutesChosen(qint64 id, qint64 itemId);
    void newRequested();

private:
    void search(const QString &text);
    void openHit();

    Session *m_session;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QListWidget *m_list;
    QListWidget *m_hits;
};
