#pragma once

#include "Agreement.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class DateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Session;

// The agreement itself: name, the party that invoices the others, the term with its
// notice and renewal rules, the validity condition and notes. Parties, amendments and
// costs are edited in the view. OK is enabled only when the term is usable; the reason
// is shown under the form.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgreementDialog(Session *session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    // The agreement with the dialog's values; the host is added as a party when it is not one.
    Agreement agreement() const;

private:
    void validate();

    Agreement m_agreement;
    QLineEdit *m_name;
    QComboBox *m_host;
    DateEdit *m_start, *m_end;
    QSpinBox *m_notice, *m_renewal, *m_renewalNotice, *m_minimum;
    QCheckBox *m_region;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
    QPushButton *m_ok;
};
