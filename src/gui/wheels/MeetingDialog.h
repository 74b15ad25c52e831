#pragma once

#include "Meeting.h"

#include <QDialog>

class DateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

// Edits a meeting: title, date, time, place and the agenda (add, remove, rename,
// move up and down). OK saves it all as one undo step.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingDialog(const Meeting &meeting, QWidget *parent = nullptr);
    Meeting meeting() const;
    QListWidget *agendaList() const { return m_agenda; }

    void addItem(const QString &title);
    void removeCurrent();
    void moveCurrent(int delta);
    void accept() override;

private:
    void addRow(const AgendaItem &item, int row);
    Meeting m_meeting;
    QLineEdit *m_title;
    DateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_place;
    QListWidget *m_agenda;
    QLabel *m_error;
};
