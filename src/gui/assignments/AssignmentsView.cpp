#include "AssignmentsView.h"

#include "Clock.h"

#include "AssignmentListReport.h"
#include "Session.h"
#include "AssignmentService.h"
#include "SwedishCollation.h"
#include "ViewSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

AssignmentsView::AssignmentsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AssignmentTableModel(this))
    , m_proxy(new SwedishSortFilterProxy(this))
    , m_person(new QLineEdit(this))
    , m_body(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue on&ly"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_done(button(tr("Mark &done"), "markDone", tr("Mark the selected assignment done (Undo takes it back)"), this))
    , m_carryOn(button(tr("&Carry on"), "carryOn",
                       tr("The selected assignment is carried on to a later meeting"), this))
    , m_reopen(button(tr("Re&open"), "reopen", tr("Open the selected assignment again"), this))
{
    setObjectName(QStringLiteral("assignmentsView"));
    m_model->setToday(Clock::today());

    m_person->setObjectName(QStringLiteral("assignmentPerson"));
    m_person->setClearButtonEnabled(true);
    m_person->setPlaceholderText(tr("Responsible person"));
    m_person->setAccessibleName(tr("Responsible person"));
    m_body->setObjectName(QStringLiteral("assignmentBody"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_body->setMinimumContentsLength(24);
    m_status->setObjectName(QStringLiteral("assignmentStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), int(AssignmentFilter::Status::All));
    m_status->addItem(tr("Open"), int(AssignmentFilter::Status::Open));
    m_status->addItem(tr("Done"), int(AssignmentFilter::Status::Done));
    m_status->addItem(tr("Carried on"), int(AssignmentFilter::Status::CarriedOn));
    m_overdue->setObjectName(QStringLiteral("assignmentOverdue"));
    m_count->setObjectName(QStringLiteral("assignmentCount"));

    auto *personLabel = new QLabel(tr("Pe&rson:"), this);
    personLabel->setBuddy(m_person);
    auto *bodyLabel = new QLabel(tr("Bod&y:"), this);
    bodyLabel->setBuddy(m_body);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(personLabel);
    filters->addWidget(m_person, 1);
    filters->addSpacing(8);
    filters->addWidget(bodyLabel);
    filters->addWidget(m_body, 1);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);

    m_table->setObjectName(QStringLiteral("assignmentsTable"));
    m_table->setAccessibleName(tr("Assignments"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AssignmentTableModel::SortRole);
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order (oldest meeting first) until a header is clicked
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AssignmentTableModel::Task, QHeaderView::Stretch);
    m_table->setColumnWidth(AssignmentTableModel::Responsible, 170);
    m_table->setColumnWidth(AssignmentTableModel::Due, 95);
    m_table->setColumnWidth(AssignmentTableModel::Status, 95);
    m_table->setColumnWidth(AssignmentTableModel::Body, 240);
    m_table->setColumnWidth(AssignmentTableModel::MeetingDate, 105);
    m_table->setColumnWidth(AssignmentTableModel::Item, 55);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_carryOn);
    buttons->addWidget(m_reopen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_person, &QLineEdit::textChanged, this, &AssignmentsView::applyFilter);
    connect(m_body, &QComboBox::currentIndexChanged, this, &AssignmentsView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AssignmentsView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &AssignmentsView::applyFilter);
    connect(m_done, &QPushButton::clicked, this, &AssignmentsView::markDone);
    connect(m_carryOn, &QPushButton::clicked, this, &AssignmentsView::carryOn);
    connect(m_reopen, &QPushButton::clicked, this, &AssignmentsView::reopen);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AssignmentsView::editSelected);
    connect(addReturnAction(m_table), &QAction::triggered, this, &AssignmentsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssignmentsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AssignmentsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateButtons();
    });

    connect(m_session, &Session::assignmentsChanged, this, &AssignmentsView::reload);
    connect(m_session, &Session::minutesChanged, this, &AssignmentsView::reload);
    QAbstractItemModel *bodies = m_session->bodies();
    connect(bodies, &QAbstractItemModel::modelReset, this, &AssignmentsView::fillBodies);
    connect(bodies, &QAbstractItemModel::rowsInserted, this, &AssignmentsView::fillBodies);
    connect(bodies, &QAbstractItemModel::rowsRemoved, this, &AssignmentsView::fillBodies);
    connect(bodies, &QAbstractItemModel::dataChanged, this, &AssignmentsView::fillBodies);

    fillBodies();
    reload();
}

void AssignmentsView::refreshToday()
{
    m_model->setToday(Clock::today());
}

void AssignmentsView::fillBodies()
{
    const qint64 selected = m_body->currentData().toLongLong();
    QVector<Body> bodies = m_session->bodies()->records();
    std::sort(bodies.begin(), bodies.end(),
              [](const Body &a, const Body &b) { return SwedishCollation::compare(a.name, b.name) < 0; });
    const QSignalBlocker blocker(m_body);
    m_body->clear();
    m_body->addItem(tr("All bodies"), qint64(0));
    for (const Body &b : bodies)
        m_body->addItem(b.name, b.id);
    const int index = m_body->findData(selected);
    m_body->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && selected != 0)
        applyFilter(); // the body filtered on is gone
}

