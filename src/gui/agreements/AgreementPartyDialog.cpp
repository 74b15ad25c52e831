#include "AgreementPartyDialog.h"

#include "Clock.h"
#include "DateEdit.h"
#include "Session.h"
#include "ViewSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

AgreementPartyDialog::AgreementPartyDialog(Session *session, const Agreement &agreement, QWidget *parent)
    : QDialog(parent), m_agreement(agreement)
{
    setObjectName(QStringLiteral("partyDialog"));
    setWindowTitle(tr("Add party to %1").arg(agreement.name));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("partyActorCombo"));
    IdPicker::fillActors(m_actor, session);
    m_joinedLater = new QCheckBox(tr("Joined after the start, on"), this);
    m_joined = new DateEdit(this);
    m_leaves = new QCheckBox(tr("Has given notice; last day as a party"), this);
    m_leaves->setObjectName(QStringLiteral("leavesCheck"));
    m_left = new DateEdit(this);
    m_left->setObjectName(QStringLiteral("leftEdit"));
    m_joined->setDate(agreement.term.start());
    m_left->setDate(agreement.term.currentTermEnd(Clock::today()));
    m_weight = new QLineEdit(this);
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    m_problems = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Party:"), m_actor);
    auto *joined = new QHBoxLayout;
    joined->addWidget(m_joinedLater);
    joined->addWidget(m_joined, 1);
    form->addRow(tr("Joined:"), joined);
    auto *left = new QHBoxLayout;
    left->addWidget(m_leaves);
    left->addWidget(m_left, 1);
    form->addRow(tr("Leaves:"), left);
    switch (agreement.method) {
    case CostAllocation::Method::Equal:
        m_weight->setEnabled(false);
        m_weight->setPlaceholderText(tr("equal shares: no number needed"));
        form->addRow(tr("Share of costs:"), m_weight);
        break;
    case CostAllocation::Method::FixedPercent:
        m_weight->setPlaceholderText(tr("e.g. 15 or 12,5"));
        form->addRow(tr("&Share of costs (%):"), m_weight);
        break;
    case CostAllocation::Method::Proportional:
        m_weight->setPlaceholderText(tr("e.g. 101 427"));
        form->addRow(agreement.basisLabel.isEmpty() ? tr("&Number to share by:")
                                                    : tr("&%1:").arg(agreement.basisLabel),
                     m_weight);
        break;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_joinedLater, &QCheckBox::toggled, m_joined, &QWidget::setEnabled);
    connect(m_leaves, &QCheckBox::toggled, m_left, &QWidget::setEnabled);
    m_joined->setEnabled(false);
    m_left->setEnabled(false);
    connect(m_actor, &QComboBox::currentTextChanged, this, &AgreementPartyDialog::validate);
    connect(m_weight, &QLineEdit::textChanged, this, &AgreementPartyDialog::validate);
    for (QCheckBox *c : {m_joinedLater, m_leaves})
        connect(c, &QCheckBox::toggled, this, &AgreementPartyDialog::validate);
    for (DateEdit *e : {m_joined, m_left}) {
        connect(e, &DateEdit::dateChanged, this, &AgreementPartyDialog::validate);
        connect(e, &DateEdit::problemChanged, this, &AgreementPartyDialog::validate);
    }
    validate();
    resize(sizeHint().expandedTo(QSize(500, 0)));
}

void AgreementPartyDialog::setParty(const AgreementParty &party)
{
    setWindowTitle(tr("Party %1").arg(party.name));
    m_originalActor = party.actorId;
    IdPicker::select(m_actor, party.actorId);
    m_joinedLater->setChecked(party.joinedOn.isValid());
    if (party.joinedOn.isValid())
        m_joined->setDate(party.joinedOn);
    m_leaves->setChecked(party.leftOn.isValid());
    if (party.leftOn.isValid())
        m_left->setDate(party.leftOn);
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    if (m_agreement.method == CostAllocation::Method::FixedPercent)
        m_weight->setText(sv.toString(party.weight / 100.0, 'g', 6));
    else if (m_agreement.method == CostAllocation::Method::Proportional)
        m_weight->setText(sv.toString(party.weight));
    validate();
}

qint64 AgreementPartyDialog::weight(bool *ok) const
{
    *ok = true;
    QString text = m_weight->text().trimmed();
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QLatin1Char('%'));
    if (m_agreement.method == CostAllocation::Method::Equal || text.isEmpty())
        return 0;
    if (m_agreement.method == CostAllocation::Method::FixedPercent) {
        // Whole basis points: "12,5" -> 1250; more than two decimals is refused.
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        const int dot = text.indexOf(QLatin1Char('.'));
        if (dot >= 0 && text.size() - dot - 1 > 2) {
            *ok = false;
            return 0;
        }
        const QString whole = dot < 0 ? text : text.left(dot);
        const QString decimals = dot < 0 ? QString() : text.mid(dot + 1).leftJustified(2, QLatin1Char('0'));
        bool okWhole = true, okDecimals = true;
        const qint64 w = whole.isEmpty() ? 0 : whole.toLongLong(&okWhole);
        const qint64 d = decimals.isEmpty() ? 0 : decimals.toLongLong(&okDecimals);
        *ok = okWhole && okDecimals && w >= 0 && w <= 100;
        return w * 100 + d;
    }
    const qint64 n = text.toLongLong(ok);
    *ok = *ok && n >= 0;
    return n;
}

AgreementParty AgreementPartyDialog::party() const
{
    AgreementParty p;
    p.actorId = IdPicker::selectedId(m_actor);
    p.name = m_actor->currentText();
    if (const AgreementParty *existing = m_agreement.party(p.actorId))
        p.type = existing->type;
    p.joinedOn = m_joinedLater->isChecked() ? m_joined->date() : QDate();
    p.leftOn = m_leaves->isChecked() ? m_left->date() : QDate();
    bool ok = true;
    p.weight = weight(&ok);
    return p;
}

void AgreementPartyDialog::validate()
{
    QStringList problems;
    const qint64 id = IdPicker::selectedId(m_actor);
    if (id == 0)
        problems << tr("Choose the party from the actor register.");
    else if (id < 0)
        problems << tr("%1 is not in the actor register.").arg(m_actor->currentText());
    else if (id != m_originalActor && m_agreement.party(id))
        problems << tr("%1 is already a party.").arg(m_actor->currentText());
    bool ok = true;
    weight(&ok);
    if (!ok)
        problems << (m_agreement.method == CostAllocation::Method::FixedPercent
                         ? tr("The share is a percentage from 0 to 100 with at most two decimals.")
                         : tr("The number is a whole number, 0 or more."));
    if (m_joinedLater->isChecked() && !m_joined->hasAcceptableDate())
        problems << tr("Joined: %1").arg(m_joined->problem());
    if (m_leaves->isChecked() && !m_left->hasAcceptableDate())
        problems << tr("Last day: %1").arg(m_left->problem());
    if (m_joinedLater->isChecked() && m_leaves->isChecked() && m_joined->hasAcceptableDate()
        && m_left->hasAcceptableDate() && m_left->date() < m_joined->date())
        problems << tr("The party cannot leave before it joins.");
    showProblems(m_problems, problems);
    m_ok->setEnabled(problems.isEmpty());
}
