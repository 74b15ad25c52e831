#include "AgreementDialog.h"

#include "Clock.h"
#include "DateEdit.h"
#include "Session.h"
#include "ViewSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *monthsBox(QWidget *parent, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, 120);
    s->setSuffix(suffix);
    return s;
}

} // namespace

AgreementDialog::AgreementDialog(Session *session, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New agreement"));
    setObjectName(QStringLiteral("agreementDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("agreementNameEdit"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    IdPicker::fillActors(m_host, session);
    m_start = new DateEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new DateEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    const QString months = tr(" months");
    m_notice = monthsBox(this, months);
    m_notice->setObjectName(QStringLiteral("noticeSpin"));
    m_renewal = monthsBox(this, months);
    m_renewal->setObjectName(QStringLiteral("renewalSpin"));
    m_renewal->setSpecialValueText(tr("not renewed"));
    m_renewalNotice = monthsBox(this, months);
    m_renewalNotice->setObjectName(QStringLiteral("renewalNoticeSpin"));
    m_minimum = new QSpinBox(this);
    m_minimum->setRange(0, 100);
    m_minimum->setObjectName(QStringLiteral("minimumSpin"));
    m_region = new QCheckBox(tr("The region must be a party"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Invoiced by:"), m_host);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End of the first term:"), m_end);
    form->addRow(tr("Notice &before the end:"), m_notice);
    form->addRow(tr("&Renewed by:"), m_renewal);
    form->addRow(tr("Notice before a rene&wal ends:"), m_renewalNotice);
    form->addRow(tr("&Valid with at least:"), m_minimum);
    m_minimum->setSuffix(tr(" municipalities"));
    form->addRow(QString(), m_region);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    // Seed 000's rules as the start of a new agreement.
    Agreement fresh;
    const int year = Clock::today().year();
    fresh.term = AgreementTerm(QDate(year, 1, 1), QDate(year + 4, 12, 31), 12, 12, 9);
    setAgreement(fresh);
    setWindowTitle(tr("New agreement"));

    connect(m_name, &QLineEdit::textChanged, this, &AgreementDialog::validate);
    connect(m_host, &QComboBox::currentTextChanged, this, &AgreementDialog::validate);
    for (DateEdit *e : {m_start, m_end}) {
        connect(e, &DateEdit::dateChanged, this, &AgreementDialog::validate);
        connect(e, &DateEdit::problemChanged, this, &AgreementDialog::validate);
    }
    for (QSpinBox *s : {m_notice, m_renewal, m_renewalNotice, m_minimum})
        connect(s, &QSpinBox::valueChanged, this, &AgreementDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void AgreementDialog::setAgreement(const Agreement &agreement)
{
    m_agreement = agreement;
    setWindowTitle(agreement.id > 0 ? tr("Edit %1").arg(agreement.name) : tr("New agreement"));
    m_name->setText(agreement.name);
    IdPicker::select(m_host, agreement.hostActorId);
    m_start->setDate(agreement.term.start());
    m_end->setDate(agreement.term.initialEnd());
    m_notice->setValue(agreement.term.noticeMonths());
    m_renewal->setValue(agreement.term.renewalMonths());
    m_renewalNotice->setValue(agreement.term.renewalNoticeMonths());
    m_minimum->setValue(agreement.minimumMunicipalities);
    m_region->setChecked(agreement.regionRequired);
    m_notes->setPlainText(agreement.notes);
    validate();
}

Agreement AgreementDialog::agreement() const
{
    Agreement a = m_agreement;
    a.name = m_name->text().trimmed();
    a.hostActorId = qMax<qint64>(0, IdPicker::selectedId(m_host));
    a.term = AgreementTerm(m_start->date(), m_end->date(), m_notice->value(), m_renewal->value(),
                           m_renewalNotice->value());
    a.minimumMunicipalities = m_minimum->value();
    a.regionRequired = m_region->isChecked();
    a.notes = m_notes->toPlainText().trimmed();
    if (a.hostActorId > 0 && !a.party(a.hostActorId))
        a.parties.prepend({a.hostActorId, m_host->currentText(), ActorType::Region, {}, {}, 0});
    return a;
}

void AgreementDialog::validate()
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("Give the agreement a name.");
    if (IdPicker::selectedId(m_host) < 0)
        problems << tr("%1 is not in the actor register.").arg(m_host->currentText());
    if (!m_start->hasAcceptableDate())
        problems << tr("Start: %1").arg(m_start->problem());
    if (!m_end->hasAcceptableDate())
        problems << tr("End of the first term: %1").arg(m_end->problem());
    const AgreementTerm term(m_start->date(), m_end->date(), m_notice->value(), m_renewal->value(),
                             m_renewalNotice->value());
    if (m_start->hasAcceptableDate() && m_end->hasAcceptableDate())
        if (Status s = term.validate(); !s)
            problems << s.errorMessage();
    showProblems(m_problems, problems);
    m_ok->setEnabled(problems.isEmpty());
}
