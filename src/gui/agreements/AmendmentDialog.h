#pragma once

#include "Agreement.h"

#include <QDialog>

class DateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

// A numbered amendment to an agreement: its number (the next free one for a new
// amendment), the date it was decided and its text.
class AmendmentDialog : public QDialog
{
    Q_OBJECT
public:
    AmendmentDialog(const Agreement &agreement, QWidget *parent = nullptr);
    void setAmendment(const Amendment &amendment);
    Amendment amendment() const;

private:
    void validate();
    const Agreement &m_agreement;
    int m_originalNumber = 0;
    QSpinBox *m_number;
    DateEdit *m_date;
    QPlainTextEdit *m_text;
    QLabel *m_problems;
    QPushButton *m_ok;
};
