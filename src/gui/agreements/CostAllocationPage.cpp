#include "CostAllocationPage.h"

#include "PaletteRoles.h"

#include "Clock.h"

#include "AgreementChargesModel.h"
#include "CostAllocation.h"
#include "Session.h"
#include "AgreementService.h"
#include "SharedCostModel.h"
#include "ViewSupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

CostAllocationPage::CostAllocationPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(Clock::today())
{
    setObjectName(QStringLiteral("agreementCosts"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (auto m : {CostAllocation::Method::Equal, CostAllocation::Method::FixedPercent,
                   CostAllocation::Method::Proportional})
        m_method->addItem(CostAllocation::label(m), int(m));
    m_basis = new QLineEdit(this);
    m_basis->setObjectName(QStringLiteral("basisEdit"));
    m_basis->setPlaceholderText(tr("e.g. Population"));
    m_basisLabel = new QLabel(tr("Shared &by:"), this);
    m_basisLabel->setBuddy(m_basis);
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(methodLabel);
    methodRow->addWidget(m_method);
    methodRow->addSpacing(12);
    methodRow->addWidget(m_basisLabel);
    methodRow->addWidget(m_basis, 1);
    methodRow->addStretch(1);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *methodHint = new QLabel(tr("Each party's percentage or number is set under Parties and term "
                                     "(Change party…)."), this);
    methodHint->setWordWrap(true);
    methodHint->setForegroundRole(QPalette::PlaceholderText);

    auto *costsBox = new QGroupBox(tr("Shared costs per year"), this);
    m_costs = new SharedCostModel(this);
    m_costs->setCommit([this](const Agreement &a, const QString &text) {
        return m_session->agreementService().edit(a, text);
    });
    m_costsTable = new QTableView(costsBox);
    m_costsTable->setObjectName(QStringLiteral("costsTable"));
    m_costsTable->setAccessibleName(tr("Shared costs"));
    m_costsTable->setModel(m_costs);
    setUpRecordTable(m_costsTable);
    m_costsTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_costsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_costsTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_costsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_costsTable->horizontalHeader()->setStretchLastSection(false);
    m_costsTable->setTextElideMode(Qt::ElideMiddle);
    auto *addCost = namedButton(tr("Add c&ost"), "addCostButton", costsBox);
    m_removeCost = namedButton(tr("Remove cos&t"), "removeCostButton", costsBox);
    auto *addYear = namedButton(tr("Add &year"), "addYearButton", costsBox);
    auto *costsLayout = new QVBoxLayout(costsBox);
    costsLayout->addWidget(m_costsTable, 1);
    costsLayout->addLayout(buttonRow({addCost, m_removeCost, addYear}));

    auto *chargesBox = new QGroupBox(tr("What each party pays per year"), this);
    m_charges = new AgreementChargesModel(this);
    m_chargesTable = new QTableView(chargesBox);
    m_chargesTable->setObjectName(QStringLiteral("chargesTable"));
    m_chargesTable->setAccessibleName(tr("What each party pays per year"));
    m_chargesTable->setModel(m_charges);
    setUpRecordTable(m_chargesTable);
    m_chargesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chargesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_allocationProblems = new QLabel(chargesBox);
    m_allocationProblems->setObjectName(QStringLiteral("allocationProblems"));
    m_allocationProblems->setWordWrap(true);
    m_allocationProblems->setStyleSheet(QStringLiteral("color: %1;").arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name()));
    m_invoiceYear = new QComboBox(chargesBox);
    m_invoiceYear->setObjectName(QStringLiteral("invoiceYearCombo"));
    auto *invoiceLabel = new QLabel(tr("Invoice basis for &year:"), chargesBox);
    invoiceLabel->setBuddy(m_invoiceYear);
    auto *invoiceHint = new QLabel(tr("File > Print or Export as PDF prints it."), chargesBox);
    invoiceHint->setForegroundRole(QPalette::PlaceholderText);
    auto *invoiceRow = new QHBoxLayout;
    invoiceRow->addWidget(invoiceLabel);
    invoiceRow->addWidget(m_invoiceYear);
    invoiceRow->addWidget(invoiceHint);
    invoiceRow->addStretch(1);
    auto *chargesLayout = new QVBoxLayout(chargesBox);
    chargesLayout->addWidget(m_chargesTable, 1);
    chargesLayout->addWidget(m_allocationProblems);
    chargesLayout->addLayout(invoiceRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(methodRow);
    layout->addWidget(methodHint);
    layout->addWidget(costsBox, 1);
    layout->addWidget(chargesBox, 1);

    connect(m_method, &QComboBox::activated, this, &CostAllocationPage::setMethod);
    connect(m_basis, &QLineEdit::editingFinished, this, [this] {
        if (!m_agreement || m_basis->text().trimmed() == m_agreement->basisLabel)
            return;
        Agreement changed = *m_agreement;
        changed.basisLabel = m_basis->text().trimmed();
        emit commitRequested(changed, tr("Share %1 by %2").arg(m_agreement->name, changed.basisLabel));
    });
    connect(m_costs, &SharedCostModel::refused, this, &CostAllocationPage::errorOccurred);
    connect(addCost, &QPushButton::clicked, this, &CostAllocationPage::addCost);
    connect(m_removeCost, &QPushButton::clicked, this, &CostAllocationPage::removeCost);
    connect(addYear, &QPushButton::clicked, this, &CostAllocationPage::addYear);
    connect(m_costsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CostAllocationPage::updateButtons);
    updateButtons();
}

void CostAllocationPage::showAgreement(const Agreement *agreement, QDate today)
{
    if (!agreement || !m_agreement || agreement->id != m_agreement->id)
        m_extraYears = 0;
    m_today = today;
    if (!agreement) {
        m_agreement.reset();
        updateButtons();
        return;
    }
    m_agreement = *agreement;
    const Agreement *a = agreement;
    m_method->setCurrentIndex(m_method->findData(int(a->method)));
    const bool proportional = a->method == CostAllocation::Method::Proportional;
    m_basis->setText(a->basisLabel);
    m_basis->setVisible(proportional);
    m_basisLabel->setVisible(proportional);
    const QVector<int> ys = years();
    // An edit typed into the grid is saved while its editor is still open: the grid is
    // reset (with what is stored then) once the editor has closed, not under it.
    if (m_costs->isCommitting())
        QTimer::singleShot(0, m_costs, [this] { resetCostGrid(); });
    else
        resetCostGrid();
    m_charges->setAgreement(*a, ys);
    m_allocationProblems->setText(m_charges->problems().join(QLatin1Char('\n')));
    m_allocationProblems->setVisible(!m_charges->problems().isEmpty());

    const int year = m_invoiceYear->currentData().toInt();
    m_invoiceYear->clear();
    for (int y : a->costYears())
        m_invoiceYear->addItem(QString::number(y), y);
    const int keep = m_invoiceYear->findData(year > 0 ? year : m_today.year());
    m_invoiceYear->setCurrentIndex(keep >= 0 ? keep : 0);
    updateButtons();
}

QVector<int> CostAllocationPage::years() const
{
    if (!m_agreement)
        return {};
    const Agreement *a = &*m_agreement;
    int first = a->term.start().year();
    int last = a->term.initialEnd().year();
    for (int y : a->costYears()) {
        first = qMin(first, y);
        last = qMax(last, y);
    }
    last += m_extraYears;
    QVector<int> out;
    for (int y = first; y <= last && y - first < 100; ++y)
        out << y;
    return out;
}

void CostAllocationPage::resetCostGrid()
{
    if (!m_agreement)
        return;
    const QModelIndex costIndex = m_costsTable->currentIndex();
    m_costs->setAgreement(*m_agreement, years());
    if (costIndex.isValid())
        m_costsTable->setCurrentIndex(m_costs->index(costIndex.row(), costIndex.column()));
}

void CostAllocationPage::updateButtons()
{
    const QModelIndex cost = m_costsTable->currentIndex();
    m_removeCost->setEnabled(m_agreement && cost.isValid() && !m_costs->isTotalRow(cost.row()));
}

bool CostAllocationPage::costsHaveFocus() const
{
    return m_costsTable->hasFocus();
}

int CostAllocationPage::invoiceYear() const
{
    return m_invoiceYear->currentData().toInt();
}

void CostAllocationPage::setInvoiceYear(int year)
{
    const int i = m_invoiceYear->findData(year);
    if (i >= 0)
        m_invoiceYear->setCurrentIndex(i);
}


void CostAllocationPage::setMethod(int index)
{
    if (!m_agreement)
        return;
    const Agreement *a = &*m_agreement;
    const auto method = CostAllocation::Method(m_method->itemData(index).toInt());
    if (method == a->method)
        return;
    Agreement changed = *a;
    changed.method = method;
    if (method == CostAllocation::Method::FixedPercent) {
        // A start that adds up: equal percentages, the rounding on the first parties.
        const QVector<qint64> shares = CostAllocation::largestRemainder(10000, QVector<qint64>(changed.parties.size(), 1));
        for (int i = 0; i < changed.parties.size(); ++i)
            changed.parties[i].weight = shares.at(i);
    } else if (method == CostAllocation::Method::Proportional) {
        for (AgreementParty &p : changed.parties)
            p.weight = p.weight > 0 ? p.weight : 1;
    }
    emit commitRequested(changed, tr("Share the costs of %1: %2").arg(a->name, CostAllocation::label(method)));
}

void CostAllocationPage::addCost()
{
    if (!m_agreement)
        return;
    Agreement changed = *m_agreement;
    QString name = tr("New shared cost");
    for (int n = 2; std::any_of(changed.costs.cbegin(), changed.costs.cend(),
                                [&](const SharedCost &c) { return c.name == name; });
         ++n)
        name = tr("New shared cost %1").arg(n);
    changed.costs.append({name, {}});
    emit commitRequested(changed, tr("Add %1 to %2").arg(name, changed.name));
    const QModelIndex index = m_costs->index(int(changed.costs.size()) - 1, 0);
    m_costsTable->setCurrentIndex(index);
    m_costsTable->edit(index);
}

void CostAllocationPage::removeCost()
{
    const Agreement *a = m_agreement ? &*m_agreement : nullptr;
    const QModelIndex index = m_costsTable->currentIndex();
    if (!a || !index.isValid() || index.row() >= a->costs.size())
        return;
    Agreement changed = *a;
    const SharedCost gone = changed.costs.takeAt(index.row());
    emit commitRequested(changed, tr("Remove %1 from %2").arg(gone.name, a->name));
}

void CostAllocationPage::addYear()
{
    if (!m_agreement)
        return;
    ++m_extraYears;
    const Agreement shown = *m_agreement;
    showAgreement(&shown, m_today);
}
