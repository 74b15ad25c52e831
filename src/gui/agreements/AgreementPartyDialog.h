#pragma once

#include "Agreement.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class DateEdit;
class QLabel;
class QLineEdit;
class Session;

// One party to an agreement: the actor from the register, when it joined, whether and
// when it leaves (its last day as a party, after its notice), and its number for the
// cost allocation: a percentage, or a number such as its population.
class AgreementPartyDialog : public QDialog
{
    Q_OBJECT
public:
    AgreementPartyDialog(Session *session, const Agreement &agreement, QWidget *parent = nullptr);

    void setParty(const AgreementParty &party);
    AgreementParty party() const;

private:
    void validate();
    qint64 weight(bool *ok) const;

    const Agreement &m_agreement;
    qint64 m_originalActor = 0;
    QComboBox *m_actor;
    QCheckBox *m_joinedLater, *m_leaves;
    DateEdit *m_joined, *m_left;
    QLineEdit *m_weight;
    QLabel *m_problems;
    QPushButton *m_ok;
};