void AssignmentsView::reload()
{
    const AssignmentRecord *before = selectedAssignment();
    const qint64 keep = before ? before->assignment.id : 0;
    auto records = m_session->assignmentService().assignments();
    if (!records) {
        emit errorOccurred(records.errorMessage());
        return;
    }
    m_model->setRecords(std::move(records).value());
    if (keep)
        selectAssignment(keep);
}

void AssignmentsView::applyFilter()
{
    const AssignmentRecord *before = selectedAssignment();
    const qint64 keep = before ? before->assignment.id : 0;
    AssignmentFilter filter;
    filter.person = m_person->text();
    filter.bodyId = m_body->currentData().toLongLong();
    filter.status = AssignmentFilter::Status(m_status->currentData().toInt());
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(filter);
    if (keep)
        selectAssignment(keep);
}

const AssignmentRecord *AssignmentsView::selectedAssignment() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return nullptr;
    return &m_model->recordAt(source.row());
}

void AssignmentsView::selectAssignment(qint64 assignmentId)
{
    const int row = m_model->rowOf(assignmentId);
    if (row < 0) {
        m_table->clearSelection();
        updateButtons();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateButtons();
}

QString AssignmentsView::countText() const
{
    const int shown = m_model->rowCount();
    const int all = int(m_model->allRecords().size());
    QString text;
    if (shown == all)
        text = shown == 1 ? tr("1 assignment") : tr("%1 assignments").arg(shown);
    else
        text = all == 1 ? tr("%1 of 1 assignment").arg(shown) : tr("%1 of %2 assignments").arg(shown).arg(all);
    const int overdue = m_model->overdueCount();
    if (overdue == 1)
        text = tr("%1, 1 overdue").arg(text);
    else if (overdue > 1)
        text = tr("%1, %2 overdue").arg(text).arg(overdue);
    return text;
}

void AssignmentsView::updateCount()
{
    m_count->setText(countText());
}

void AssignmentsView::updateButtons()
{
    const AssignmentRecord *r = selectedAssignment();
    const AssignmentStatus status = r ? r->assignment.status : AssignmentStatus::Open;
    m_done->setEnabled(r && status != AssignmentStatus::Done);
    m_carryOn->setEnabled(r && status != AssignmentStatus::CarriedOn);
    m_reopen->setEnabled(r && status != AssignmentStatus::Open);
}

void AssignmentsView::followUp(AssignmentStatus status)
{
    const AssignmentRecord *r = selectedAssignment();
    if (!r) {
        emit errorOccurred(tr("Select an assignment first."));
        return;
    }
    const AssignmentRecord record = *r; // the model is reset by the change
    if (Status s = m_session->assignmentService().followUp(record, status, 0, Clock::today()); !s)
        emit errorOccurred(s.errorMessage());
}

void AssignmentsView::markDone()
{
    followUp(AssignmentStatus::Done);
}

void AssignmentsView::carryOn()
{
    followUp(AssignmentStatus::CarriedOn);
}

void AssignmentsView::reopen()
{
    followUp(AssignmentStatus::Open);
}

void AssignmentsView::editSelected()
{
    if (const AssignmentRecord *r = selectedAssignment())
        emit openMinutes(r->minutesId, r->itemNumber);
}

void AssignmentsView::focusFilter()
{
    m_person->setFocus(Qt::ShortcutFocusReason);
    m_person->selectAll();
}

QStringList AssignmentsView::filterDescription() const
{
    const AssignmentFilter &f = m_model->filter();
    QStringList out;
    if (!f.person.trimmed().isEmpty())
        out << tr("responsible person contains “%1”").arg(f.person.trimmed());
    if (f.bodyId != 0)
        out << tr("body %1").arg(m_body->currentText());
    switch (f.status) {
    case AssignmentFilter::Status::All:
        break;
    case AssignmentFilter::Status::Open:
        out << tr("open only");
        break;
    case AssignmentFilter::Status::Done:
        out << tr("done only");
        break;
    case AssignmentFilter::Status::CarriedOn:
        out << tr("carried on only");
        break;
    }
    if (f.overdueOnly)
        out << tr("overdue only");
    return out;
}

std::unique_ptr<ReportDocument> AssignmentsView::makeReport() const
{
    // In the order shown (sorted as the table is).
    QVector<AssignmentRecord> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->recordAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return std::make_unique<AssignmentListReport>(shown, filterDescription(),
                                                  QFileInfo(m_session->path()).completeBaseName(), Clock::today());
}

QString AssignmentsView::pdfFileName() const
{
    return tr("assignments-%1.pdf").arg(Clock::today().toString(Qt::ISODate));
}
