#include "AmendmentDialog.h"

#include "Clock.h"
#include "DateEdit.h"

#include "ViewSupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AmendmentDialog::AmendmentDialog(const Agreement &agreement, QWidget *parent)
    : QDialog(parent), m_agreement(agreement)
{
    setObjectName(QStringLiteral("amendmentDialog"));
    setWindowTitle(tr("New amendment to %1").arg(agreement.name));
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("amendmentNumberSpin"));
    m_number->setRange(1, 9999);
    m_number->setValue(agreement.nextAmendmentNumber());
    m_date = new DateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("amendmentDateEdit"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("amendmentTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_problems = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Decided on:"), m_date);
    form->addRow(tr("&Text:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(m_number, &QSpinBox::valueChanged, this, &AmendmentDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AmendmentDialog::validate);
    connect(m_date, &DateEdit::problemChanged, this, &AmendmentDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void AmendmentDialog::setAmendment(const Amendment &amendment)
{
    setWindowTitle(tr("Amendment %1 to %2").arg(amendment.number).arg(m_agreement.name));
    m_originalNumber = amendment.number;
    m_number->setValue(amendment.number);
    m_date->setDate(amendment.date);
    m_text->setPlainText(amendment.text);
    validate();
}

Amendment AmendmentDialog::amendment() const
{
    return {m_number->value(), m_date->date(), m_text->toPlainText().trimmed()};
}

void AmendmentDialog::validate()
{
    QStringList problems;
    if (m_number->value() != m_originalNumber)
        for (const Amendment &a : m_agreement.amendments)
            if (a.number == m_number->value())
                problems << tr("There is already an amendment number %1.").arg(a.number);
    if (!m_date->hasAcceptableDate())
        problems << tr("Decided on: %1").arg(m_date->problem());
    if (m_text->toPlainText().trimmed().isEmpty())
        problems << tr("Write what the amendment says.");
    showProblems(m_problems, problems);
    m_ok->setEnabled(problems.isEmpty());
}
