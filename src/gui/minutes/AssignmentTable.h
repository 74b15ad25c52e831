#pragma once

#include "Minutes.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// The assignments (uppdrag) given in one item of minutes: who is responsible, the task
// and when it is due, edited in place, with the buttons that add and remove one. The
// table shows and reads what was typed; the minutes view decides and saves.
class AssignmentTable : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentTable(QWidget *parent = nullptr);

    // Shows the assignments of the item; they can be edited only when editable.
    void showItem(const MinutesItem &item, bool editable);
    // The row selected, -1 when none.
    int currentRow() const;

signals:
    // The assignments as typed; a due date that is not a date is refused instead.
    void assignmentsEdited(const QVector<Assignment> &edited);
    void refused(const QString &message);
    void addRequested();
    void removeRequested(int row);

private:
    void readTable();

    bool m_filling = false;
    MinutesItem m_item;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
