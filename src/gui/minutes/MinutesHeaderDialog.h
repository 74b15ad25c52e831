#pragma once

#include "Minutes.h"

#include <QDialog>

class DateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

// The header of draft minutes: the meeting's date, start and end, and place.
class MinutesHeaderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MinutesHeaderDialog(const Minutes &minutes, QWidget *parent = nullptr);

    // The minutes with the header as typed.
    Minutes edited() const;
    // What is wrong with the header as typed; empty when it may be saved.
    QString problem() const;

    void accept() override;

private:
    Minutes m_minutes;
    DateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_place;
    QLabel *m_problem;
};
