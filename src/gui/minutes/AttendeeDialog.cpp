#include "AttendeeDialog.h"

#include "PaletteRoles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

AttendeeDialog::AttendeeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("attendeeDialog"));
    setWindowTitle(tr("Others present"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("attendeeName"));
    m_organisation = new QLineEdit;
    m_organisation->setObjectName(QStringLiteral("attendeeOrganisation"));
    m_party = new QLineEdit;
    m_party->setObjectName(QStringLiteral("attendeeParty"));
    m_party->setMaximumWidth(80);
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Party:"), m_party);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendeeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendeeDialog::reject);
}

Attendee AttendeeDialog::attendee() const
{
    Attendee a;
    a.name = m_name->text().trimmed();
    a.organisation = m_organisation->text().trimmed();
    a.party = m_party->text().trimmed();
    a.member = false;
    return a;
}

void AttendeeDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Write the name of the person present."));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}
