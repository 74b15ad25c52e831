#pragma once

#include "Minutes.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// The attendance list of minutes (närvarolista): each attendee's status and role, and
// the items they arrived at or left after, with the buttons that add or remove others
// present. The table shows and asks; the minutes view decides and saves.
class AttendanceTable : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceTable(QWidget *parent = nullptr);

    // Shows the attendance of the minutes; the status, role and items can be changed
    // only when editable.
    void showAttendance(const Minutes &minutes, bool editable);
    // Whether others present can be added and removed.
    void setListEditable(bool editable);
    // The row selected, -1 when none.
    int currentRow() const;

signals:
    // The status, role or items of the attendee of row were changed to those of edited.
    void attendeeEdited(int row, const Attendee &edited);
    void addRequested();
    void removeRequested(int row);

private:
    void rowEdited(int row);

    bool m_filling = false;
    QVector<Attendee> m_shown;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
