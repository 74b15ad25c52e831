#pragma once

#include "AssignmentTableModel.h"
#include "PrintableView.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Session;
class SwedishSortFilterProxy;

// The Assignments tab (issue 5): every assignment given in minutes, across bodies,
// filtered by person, body, status and overdue; the selected one is marked done,
// carried on or opened again (one undo step each, through the Session). Double-click
// or Return opens the minutes that gave it. File > Print prints the filtered list.
class AssignmentsView : public QWidget, public PrintableView
{
    Q_OBJECT
public:
    explicit AssignmentsView(Session *session, QWidget *parent = nullptr);

    AssignmentTableModel *model() const { return m_model; }
    // The day overdue is counted from and follow-ups are dated (today unless set; tests set it).
    // Overdue is counted on today; the window calls this when the day changes.
    Q_INVOKABLE void refreshToday();
    // The assignment selected (null: none).
    const AssignmentRecord *selectedAssignment() const;
    void selectAssignment(qint64 assignmentId);
    // "12 assignments, 3 overdue".
    QString countText() const;
    // The filter as words, one condition each, for the report's head.
    QStringList filterDescription() const;

    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;

public slots:
    void markDone();
    void carryOn();
    void reopen();
    // Opens the minutes of the selected assignment (Edit > Edit…, Return, double-click).
    void editSelected();
    void focusFilter();
    void reload();

signals:
    // The minutes that gave an assignment, at its § (itemNumber 0: at the start).
    void openMinutes(qint64 minutesId, int itemNumber);
    void errorOccurred(const QString &message);

private:
    void fillBodies();
    void applyFilter();
    void followUp(AssignmentStatus status);
    void updateCount();
    void updateButtons();

    Session *m_session;
    AssignmentTableModel *m_model;
    SwedishSortFilterProxy *m_proxy;
    QLineEdit *m_person;
    QComboBox *m_body;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_done;
    QPushButton *m_carryOn;
    QPushButton *m_reopen;
};
