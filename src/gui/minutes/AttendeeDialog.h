#pragma once

#include "Minutes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Someone present who is not a member of the body ("övriga närvarande"): name,
// organisation and, where relevant, party.
class AttendeeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttendeeDialog(QWidget *parent = nullptr);

    Attendee attendee() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_party;
    QLabel *m_problem;
};
