#include "BodiesView.h"

#include "BodyDialog.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "Session.h"
#include "BodyService.h"
#include "SwedishCollation.h"
#include "ViewSupport.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The bodies sorted the Swedish way, with a warning icon beside a broken composition.
class BodyProxy : public SwedishSortFilterProxy
{
public:
    using SwedishSortFilterProxy::SwedishSortFilterProxy;
    QIcon warningIcon;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == BodyTableModel::Warnings
            && !index.data(BodyTableModel::WarningsRole).toStringList().isEmpty())
            return warningIcon;
        return SwedishSortFilterProxy::data(index, role);
    }
};

bool sameSeats(const QVector<MemberDetail> &a, const QVector<MemberDetail> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const MemberDetail &x, const MemberDetail &y) {
        return x.membership == y.membership && x.personName == y.personName
            && x.organisationName == y.organisationName && x.organisationType == y.organisationType;
    });
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BodiesView::BodiesView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_bodiesTable(new QTableView(this))
    , m_proxy(new BodyProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_members(new MemberTableModel(this))
{
    setObjectName(QStringLiteral("bodiesView"));
    BodyTableModel *bodies = m_session->bodies();
    static_cast<BodyProxy *>(m_proxy)->warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_proxy->setSourceModel(bodies);
    m_proxy->setDynamicSortFilter(true);

    m_bodiesTable->setObjectName(QStringLiteral("bodiesTable"));
    m_bodiesTable->setAccessibleName(tr("Bodies"));
    m_bodiesTable->setModel(m_proxy);
    setUpRecordTable(m_bodiesTable);
    m_bodiesTable->setSortingEnabled(true);
    m_bodiesTable->sortByColumn(BodyTableModel::Name, Qt::AscendingOrder);
    m_bodiesTable->setTextElideMode(Qt::ElideMiddle); // "Lokal styrgrupp Tek…regionen, Huddinge"
    QHeaderView *header = m_bodiesTable->horizontalHeader();
    header->moveSection(BodyTableModel::Warnings, 1); // the composition right beside the name
    // Short columns fit their contents; the long names are elided in the middle (the
    // whole name is in the tooltip and the details) so that the table mostly fits.
    m_bodiesTable->resizeColumnsToContents();
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(BodyTableModel::Name, qMin(header->sectionSize(BodyTableModel::Name), 42 * em));
    header->resizeSection(BodyTableModel::Owner, qMin(header->sectionSize(BodyTableModel::Owner), 22 * em));
    header->setStretchLastSection(true);

    auto *placeholder = new QLabel(tr("Select a body to see its details, its seats and whether its "
                                      "composition follows the rules."), m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(createDetails());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bodiesSplitter"));
    splitter->addWidget(m_bodiesTable);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 380});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The current row may change without the selection (keyboard focus) and the other way round.
    connect(m_bodiesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showBody(currentBodyId()); });
    connect(m_bodiesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showBody(currentBodyId()); });
    connect(m_bodiesTable, &QAbstractItemView::doubleClicked, this, &BodiesView::editSelected);
    connect(addReturnAction(m_bodiesTable), &QAction::triggered, this, &BodiesView::editSelected);
    // Live updates: the body's row (details, warnings, owner names), its seats, the people in them.
    connect(bodies, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_session->bodies()->rowOf(m_bodyId);
        if (row >= from.row() && row <= to.row()) {
            refreshDetails();
            reloadMembers();
        }
    });
    // Rows come and go: the body may be gone, or have gained or lost a body under it.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(bodies, signal, this, [this] { showBody(m_bodyId > 0 ? m_bodyId : currentBodyId()); });
    connect(bodies, &QAbstractItemModel::modelReset, this, [this] { showBody(currentBodyId()); });
    connect(m_session, &Session::membersChanged, this, [this](qint64 bodyId) {
        if (bodyId == m_bodyId)
            reloadMembers();
    });
    connect(m_session->people(), &QAbstractItemModel::dataChanged, this, &BodiesView::reloadMembers);
    showBody(0);
}

