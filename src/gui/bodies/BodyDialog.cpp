#include "BodyDialog.h"
#include "ui_BodyDialog.h"

#include "Session.h"
#include "ViewSupport.h"

#include <QPushButton>
#include <QSet>

namespace {
template <typename E>
void selectData(QComboBox *combo, E value)
{
    const int i = combo->findData(int(value));
    if (i >= 0)
        combo->setCurrentIndex(i);
}

template <typename E>
E dataOf(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}
} // namespace

BodyDialog::BodyDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BodyDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New body"));
    for (BodyKind k : Classification::bodyKinds())
        m_ui->kindCombo->addItem(Classification::label(k), int(k));
    m_ui->areaCombo->addItem(IdPicker::noneText(), int(Area::None));
    for (Area a : Classification::areas()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(Classification::colorName(a)));
        m_ui->areaCombo->addItem(QIcon(swatch), Classification::label(a), int(a));
    }
    for (GeoLevel l : {GeoLevel::Regional, GeoLevel::Local}) // a body is regional or local
        m_ui->levelCombo->addItem(Classification::label(l), int(l));
    IdPicker::fillActors(m_ui->ownerCombo, m_session);
    fillParents(0);
    m_ui->notesEdit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_ui->numberingCombo->addItem(tr("From § 1 at every meeting"), int(ItemNumbering::PerMeeting));
    m_ui->numberingCombo->addItem(tr("Running through the year"), int(ItemNumbering::RunningPerYear));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &BodyDialog::validate);
    connect(m_ui->ownerCombo, &QComboBox::currentTextChanged, this, &BodyDialog::validate);
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool local = dataOf<GeoLevel>(m_ui->levelCombo) == GeoLevel::Local;
        m_ui->municipalityEdit->setPlaceholderText(local ? tr("The municipality of the local body")
                                                         : tr("For a local body"));
    });
    validate();
}

BodyDialog::~BodyDialog() = default;

// "(none)" and every other body except those under this one (no body may end up under itself).
void BodyDialog::fillParents(qint64 self)
{
    const BodyList &all = m_session->bodies()->records();
    QSet<qint64> excluded;
    if (self > 0) {
        excluded.insert(self);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Body &b : all)
                if (!excluded.contains(b.id) && excluded.contains(b.parentBodyId)) {
                    excluded.insert(b.id);
                    grew = true;
                }
        }
    }
    QVector<IdPicker::Entry> entries;
    for (const Body &b : all)
        if (!excluded.contains(b.id))
            entries.append({b.id, b.name});
    IdPicker::fill(m_ui->parentCombo, std::move(entries), true);
}

void BodyDialog::setBody(const Body &body)
{
    m_body = body;
    setWindowTitle(body.id > 0 ? tr("Edit %1").arg(body.name) : tr("New body"));
    fillParents(body.id);
    m_ui->nameEdit->setText(body.name);
    selectData(m_ui->kindCombo, body.kind);
    selectData(m_ui->areaCombo, body.area);
    selectData(m_ui->levelCombo, body.level);
    IdPicker::select(m_ui->ownerCombo, body.ownerActorId);
    IdPicker::select(m_ui->parentCombo, body.parentBodyId);
    m_ui->municipalityEdit->setText(body.municipality);
    m_ui->notesEdit->setPlainText(body.notes);
    selectData(m_ui->numberingCombo, body.itemNumbering);
    validate();
}

Body BodyDialog::body() const
{
    Body b = m_body;
    b.name = m_ui->nameEdit->text().trimmed();
    b.kind = dataOf<BodyKind>(m_ui->kindCombo);
    b.area = dataOf<Area>(m_ui->areaCombo);
    b.level = dataOf<GeoLevel>(m_ui->levelCombo);
    b.ownerActorId = qMax<qint64>(0, IdPicker::selectedId(m_ui->ownerCombo));
    b.parentBodyId = IdPicker::selectedId(m_ui->parentCombo);
    b.municipality = m_ui->municipalityEdit->text().trimmed();
    b.notes = m_ui->notesEdit->toPlainText().trimmed();
    b.itemNumbering = dataOf<ItemNumbering>(m_ui->numberingCombo);
    return b;
}

QStringList BodyDialog::problems() const
{
    QStringList out;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        out << tr("Enter the name of the body.");
    if (IdPicker::selectedId(m_ui->ownerCombo) < 0)
        out << tr("\"%1\" is not an actor in the register; choose the owner from the list.")
                   .arg(m_ui->ownerCombo->currentText().trimmed());
    return out;
}

void BodyDialog::validate()
{
    const QStringList reasons = problems();
    showProblems(m_ui->validationLabel, reasons);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
}
