#include "ActorRegisterView.h"

#include "ActorAreasDelegate.h"
#include "ActorDialog.h"
#include "ActorTableModel.h"
#include "Session.h"
#include "ActorService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QIcon areaSwatch(Area area, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour(Classification::colorName(area));
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return QIcon(pixmap);
}

} // namespace

ActorRegisterView::ActorRegisterView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("actorRegisterView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    buildFilterBar(bar);
    layout->addLayout(bar);
    buildTable();
    layout->addWidget(m_table, 1);
}

void ActorRegisterView::buildFilterBar(QHBoxLayout *bar)
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("actorFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, organisation number or municipality"));
    m_filterEdit->setAccessibleName(tr("Filter actors"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(fontMetrics().horizontalAdvance(m_filterEdit->placeholderText()) + 48);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ActorRegisterView::applyFilter);
    // Down arrow from the filter goes to the rows found.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_table->model()->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
        }
    });
    bar->addWidget(m_filterEdit, 2);

    auto combo = [this](const QString &name, const QString &all, const QString &accessible) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->addItem(all);
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &ActorRegisterView::applyFilter);
        return c;
    };
    m_typeFilter = combo(QStringLiteral("typeFilter"), tr("All types"), tr("Type"));
    for (ActorType t : Classification::actorTypes())
        m_typeFilter->addItem(Classification::label(t), int(t));
    // The longest type names would make the bar wider than the window.
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(18);
    m_levelFilter = combo(QStringLiteral("levelFilter"), tr("All levels"), tr("Geographic level"));
    for (GeoLevel l : Classification::geoLevels())
        m_levelFilter->addItem(Classification::label(l), int(l));
    m_areaFilter = combo(QStringLiteral("areaFilter"), tr("All areas"), tr("Area"));
    const int swatch = fontMetrics().height() - 4;
    for (Area a : Classification::areas())
        m_areaFilter->addItem(areaSwatch(a, swatch), Classification::label(a), int(a));
    m_roleFilter = combo(QStringLiteral("roleFilter"), tr("All roles"), tr("Role"));
    for (ActorRole r : Classification::actorRoles())
        m_roleFilter->addItem(Classification::label(r), int(r));
    bar->addWidget(m_typeFilter, 1);
    bar->addWidget(m_levelFilter);
    bar->addWidget(m_areaFilter);
    bar->addWidget(m_roleFilter);
}

void ActorRegisterView::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actorTable"));
    m_table->setAccessibleName(tr("Actors"));
    m_table->setModel(m_session->actors());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(ActorTableModel::Areas, new ActorAreasDelegate(m_table));
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Uniform rows: the view never measures a row's contents, whatever the row count.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionsMovable(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = fontMetrics().averageCharWidth();
    const int padding = 2 * fontMetrics().height();
    // Header text plus room for the sort arrow.
    auto headerWidth = [this, columns](int column) {
        const QString text = m_session->actors()->headerData(column, Qt::Horizontal).toString();
        return columns->fontMetrics().horizontalAdvance(text) + 3 * columns->fontMetrics().height();
    };
    // The classifications are fixed lists: fit the longest label (within reason).
    auto widest = [this](const QStringList &labels) {
        int w = 0;
        for (const QString &label : labels)
            w = qMax(w, fontMetrics().horizontalAdvance(label));
        return w;
    };
    QStringList types, levels;
    for (ActorType t : Classification::actorTypes())
        types << Classification::label(t);
    for (GeoLevel l : Classification::geoLevels())
        levels << Classification::label(l);
    columns->resizeSection(ActorTableModel::Name, 36 * ch);
    columns->resizeSection(ActorTableModel::OrganisationNumber,
                           qMax(fontMetrics().horizontalAdvance(QStringLiteral("000000-0000")) + padding,
                                headerWidth(ActorTableModel::OrganisationNumber)));
    columns->resizeSection(ActorTableModel::Type, qMin(widest(types) + padding, 34 * ch));
    columns->resizeSection(ActorTableModel::Level, qMax(widest(levels) + padding, headerWidth(ActorTableModel::Level)));
    columns->resizeSection(ActorTableModel::Municipality, 15 * ch);
    columns->resizeSection(ActorTableModel::City, 12 * ch);
    columns->resizeSection(ActorTableModel::Areas, 30 * ch);
    columns->setMinimumSectionSize(6 * ch);

    columns->setSortIndicator(ActorTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model sorts itself (ActorTableModel::sort)

    m_emptyLabel = new QLabel(m_table->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("actorTableEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_table->viewport()->installEventFilter(this);
    ActorTableModel *model = m_session->actors();
    connect(model, &QAbstractItemModel::modelReset, this, &ActorRegisterView::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActorRegisterView::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ActorRegisterView::updateEmptyState);
    updateEmptyState();

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) { editSelected(); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ActorRegisterView::showContextMenu);
}

void ActorRegisterView::updateEmptyState()
{
    const ActorTableModel *model = m_session->actors();
    if (model->rowCount() > 0) {
        m_emptyLabel->hide();
        return;
    }
    m_emptyLabel->setText(model->totalCount() == 0
                              ? tr("No actors yet.\nAdd one with Edit ▸ New, or import a CSV file with File ▸ Import Actors.")
                              : tr("No actor matches the filter."));
    m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyLabel->show();
}

bool ActorRegisterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void ActorRegisterView::applyFilter()
{
    ActorFilter f;
    f.text = m_filterEdit->text();
    if (m_typeFilter->currentIndex() > 0)
        f.type = ActorType(m_typeFilter->currentData().toInt());
    if (m_levelFilter->currentIndex() > 0)
        f.level = GeoLevel(m_levelFilter->currentData().toInt());
    if (m_areaFilter->currentIndex() > 0)
        f.areas = Area(m_areaFilter->currentData().toInt());
    if (m_roleFilter->currentIndex() > 0)
        f.roles = ActorRole(m_roleFilter->currentData().toInt());
    const qint64 current = currentActorId();
    m_session->actors()->setFilter(f);
    if (current)
        selectActor(current);
}

ActorList ActorRegisterView::shownActors() const
{
    const ActorTableModel *model = m_session->actors();
    ActorList out;
    out.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->actorAt(row));
    return out;
}

