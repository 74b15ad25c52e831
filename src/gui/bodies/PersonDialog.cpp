#include "PersonDialog.h"
#include "ui_PersonDialog.h"

#include "PersonService.h"
#include "Session.h"
#include "ViewSupport.h"

#include <QPushButton>

PersonDialog::PersonDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PersonDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New person"));
    IdPicker::fillActors(m_ui->organisationCombo, m_session);
    m_ui->notesEdit->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->emailEdit})
        connect(edit, &QLineEdit::textChanged, this, &PersonDialog::validate);
    connect(m_ui->organisationCombo, &QComboBox::currentTextChanged, this, &PersonDialog::validate);
    validate();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::setPerson(const Person &person)
{
    m_person = person;
    setWindowTitle(person.id > 0 ? tr("Edit %1").arg(person.name) : tr("New person"));
    m_ui->nameEdit->setText(person.name);
    m_ui->titleEdit->setText(person.title);
    IdPicker::select(m_ui->organisationCombo, person.actorId);
    m_ui->emailEdit->setText(person.email);
    m_ui->phoneEdit->setText(person.phone);
    m_ui->partyEdit->setText(person.party);
    m_ui->notesEdit->setPlainText(person.notes);
    validate();
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.name = m_ui->nameEdit->text().trimmed();
    p.title = m_ui->titleEdit->text().trimmed();
    p.actorId = qMax<qint64>(0, IdPicker::selectedId(m_ui->organisationCombo));
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.party = m_ui->partyEdit->text().trimmed();
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    return p;
}

QStringList PersonDialog::problems() const
{
    Person p = person();
    QStringList out = PersonService::problems(p); // the same rules as the database's
    if (IdPicker::selectedId(m_ui->organisationCombo) < 0)
        out << tr("\"%1\" is not an actor in the register; choose an organisation from the list.")
                   .arg(m_ui->organisationCombo->currentText().trimmed());
    return out;
}

void PersonDialog::validate()
{
    const QStringList reasons = problems();
    showProblems(m_ui->validationLabel, reasons);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
}