QWidget *BodiesView::createDetails()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("bodyDetails"));
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("bodyTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->addRow(tr("Kind:"), m_kind = valueLabel(page));
    m_form->addRow(tr("Area:"), m_area = valueLabel(page));
    m_form->addRow(tr("Level:"), m_level = valueLabel(page));
    m_form->addRow(tr("Owner:"), m_owner = valueLabel(page));
    m_form->addRow(tr("Part of:"), m_parent = valueLabel(page));
    m_form->addRow(tr("Under it:"), m_children = valueLabel(page));
    m_form->addRow(tr("Municipality:"), m_municipality = valueLabel(page));
    m_form->addRow(tr("Notes:"), m_notes = valueLabel(page));
    m_area->setTextFormat(Qt::RichText);
    m_notes->setForegroundRole(QPalette::PlaceholderText);

    m_warnings = new WarningBox(page); // hidden while the composition follows the rules
    m_warnings->setObjectName(QStringLiteral("compositionWarnings"));

    m_seatsHeading = new QLabel(page);
    QFont headingFont = m_seatsHeading->font();
    headingFont.setBold(true);
    m_seatsHeading->setFont(headingFont);

    m_membersTable = new QTableView(page);
    m_membersTable->setObjectName(QStringLiteral("membersTable"));
    m_membersTable->setAccessibleName(tr("Seats"));
    m_membersTable->setModel(m_members);
    setUpRecordTable(m_membersTable);
    QHeaderView *header = m_membersTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(MemberTableModel::Person, fontMetrics().averageCharWidth() * 24);
    header->setSectionResizeMode(MemberTableModel::Organisation, QHeaderView::Stretch);
    header->setSectionResizeMode(MemberTableModel::Role, QHeaderView::ResizeToContents);

    m_addSeat = new QPushButton(tr("&Add seat…"), page);
    m_addSeat->setObjectName(QStringLiteral("addMemberButton"));
    m_editSeat = new QPushButton(tr("&Change seat…"), page);
    m_editSeat->setObjectName(QStringLiteral("editMemberButton"));
    m_removeSeat = new QPushButton(tr("&Remove seat"), page);
    m_removeSeat->setObjectName(QStringLiteral("removeMemberButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSeat);
    buttons->addWidget(m_editSeat);
    buttons->addWidget(m_removeSeat);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_warnings);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_seatsHeading);
    layout->addWidget(m_membersTable, 1);
    layout->addLayout(buttons);

    connect(m_addSeat, &QPushButton::clicked, this, &BodiesView::addSeat);
    connect(m_editSeat, &QPushButton::clicked, this, &BodiesView::editSeat);
    connect(m_removeSeat, &QPushButton::clicked, this, &BodiesView::removeSeat);
    connect(m_membersTable, &QAbstractItemView::doubleClicked, this, &BodiesView::editSeat);
    connect(addReturnAction(m_membersTable), &QAction::triggered, this, &BodiesView::editSeat);
    connect(m_membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BodiesView::updateButtons);
    connect(m_members, &QAbstractItemModel::modelReset, this, &BodiesView::updateButtons);
    return page;
}

