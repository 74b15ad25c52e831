#pragma once

#include "Minutes.h"
#include "AssignmentService.h"
#include "Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// The follow-up (uppföljning) at a meeting: the body's assignments from earlier
// meetings that are not yet done, each marked done or carried on at this meeting
// (stored apart from the minutes that gave them, one undo step each). Assignments
// marked done at this meeting stay listed so the secretary sees what was followed up.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPanel(Session *session, QWidget *parent = nullptr);

    // The minutes whose meeting follows up; editing only while they are a draft.
    void setMinutes(const Minutes &minutes);
    // The assignments listed (earlier, not done or done at this meeting).
    const QVector<AssignmentRecord> &rows() const { return m_rows; }
    // How many of them are still open or carried on.
    int pendingCount() const;

public slots:
    // Follows up the assignment of a row at this meeting.
    Status followUp(int row, AssignmentStatus status);

signals:
    void errorOccurred(const QString &message);
    void pendingCountChanged(int count);

private:
    void reload();
    void updateButtons();
    void followUpSelected(AssignmentStatus status);

    Session *m_session;
    qint64 m_minutesId = 0;
    qint64 m_bodyId = 0;
    QDate m_date;
    bool m_editable = false;
    QVector<AssignmentRecord> m_rows;

    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_done;
    QPushButton *m_carry;
    QPushButton *m_reopen;
};
