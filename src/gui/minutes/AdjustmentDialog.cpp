#include "AdjustmentDialog.h"

#include "DateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

AdjustmentDialog::AdjustmentDialog(const QStringList &pending, QDate today, Recorder record, QWidget *parent)
    : QDialog(parent), m_record(std::move(record))
{
    setObjectName(QStringLiteral("adjustmentDialog"));
    setWindowTitle(tr("Record adjustment"));
    m_who = new QComboBox;
    m_who->setObjectName(QStringLiteral("adjustmentWho"));
    m_who->addItems(pending);
    m_date = new DateEdit(today);
    m_date->setObjectName(QStringLiteral("adjustmentDate"));
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("adjustmentMethod"));
    m_method->addItem(tr("Signed on paper"), int(AdjustmentMethod::SignedOnPaper));
    m_method->addItem(tr("Confirmed here"), int(AdjustmentMethod::ConfirmedHere));
    auto *note = new QLabel;
    note->setWordWrap(true);
    if (pending.size() == 1)
        note->setText(tr("This is the last adjustment: the minutes become final and can never be changed again. "
                         "Making them final cannot be undone; a correction is made as an addition."));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("adjustmentProblem"));
    m_problem->setWordWrap(true);
    connect(m_date, &DateEdit::problemChanged, m_problem, &QLabel::setText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Adjusted by:"), m_who);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("How:"), m_method);
    form->addRow(note);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::record);
}

void AdjustmentDialog::record()
{
    if (!m_date->hasAcceptableDate()) {
        m_date->setFocus();
        m_problem->setText(m_date->problem());
        return;
    }
    if (m_record(m_who->currentText(), m_date->date(), AdjustmentMethod(m_method->currentData().toInt())))
        accept();
}
