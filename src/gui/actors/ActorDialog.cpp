#include "ActorDialog.h"

#include "PaletteRoles.h"
#include "ui_ActorDialog.h"

#include "ActorTableModel.h"
#include "OrganisationNumber.h"

#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace {

QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// A rounded square in the area's colour, as on the landscape map.
QIcon swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return QIcon(pixmap);
}

// The area's text colour, readable on the dialog's background in any palette.
QString textColour(Area area, const QPalette &palette)
{
    return PaletteRoles::readableOn(QColor(Classification::textColorName(area)), palette.color(QPalette::Window)).name();
}

} // namespace

ActorDialog::ActorDialog(const ActorTableModel *actors, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActorDialog>())
    , m_actors(actors)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actorDialog"));
    setWindowTitle(tr("New Actor"));
    m_ui->dialogMessage->setAutoHideTimeout(0);

    for (ActorType t : Classification::actorTypes())
        m_ui->typeCombo->addItem(Classification::label(t), int(t));
    for (GeoLevel l : Classification::geoLevels())
        m_ui->levelCombo->addItem(Classification::label(l), int(l));
    m_ui->levelCombo->setCurrentIndex(m_ui->levelCombo->findData(int(GeoLevel::Regional)));

    const int swatchSize = fontMetrics().height() - 4;
    m_areaBoxes = {{m_ui->areaTraining, Area::TrainingMatching},
                   {m_ui->areaGuidance, Area::TransitionGuidance},
                   {m_ui->areaPreparatory, Area::Preparatory}};
    for (const auto &[box, area] : qAsConst(m_areaBoxes)) {
        box->setText(escapeMnemonic(Classification::label(area)));
        box->setIcon(swatch(QColor(Classification::colorName(area)), swatchSize));
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }").arg(textColour(area, palette())));
    }
    m_roleBoxes = {{m_ui->roleEmploys, ActorRole::Employs},
                   {m_ui->roleEducates, ActorRole::Educates},
                   {m_ui->roleGroups, ActorRole::FocusesOnGroups}};
    for (const auto &[box, role] : qAsConst(m_roleBoxes))
        box->setText(escapeMnemonic(Classification::label(role)));

    // Room for the longest reason without the dialog jumping as one types.
    m_ui->orgNumberStatus->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_ui->orgNumberStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->notesEdit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_ui->postalCodeEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 000")) + 24);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ActorDialog::validate);
    connect(m_ui->orgNumberEdit, &QLineEdit::textChanged, this, &ActorDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActorDialog::accept);
    validate();
    m_ui->nameEdit->setFocus();
}

ActorDialog::~ActorDialog() = default;

void ActorDialog::setActor(const Actor &actor)
{
    m_actor = actor;
    setWindowTitle(actor.id ? tr("Edit Actor") : tr("New Actor"));
    m_ui->nameEdit->setText(actor.name);
    m_ui->orgNumberEdit->setText(actor.organisationNumber);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(actor.type)));
    m_ui->levelCombo->setCurrentIndex(m_ui->levelCombo->findData(int(actor.level)));
    m_ui->municipalityEdit->setText(actor.municipality);
    m_ui->addressEdit->setText(actor.address);
    m_ui->postalCodeEdit->setText(actor.postalCode);
    m_ui->cityEdit->setText(actor.city);
    for (const auto &[box, area] : qAsConst(m_areaBoxes))
        box->setChecked(actor.areas.testFlag(area));
    for (const auto &[box, role] : qAsConst(m_roleBoxes))
        box->setChecked(actor.roles.testFlag(role));
    m_ui->notesEdit->setPlainText(actor.notes);
    validate();
}

Actor ActorDialog::actor() const
{
    Actor a = m_actor;
    a.name = m_ui->nameEdit->text().trimmed();
    const QString number = m_ui->orgNumberEdit->text().trimmed();
    const QString normalised = OrganisationNumber::normalise(number);
    a.organisationNumber = normalised.isEmpty() ? number : normalised;
    a.type = ActorType(m_ui->typeCombo->currentData().toInt());
    a.level = GeoLevel(m_ui->levelCombo->currentData().toInt());
    a.municipality = m_ui->municipalityEdit->text().trimmed();
    a.address = m_ui->addressEdit->text().trimmed();
    a.postalCode = m_ui->postalCodeEdit->text().trimmed();
    a.city = m_ui->cityEdit->text().trimmed();
    a.areas = {};
    for (const auto &[box, area] : m_areaBoxes)
        if (box->isChecked())
            a.areas |= area;
    a.roles = {};
    for (const auto &[box, role] : m_roleBoxes)
        if (box->isChecked())
            a.roles |= role;
    a.notes = m_ui->notesEdit->toPlainText().trimmed();
    return a;
}

void ActorDialog::setStatus(QLabel *label, const QString &text, std::optional<PaletteRoles::Role> role)
{
    label->setText(text);
    label->setForegroundRole(QPalette::WindowText);
    const QPalette p = label->palette();
    const QColor colour = role ? PaletteRoles::text(*role, p.color(QPalette::Window), p) : QColor();
    label->setStyleSheet(role ? QStringLiteral("color: %1;").arg(colour.name()) : QString());
}

void ActorDialog::validate()
{
    QLabel *status = m_ui->orgNumberStatus;
    bool numberOk = true;
    const QString number = m_ui->orgNumberEdit->text();
    if (number.trimmed().isEmpty()) {
        setStatus(status, tr("Optional. Ten digits; the last one is a check digit."), std::nullopt);
        status->setForegroundRole(QPalette::PlaceholderText);
    } else {
        QString why;
        const QString normalised = OrganisationNumber::normalise(number, &why);
        if (normalised.isEmpty()) {
            numberOk = false;
            setStatus(status, why, PaletteRoles::Role::Problem);
        } else {
            const Actor *holder = nullptr;
            for (const Actor &other : m_actors->allActors())
                if (other.organisationNumber == normalised && other.id != m_actor.id) {
                    holder = &other;
                    break;
                }
            if (holder) {
                numberOk = false;
                setStatus(status, tr("Already used by %1").arg(holder->name), PaletteRoles::Role::Problem);
            } else {
                setStatus(status, tr("✓ %1").arg(normalised), PaletteRoles::Role::Fine);
            }
        }
    }
    const bool nameOk = !m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(nameOk && numberOk);
}

void ActorDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save) {
        if (Status s = m_save(actor()); !s) {
            m_ui->dialogMessage->showMessage(s.errorMessage(), MessageWidget::Error);
            return;
        }
    }
    QDialog::accept();
}