bool ActorRegisterView::isFiltered() const
{
    return !m_session->actors()->filter().isEmpty();
}

qint64 ActorRegisterView::currentActorId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_session->actors()->actorAt(rows.first().row()).id;
}

bool ActorRegisterView::selectActor(qint64 id)
{
    const int row = m_session->actors()->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_session->actors()->index(row, ActorTableModel::Name);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QByteArray ActorRegisterView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ActorRegisterView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void ActorRegisterView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ActorRegisterView::clearFilter()
{
    const QSignalBlocker b1(m_filterEdit), b2(m_typeFilter), b3(m_levelFilter), b4(m_areaFilter), b5(m_roleFilter);
    m_filterEdit->clear();
    m_typeFilter->setCurrentIndex(0);
    m_levelFilter->setCurrentIndex(0);
    m_areaFilter->setCurrentIndex(0);
    m_roleFilter->setCurrentIndex(0);
    applyFilter();
}

void ActorRegisterView::afterSave(qint64 id, const QString &name)
{
    if (!selectActor(id))
        emit message(tr("%1 is saved but not shown: the filter hides it.").arg(name), MessageWidget::Information);
}

void ActorRegisterView::addNew()
{
    ActorDialog dialog(m_session->actors(), this);
    qint64 newId = 0;
    dialog.setSaveHandler([this, &newId](const Actor &actor) -> Status {
        auto id = m_session->actorService().add(actor);
        if (!id)
            return id.error();
        newId = *id;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted && newId)
        afterSave(newId, dialog.actor().name);
}

void ActorRegisterView::editSelected()
{
    if (const qint64 id = currentActorId())
        editActor(id);
}

void ActorRegisterView::editActor(qint64 id)
{
    const Actor *actor = m_session->actors()->actorById(id);
    if (!actor)
        return;
    ActorDialog dialog(m_session->actors(), this);
    dialog.setActor(*actor);
    dialog.setSaveHandler([this](const Actor &changed) { return m_session->actorService().edit(changed); });
    if (dialog.exec() == QDialog::Accepted)
        afterSave(id, dialog.actor().name);
}

void ActorRegisterView::deleteSelected()
{
    const qint64 id = currentActorId();
    if (!id)
        return;
    const int row = m_session->actors()->rowOf(id);
    const QString name = m_session->actors()->actorById(id)->name;
    // No "are you sure?": a delete is one undo step away from coming back.
    if (Status s = m_session->actorService().remove(id); !s) {
        emit message(s.errorMessage(), MessageWidget::Warning);
        return;
    }
    const int rows = m_session->actors()->rowCount();
    if (rows > 0)
        selectActor(m_session->actors()->actorAt(qMin(row, rows - 1)).id);
    emit message(tr("%1 is deleted. Edit ▸ Undo brings it back.").arg(name), MessageWidget::Information);
}

void ActorRegisterView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("&New Actor…"), this, &ActorRegisterView::addNew);
    QAction *edit = menu.addAction(tr("&Edit…"), this, &ActorRegisterView::editSelected);
    QAction *remove = menu.addAction(tr("&Delete"), this, &ActorRegisterView::deleteSelected);
    edit->setEnabled(index.isValid());
    remove->setEnabled(index.isValid());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}
