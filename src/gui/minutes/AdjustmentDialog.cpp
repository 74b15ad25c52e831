#include "AdjustmentDialog.h"

#include <QComboBox>
#include <QDateEdit>
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
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("adjustmentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("adjustmentMethod"));
    m_method->addItem(tr("Signed on paper"), int(AdjustmentMethod::SignedOnPaper));
    m_method->addItem(tr("Confirmed here"), int(AdjustmentMethod::ConfirmedHere));
    auto *note = new QLabel;
    note->setWordWrap(true);
    if (pending.size() == 1)
        note->setText(tr("This is the last adjustment: the minutes become final and can never be changed again. "
                         "Making them final cannot be undone; a correction is made as an addition."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Adjusted by:"), m_who);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("How:"), m_method);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::record);
}

void AdjustmentDialog::record()
{
    if (m_record(m_who->currentText(), m_date->date(), AdjustmentMethod(m_method->currentData().toInt())))
        accept();
}
