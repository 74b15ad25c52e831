#include "AgreementsView.h"

#include "ActorTableModel.h"
#include "AgreementChargesModel.h"
#include "AgreementDialog.h"
#include "AgreementListProxy.h"
#include "AgreementPartyDialog.h"
#include "AgreementTableModel.h"
#include "Clock.h"
#include "CostAllocationPage.h"
#include "AmendmentDialog.h"
#include "InvoiceBasisReport.h"
#include "ReportDocument.h"
#include "PaletteRoles.h"
#include "Session.h"
#include "AgreementService.h"
#include "SharedCostModel.h"
#include "ViewSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString monthsText(int months)
{
    return months == 1 ? AgreementsView::tr("1 month") : AgreementsView::tr("%1 months").arg(months);
}

QString weightText(const Agreement &a, const AgreementParty &p)
{
    switch (a.method) {
    case CostAllocation::Method::Equal:
        return AgreementsView::tr("equal share");
    case CostAllocation::Method::FixedPercent:
        return Money::percentText(int(p.weight));
    case CostAllocation::Method::Proportional:
        return ReportDocument::formatNumber(p.weight);
    }
    return {};
}

void setUpSmallTable(QTableView *table)
{
    setUpRecordTable(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace

AgreementsView::AgreementsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_agreements(new AgreementTableModel(this))
    , m_list(new QTableView(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("agreementsView"));
    m_list->setObjectName(QStringLiteral("agreementsTable"));
    m_list->setAccessibleName(tr("Agreements"));
    auto *proxy = new AgreementListProxy(this);
    proxy->warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    proxy->setSourceModel(m_agreements);
    m_list->setModel(proxy);
    setUpRecordTable(m_list);
    // The list names the agreement and its next deadline; the term and parties are in the details.
    m_list->setColumnHidden(AgreementTableModel::Term, true);
    m_list->setColumnHidden(AgreementTableModel::Parties, true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->horizontalHeader()->setSectionResizeMode(AgreementTableModel::Name, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(AgreementTableModel::NextNotice, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(false);

    auto *placeholder = new QLabel(tr("Select an agreement to see its parties, its term and notice deadline, "
                                      "and how the parties share its costs. Edit > New… adds an agreement."),
                                   m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);

    auto *details = new QWidget(m_stack);
    details->setObjectName(QStringLiteral("agreementDetails"));
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("agreementTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_warnings = new WarningBox(details);
    m_warnings->setObjectName(QStringLiteral("agreementWarnings"));
    m_sections = new QTabWidget(details);
    m_sections->setObjectName(QStringLiteral("agreementSections"));
    m_sections->addTab(createOverviewPage(), tr("Parties and &term"));
    m_costPage = new CostAllocationPage(m_session, details);
    m_sections->addTab(m_costPage, tr("&Cost allocation"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_warnings);
    detailsLayout->addWidget(m_sections, 1);
    m_stack->addWidget(details);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("agreementsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({400, 880});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showAgreement(currentAgreementId()); });
    connect(m_list, &QAbstractItemView::doubleClicked, this, &AgreementsView::editAgreement);
    connect(addReturnAction(m_list), &QAction::triggered, this, &AgreementsView::editAgreement);
    connect(m_costPage, &CostAllocationPage::commitRequested, this, &AgreementsView::commit);
    connect(m_costPage, &CostAllocationPage::errorOccurred, this, &AgreementsView::errorOccurred);
    connect(m_session, &Session::agreementsChanged, this, [this](qint64 id) {
        reload(m_agreementId > 0 ? m_agreementId : id);
    });
    // A party renamed or retyped in the register shows here at once (names come from it).
    connect(m_session->actors(), &QAbstractItemModel::dataChanged, this, [this] { reload(m_agreementId); });
    connect(m_session->actors(), &QAbstractItemModel::modelReset, this, [this] { reload(m_agreementId); });
    reload(0);
    if (m_agreements->rowCount() > 0)
        selectAgreement(m_agreements->agreements().first().id);
}

QWidget *AgreementsView::createOverviewPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("agreementOverview"));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Invoiced by:"), m_host = valueLabel(page));
    m_form->addRow(tr("Term:"), m_term = valueLabel(page));
    m_form->addRow(tr("Notice:"), m_notice = valueLabel(page));
    m_form->addRow(tr("Renewal:"), m_renewal = valueLabel(page));
    m_form->addRow(tr("Next notice deadline:"), m_nextNotice = valueLabel(page));
    m_form->addRow(tr("Valid when:"), m_validity = valueLabel(page));
    m_form->addRow(tr("Notes:"), m_notes = valueLabel(page));
    m_nextNotice->setObjectName(QStringLiteral("nextNoticeLabel"));
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    m_validity->setTextFormat(Qt::RichText);
    m_nextNotice->setTextFormat(Qt::RichText);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    auto *edit = namedButton(tr("&Edit agreement…"), "editAgreementButton", page);
    connect(edit, &QPushButton::clicked, this, &AgreementsView::editAgreement);

    auto *partiesBox = new QGroupBox(tr("Parties"), page);
    m_parties = new QStandardItemModel(0, 5, this);
    m_parties->setHorizontalHeaderLabels({tr("Party"), tr("Type"), tr("Joined"), tr("Leaves"), tr("Share of costs")});
    m_partiesTable = new QTableView(partiesBox);
    m_partiesTable->setObjectName(QStringLiteral("partiesTable"));
    m_partiesTable->setAccessibleName(tr("Parties"));
    m_partiesTable->setModel(m_parties);
    setUpSmallTable(m_partiesTable);
    m_partiesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_partiesTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *addParty = namedButton(tr("&Add party…"), "addPartyButton", partiesBox);
    m_editParty = namedButton(tr("C&hange party…"), "editPartyButton", partiesBox);
    m_removeParty = namedButton(tr("Remove part&y"), "removePartyButton", partiesBox);
    auto *partiesLayout = new QVBoxLayout(partiesBox);
    partiesLayout->addWidget(m_partiesTable, 1);
    partiesLayout->addLayout(buttonRow({addParty, m_editParty, m_removeParty}));

    auto *amendmentsBox = new QGroupBox(tr("Amendments"), page);
    m_amendments = new QStandardItemModel(0, 3, this);
    m_amendments->setHorizontalHeaderLabels({tr("No."), tr("Decided on"), tr("Text")});
    m_amendmentsTable = new QTableView(amendmentsBox);
    m_amendmentsTable->setObjectName(QStringLiteral("amendmentsTable"));
    m_amendmentsTable->setAccessibleName(tr("Amendments"));
    m_amendmentsTable->setModel(m_amendments);
    setUpSmallTable(m_amendmentsTable);
    m_amendmentsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_amendmentsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *addAmendment = namedButton(tr("Add a&mendment…"), "addAmendmentButton", amendmentsBox);
    m_editAmendment = namedButton(tr("Change amen&dment…"), "editAmendmentButton", amendmentsBox);
    m_removeAmendment = namedButton(tr("Remove amendme&nt"), "removeAmendmentButton", amendmentsBox);
    auto *amendmentsLayout = new QVBoxLayout(amendmentsBox);
    amendmentsLayout->addWidget(m_amendmentsTable, 1);
    amendmentsLayout->addLayout(buttonRow({addAmendment, m_editAmendment, m_removeAmendment}));

    auto *top = new QHBoxLayout;
    top->addLayout(m_form, 1);
    auto *editColumn = new QVBoxLayout;
    editColumn->addWidget(edit);
    editColumn->addStretch(1);
    top->addLayout(editColumn);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(partiesBox, 3);
    layout->addWidget(amendmentsBox, 2);

    connect(addParty, &QPushButton::clicked, this, &AgreementsView::addParty);
    connect(m_editParty, &QPushButton::clicked, this, &AgreementsView::editParty);
    connect(m_removeParty, &QPushButton::clicked, this, &AgreementsView::removeParty);
    connect(m_partiesTable, &QAbstractItemView::doubleClicked, this, &AgreementsView::editParty);
    connect(addReturnAction(m_partiesTable), &QAction::triggered, this, &AgreementsView::editParty);
    connect(addAmendment, &QPushButton::clicked, this, &AgreementsView::addAmendment);
    connect(m_editAmendment, &QPushButton::clicked, this, &AgreementsView::editAmendment);
    connect(m_removeAmendment, &QPushButton::clicked, this, &AgreementsView::removeAmendment);
    connect(m_amendmentsTable, &QAbstractItemView::doubleClicked, this, &AgreementsView::editAmendment);
    connect(addReturnAction(m_amendmentsTable), &QAction::triggered, this, &AgreementsView::editAmendment);
    connect(m_partiesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgreementsView::updateButtons);
    connect(m_amendmentsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgreementsView::updateButtons);
    return page;
}

void AgreementsView::reload(qint64 select)
{
    auto all = m_session->agreementService().all();
    if (!all) {
        emit errorOccurred(all.errorMessage());
        return;
    }
    const QSignalBlocker blocker(m_list->selectionModel());
    m_agreements->setAgreements(std::move(all).value());
    m_agreementId = 0;
    selectAgreement(select);
    showAgreement(m_agreements->rowOf(select) >= 0 ? select : 0);
}

qint64 AgreementsView::currentAgreementId() const
{
    const QModelIndex index = m_list->selectionModel()->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(AgreementTableModel::IdRole).toLongLong() : 0;
}

void AgreementsView::selectAgreement(qint64 id)
{
    const int row = m_agreements->rowOf(id);
    if (row < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    m_list->selectionModel()->setCurrentIndex(m_list->model()->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AgreementsView::refreshToday()
{
    m_agreements->setToday(Clock::today());
    refreshDetails();
}

const Agreement *AgreementsView::current() const
{
    return m_agreements->agreement(m_agreementId);
}

void AgreementsView::showAgreement(qint64 id)
{
    m_agreementId = m_agreements->rowOf(id) >= 0 ? id : 0;
    m_stack->setCurrentIndex(m_agreementId > 0 ? 1 : 0);
    refreshDetails();
}

void AgreementsView::refreshDetails()
{
    const Agreement *a = current();
    if (!a) {
        updateButtons();
        return;
    }
    m_title->setText(a->name);
    QStringList warnings = a->warningsAhead(Clock::today());
    m_warnings->setWarnings(warnings);

    m_host->setText(a->hostName().isEmpty() ? tr("none named") : a->hostName());
    m_term->setText(tr("%1 to %2 (the first term)").arg(iso(a->term.start()), iso(a->term.initialEnd())));
    m_notice->setText(tr("at the latest %1 before the end of the first term, that is by %2")
                          .arg(monthsText(a->term.noticeMonths()), iso(a->term.noticeDeadline(0))));
    m_renewal->setText(a->term.renews()
                           ? tr("without notice, extended %1 at a time, with %2' notice before each end")
                                 .arg(monthsText(a->term.renewalMonths()), monthsText(a->term.renewalNoticeMonths()))
                           : tr("not renewed: ends on %1").arg(iso(a->term.initialEnd())));
    if (const auto n = a->term.nextNotice(Clock::today())) {
        const qint64 days = Clock::today().daysTo(n->deadline);
        m_nextNotice->setText(tr("<b>%1</b> (in %2 days): notice by then ends the agreement on %3; "
                                 "otherwise it runs to %4")
                                  .arg(iso(n->deadline), QString::number(days), iso(n->termEnd), iso(n->extendedTo)));
    } else {
        m_nextNotice->setText(tr("none: the agreement is not renewed"));
    }
    const int municipalities = a->municipalitiesOn(Clock::today());
    const QStringList problems = a->validityProblems(Clock::today());
    const QString rule = a->regionRequired
        ? tr("at least %1 municipalities and the region are parties").arg(a->minimumMunicipalities)
        : tr("at least %1 municipalities are parties").arg(a->minimumMunicipalities);
    auto coloured = [this](const QString &text, PaletteRoles::Role role) {
        const QColor c = PaletteRoles::text(role, palette().color(QPalette::Window), palette());
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(c.name(), text);
    };
    m_validity->setText(problems.isEmpty()
                            ? tr("%1 — %2 (%3 municipalities today)")
                                  .arg(rule.toHtmlEscaped(), coloured(tr("met"), PaletteRoles::Role::Fine))
                                  .arg(municipalities)
                            : tr("%1 — %2: %3")
                                  .arg(rule.toHtmlEscaped(),
                                       coloured(QStringLiteral("<b>%1</b>").arg(tr("not met")), PaletteRoles::Role::Problem),
                                       problems.join(QLatin1Char(' ')).toHtmlEscaped()));
    m_notes->setText(a->notes);
    m_form->setRowVisible(m_notes, !a->notes.isEmpty());

    const int partyRow = selectedRow(m_partiesTable);
    m_parties->setRowCount(0);
    for (const AgreementParty &p : a->parties) {
        QList<QStandardItem *> row{new QStandardItem(p.name), new QStandardItem(Classification::label(p.type)),
                                   new QStandardItem(p.joinedOn.isValid() ? iso(p.joinedOn) : tr("from the start")),
                                   new QStandardItem(p.leftOn.isValid() ? iso(p.leftOn) : QString()),
                                   new QStandardItem(weightText(*a, p))};
        row.at(4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!p.isPartyOn(Clock::today()))
            for (QStandardItem *item : row)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
        if (p.actorId == a->hostActorId)
            row.at(0)->setText(tr("%1 (invoices)").arg(p.name));
        m_parties->appendRow(row);
    }
    if (partyRow >= 0 && partyRow < m_parties->rowCount())
        m_partiesTable->selectRow(partyRow);

    const int amendmentRow = selectedRow(m_amendmentsTable);
    m_amendments->setRowCount(0);
    for (const Amendment &am : a->amendments)
        m_amendments->appendRow({new QStandardItem(QString::number(am.number)), new QStandardItem(iso(am.date)),
                                 new QStandardItem(am.text)});
    if (amendmentRow >= 0 && amendmentRow < m_amendments->rowCount())
        m_amendmentsTable->selectRow(amendmentRow);

    m_costPage->showAgreement(a, Clock::today());
    updateButtons();
}

int AgreementsView::selectedRow(QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AgreementsView::updateButtons()
{
    const Agreement *a = current();
    const int party = selectedRow(m_partiesTable);
    m_editParty->setEnabled(a && party >= 0);
    m_removeParty->setEnabled(a && party >= 0);
    const int amendment = selectedRow(m_amendmentsTable);
    m_editAmendment->setEnabled(a && amendment >= 0);
    m_removeAmendment->setEnabled(a && amendment >= 0);
}

int AgreementsView::invoiceYear() const
{
    return m_costPage->invoiceYear();
}

void AgreementsView::setInvoiceYear(int year)
{
    m_costPage->setInvoiceYear(year);
}

void AgreementsView::commit(const Agreement &changed, const QString &undoText)
{
    if (Status s = m_session->agreementService().edit(changed, undoText); !s) {
        emit errorOccurred(s.errorMessage());
        refreshDetails(); // back to what is stored
    }
}

// ---- the agreement ----

void AgreementsView::addNew()
{
    if (current() && m_partiesTable->hasFocus())
        return addParty();
    if (current() && m_amendmentsTable->hasFocus())
        return addAmendment();
    AgreementDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->agreementService().add(dialog.agreement());
    if (!id) {
        emit errorOccurred(id.errorMessage());
        return;
    }
    selectAgreement(*id);
}

void AgreementsView::editSelected()
{
    if (current() && m_partiesTable->hasFocus())
        return editParty();
    if (current() && m_amendmentsTable->hasFocus())
        return editAmendment();
    editAgreement();
}

void AgreementsView::deleteSelected()
{
    if (current() && m_partiesTable->hasFocus())
        return removeParty();
    if (current() && m_amendmentsTable->hasFocus())
        return removeAmendment();
    if (current() && m_costPage->costsHaveFocus())
        return removeCost();
    const qint64 id = currentAgreementId();
    if (id <= 0)
        return;
    // No confirmation: deleting is one step on the undo stack.
    if (Status s = m_session->agreementService().remove(id); !s)
        emit errorOccurred(s.errorMessage());
}

void AgreementsView::editAgreement()
{
    const Agreement *a = current();
    if (!a)
        return;
    AgreementDialog dialog(m_session, this);
    dialog.setAgreement(*a);
    if (dialog.exec() == QDialog::Accepted)
        commit(dialog.agreement(), QString());
}

// ---- parties ----

void AgreementsView::addParty()
{
    const Agreement *a = current();
    if (!a)
        return;
    const Agreement agreement = *a;
    AgreementPartyDialog dialog(m_session, agreement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Agreement changed = agreement;
    changed.parties.append(dialog.party());
    commit(changed, tr("Add %1 as a party to %2").arg(dialog.party().name, agreement.name));
}

void AgreementsView::editParty()
{
    const Agreement *a = current();
    const int row = selectedRow(m_partiesTable);
    if (!a || row < 0 || row >= a->parties.size())
        return;
    const Agreement agreement = *a;
    AgreementPartyDialog dialog(m_session, agreement, this);
    dialog.setParty(agreement.parties.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Agreement changed = agreement;
    changed.parties[row] = dialog.party();
    commit(changed, tr("Change the party %1 of %2").arg(dialog.party().name, agreement.name));
}

void AgreementsView::removeParty()
{
    const Agreement *a = current();
    const int row = selectedRow(m_partiesTable);
    if (!a || row < 0 || row >= a->parties.size())
        return;
    Agreement changed = *a;
    const AgreementParty gone = changed.parties.takeAt(row);
    if (changed.hostActorId == gone.actorId)
        changed.hostActorId = 0;
    commit(changed, tr("Remove %1 from %2").arg(gone.name, a->name));
}

// ---- amendments ----

void AgreementsView::addAmendment()
{
    const Agreement *a = current();
    if (!a)
        return;
    const Agreement agreement = *a;
    AmendmentDialog dialog(agreement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Agreement changed = agreement;
    changed.amendments.append(dialog.amendment());
    std::sort(changed.amendments.begin(), changed.amendments.end(),
              [](const Amendment &x, const Amendment &y) { return x.number < y.number; });
    commit(changed, tr("Add amendment %1 to %2").arg(dialog.amendment().number).arg(agreement.name));
}

void AgreementsView::editAmendment()
{
    const Agreement *a = current();
    const int row = selectedRow(m_amendmentsTable);
    if (!a || row < 0 || row >= a->amendments.size())
        return;
    const Agreement agreement = *a;
    AmendmentDialog dialog(agreement, this);
    dialog.setAmendment(agreement.amendments.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Agreement changed = agreement;
    changed.amendments[row] = dialog.amendment();
    std::sort(changed.amendments.begin(), changed.amendments.end(),
              [](const Amendment &x, const Amendment &y) { return x.number < y.number; });
    commit(changed, tr("Change amendment %1 to %2").arg(dialog.amendment().number).arg(agreement.name));
}

void AgreementsView::removeAmendment()
{
    const Agreement *a = current();
    const int row = selectedRow(m_amendmentsTable);
    if (!a || row < 0 || row >= a->amendments.size())
        return;
    Agreement changed = *a;
    const Amendment gone = changed.amendments.takeAt(row);
    commit(changed, tr("Remove amendment %1 from %2").arg(gone.number).arg(a->name));
}

// ---- cost allocation (the page does the work) ----

void AgreementsView::addCost()
{
    m_costPage->addCost();
}

void AgreementsView::removeCost()
{
    m_costPage->removeCost();
}

void AgreementsView::addYear()
{
    m_costPage->addYear();
}

// ---- printing ----

std::unique_ptr<ReportDocument> AgreementsView::makeReport() const
{
    const Agreement *a = current();
    if (!a) {
        emit const_cast<AgreementsView *>(this)->errorOccurred(tr("Select an agreement to print its invoice basis."));
        return nullptr;
    }
    const int year = invoiceYear();
    if (year <= 0) {
        emit const_cast<AgreementsView *>(this)->errorOccurred(
            tr("%1 has no shared costs yet, so there is no invoice basis to print.").arg(a->name));
        return nullptr;
    }
    auto report = InvoiceBasisReport::create(*a, year, 0, Clock::today());
    if (!report) {
        emit const_cast<AgreementsView *>(this)->errorOccurred(report.errorMessage());
        return nullptr;
    }
    return std::move(report).value();
}

QString AgreementsView::pdfFileName() const
{
    return tr("invoice-basis-%1.pdf").arg(invoiceYear() > 0 ? QString::number(invoiceYear()) : QString())
        .replace(QStringLiteral("-.pdf"), QStringLiteral(".pdf"));
}