qint64 BodiesView::currentBodyId() const
{
    const QModelIndex current = m_bodiesTable->selectionModel()->currentIndex();
    if (!current.isValid() || !m_bodiesTable->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(BodyTableModel::IdRole).toLongLong();
}

void BodiesView::selectBody(qint64 id)
{
    const int sourceRow = m_session->bodies()->rowOf(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex()
                                            : m_proxy->mapFromSource(m_session->bodies()->index(sourceRow, 0));
    if (!index.isValid()) {
        m_bodiesTable->selectionModel()->clear();
        return;
    }
    m_bodiesTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_bodiesTable->scrollTo(index);
}

qint64 BodiesView::currentSeatId() const
{
    const QModelIndexList rows = m_membersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MemberTableModel::IdRole).toLongLong();
}

void BodiesView::showBody(qint64 id)
{
    const qint64 before = m_bodyId;
    m_bodyId = m_session->bodies()->rowOf(id) >= 0 ? id : 0;
    m_stack->setCurrentIndex(m_bodyId > 0 ? 1 : 0);
    refreshDetails();
    reloadMembers();
    if (m_bodyId != before)
        emit currentBodyChanged(m_bodyId);
}

void BodiesView::refreshDetails()
{
    const BodyTableModel *bodies = m_session->bodies();
    const int row = bodies->rowOf(m_bodyId);
    if (row < 0) {
        m_warnings->setWarnings({});
        updateButtons();
        return;
    }
    const Body b = bodies->recordAt(row);
    m_title->setText(b.name);
    m_kind->setText(Classification::label(b.kind));
    m_area->setText(b.area == Area::None
                        ? tr("none")
                        : QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2")
                              .arg(Classification::colorName(b.area), Classification::label(b.area).toHtmlEscaped()));
    m_level->setText(Classification::label(b.level));
    m_owner->setText(b.ownerActorId > 0 ? bodies->index(row, BodyTableModel::Owner).data().toString() : tr("none"));
    const int parentRow = bodies->rowOf(b.parentBodyId);
    m_parent->setText(parentRow >= 0 ? bodies->recordAt(parentRow).name : QString());
    m_form->setRowVisible(m_parent, parentRow >= 0);
    QStringList children;
    for (const Body &other : bodies->records())
        if (other.parentBodyId == b.id)
            children << other.name;
    std::sort(children.begin(), children.end(),
              [](const QString &x, const QString &y) { return SwedishCollation::compare(x, y) < 0; });
    m_children->setText(children.join(QLatin1Char('\n')));
    m_form->setRowVisible(m_children, !children.isEmpty());
    m_municipality->setText(b.municipality);
    m_form->setRowVisible(m_municipality, !b.municipality.isEmpty());
    m_notes->setText(b.notes);
    m_form->setRowVisible(m_notes, !b.notes.isEmpty());

    m_warnings->setWarnings(bodies->warnings(b.id));
    updateButtons();
}

void BodiesView::reloadMembers()
{
    QVector<MemberDetail> seats;
    if (m_bodyId > 0) {
        auto read = m_session->bodyService().members(m_bodyId);
        if (!read) {
            emit errorOccurred(read.errorMessage());
            return;
        }
        seats = std::move(read).value();
    }
    // Reset the table only when something changed, keeping the selected seat.
    if (m_members->bodyId() != m_bodyId || !sameSeats(m_members->members(), seats)) {
        const qint64 selected = m_members->bodyId() == m_bodyId ? currentSeatId() : 0;
        m_members->setMembers(m_bodyId, std::move(seats));
        selectSeat(selected);
    }
    m_seatsHeading->setText(tr("Seats (%1)").arg(m_members->rowCount()));
}

void BodiesView::selectSeat(qint64 membershipId)
{
    for (int row = 0; row < m_members->rowCount(); ++row)
        if (m_members->memberAt(row).membership.id == membershipId) {
            m_membersTable->selectRow(row);
            return;
        }
}

void BodiesView::updateButtons()
{
    m_addSeat->setEnabled(m_bodyId > 0);
    const bool seat = currentSeatId() > 0;
    m_editSeat->setEnabled(seat);
    m_removeSeat->setEnabled(seat);
}

bool BodiesView::seatsHaveFocus() const
{
    return m_bodyId > 0 && m_membersTable->hasFocus();
}

void BodiesView::addNew()
{
    if (seatsHaveFocus()) {
        addSeat();
        return;
    }
    BodyDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->bodyService().add(dialog.body());
    if (!id) {
        emit errorOccurred(id.errorMessage());
        return;
    }
    selectBody(*id);
}

void BodiesView::editSelected()
{
    if (seatsHaveFocus() && currentSeatId() > 0) {
        editSeat();
        return;
    }
    const int row = m_session->bodies()->rowOf(currentBodyId());
    if (row < 0)
        return;
    BodyDialog dialog(m_session, this);
    dialog.setBody(m_session->bodies()->recordAt(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_session->bodyService().edit(dialog.body()); !s)
        emit errorOccurred(s.errorMessage());
}

void BodiesView::deleteSelected()
{
    if (seatsHaveFocus() && currentSeatId() > 0) {
        removeSeat();
        return;
    }
    const qint64 id = currentBodyId();
    if (id <= 0)
        return;
    // No confirmation: deleting (with the seats) is one step on the undo stack.
    if (Status s = m_session->bodyService().remove(id); !s)
        emit errorOccurred(s.errorMessage());
}

void BodiesView::addSeat()
{
    if (m_bodyId <= 0)
        return;
    MemberDialog dialog(m_session, m_bodyId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->bodyService().addMember(dialog.membership());
    if (!id) {
        emit errorOccurred(id.errorMessage());
        return;
    }
    selectSeat(*id);
}

void BodiesView::editSeat()
{
    const qint64 seat = currentSeatId();
    if (seat <= 0)
        return;
    Membership current;
    for (const MemberDetail &d : m_members->members())
        if (d.membership.id == seat)
            current = d.membership;
    MemberDialog dialog(m_session, m_bodyId, this);
    dialog.setMembership(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_session->bodyService().editMember(dialog.membership()); !s)
        emit errorOccurred(s.errorMessage());
}

void BodiesView::removeSeat()
{
    const qint64 seat = currentSeatId();
    if (seat <= 0)
        return;
    if (Status s = m_session->bodyService().removeMember(seat); !s)
        emit errorOccurred(s.errorMessage());
}
