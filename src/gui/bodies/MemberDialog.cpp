#include "MemberDialog.h"
#include "ui_MemberDialog.h"

#include "BodyComposition.h"
#include "Session.h"
#include "BodyService.h"
#include "ViewSupport.h"

#include <QPushButton>

MemberDialog::MemberDialog(Session *session, qint64 bodyId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_membership.bodyId = bodyId;
    const int bodyRow = m_session->bodies()->rowOf(bodyId);
    const QString bodyName = bodyRow >= 0 ? m_session->bodies()->recordAt(bodyRow).name : QString();
    setWindowTitle(tr("New seat in %1").arg(bodyName));

    const QHash<qint64, QString> organisations = m_session->organisationNames();
    QVector<IdPicker::Entry> people;
    for (const Person &p : m_session->people()->records()) {
        const QString organisation = organisations.value(p.actorId);
        people.append({p.id, organisation.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, organisation)});
    }
    IdPicker::fill(m_ui->personCombo, std::move(people), true);
    IdPicker::fillActors(m_ui->organisationCombo, m_session);
    for (MemberRole r : Classification::memberRoles())
        m_ui->roleCombo->addItem(Classification::label(r), int(r));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(MemberRole::Member)));
    m_ui->roleHint->setForegroundRole(QPalette::PlaceholderText);
    if (auto seats = m_session->bodyService().members(bodyId))
        for (const MemberDetail &d : *seats)
            if (d.membership.personId > 0)
                m_seatedPeople.insert(d.membership.personId);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->personCombo, &QComboBox::currentTextChanged, this, &MemberDialog::personChosen);
    connect(m_ui->organisationCombo, &QComboBox::currentTextChanged, this, &MemberDialog::validate);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    validate();
}

MemberDialog::~MemberDialog() = default;

qint64 MemberDialog::organisationOf(qint64 personId) const
{
    const int row = personId > 0 ? m_session->people()->rowOf(personId) : -1;
    return row >= 0 ? m_session->people()->recordAt(row).actorId : 0;
}

void MemberDialog::setMembership(const Membership &membership)
{
    m_membership = membership;
    m_seatedPeople.remove(membership.personId); // the seat's own person is not "another seat"
    if (membership.id > 0) {
        const int bodyRow = m_session->bodies()->rowOf(membership.bodyId);
        setWindowTitle(tr("Change seat in %1")
                           .arg(bodyRow >= 0 ? m_session->bodies()->recordAt(bodyRow).name : QString()));
    }
    {
        const QSignalBlocker block(m_ui->personCombo); // keep the seat's organisation as it is
        IdPicker::select(m_ui->personCombo, membership.personId);
    }
    // A seat without its own organisation represents the person's.
    m_autoOrganisation = membership.actorId > 0 ? 0 : organisationOf(membership.personId);
    IdPicker::select(m_ui->organisationCombo, membership.actorId > 0 ? membership.actorId : m_autoOrganisation);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(membership.role)));
    validate();
}

Membership MemberDialog::membership() const
{
    Membership m = m_membership;
    m.personId = qMax<qint64>(0, IdPicker::selectedId(m_ui->personCombo));
    m.actorId = qMax<qint64>(0, IdPicker::selectedId(m_ui->organisationCombo));
    // Unchanged from a seat that stood for the person's own organisation: keep it so.
    if (m_membership.actorId == 0 && m.personId == m_membership.personId && m.personId > 0
        && m.actorId == organisationOf(m.personId))
        m.actorId = 0;
    m.role = MemberRole(m_ui->roleCombo->currentData().toInt());
    return m;
}

void MemberDialog::personChosen()
{
    const qint64 person = IdPicker::selectedId(m_ui->personCombo);
    const qint64 current = IdPicker::selectedId(m_ui->organisationCombo);
    // Follow the person, unless the user has chosen another organisation for the seat.
    if (current <= 0 || current == m_autoOrganisation) {
        const qint64 own = organisationOf(person);
        if (own > 0 || current == m_autoOrganisation)
            IdPicker::select(m_ui->organisationCombo, own);
        m_autoOrganisation = own;
    }
    validate();
}

QStringList MemberDialog::problems() const
{
    QStringList out;
    const qint64 person = IdPicker::selectedId(m_ui->personCombo);
    const qint64 organisation = IdPicker::selectedId(m_ui->organisationCombo);
    if (person < 0)
        out << tr("\"%1\" is not in the list of people.").arg(m_ui->personCombo->currentText().trimmed());
    if (organisation < 0)
        out << tr("\"%1\" is not an actor in the register; choose an organisation from the list.")
                   .arg(m_ui->organisationCombo->currentText().trimmed());
    if (person == 0 && organisation == 0)
        out << tr("Choose a person or an organisation for the seat.");
    if (person > 0 && m_seatedPeople.contains(person))
        out << tr("%1 already has a seat in this body.")
                   .arg(m_session->people()->recordAt(m_session->people()->rowOf(person)).name);
    return out;
}

void MemberDialog::validate()
{
    const auto role = MemberRole(m_ui->roleCombo->currentData().toInt());
    m_ui->roleHint->setText(BodyComposition::counts(role)
                                ? tr("Counts towards the composition rules (majority, employer side).")
                                : tr("Takes part without counting towards the composition rules."));
    const QStringList reasons = problems();
    showProblems(m_ui->validationLabel, reasons);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
}
