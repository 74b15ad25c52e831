#include "PeopleView.h"

#include "PersonDialog.h"
#include "Session.h"
#include "PersonService.h"
#include "ViewSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>


PeopleView::PeopleView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new SwedishSortFilterProxy(this))
{
    setObjectName(QStringLiteral("peopleView"));
    PersonTableModel *people = m_session->people();

    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, organisation or title"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter people"));
    m_count->setObjectName(QStringLiteral("peopleCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setSourceModel(people);
    m_proxy->setFilterColumns({PersonTableModel::Name, PersonTableModel::Organisation, PersonTableModel::Title});
    m_proxy->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonTableModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit the people there are (few), within reason; the title takes the rest.
    m_table->resizeColumnsToContents();
    const int em = fontMetrics().averageCharWidth();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qBound(8 * em, header->sectionSize(c), 36 * em));
    header->setSectionResizeMode(PersonTableModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("People"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterWords(text);
        updateCount();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PeopleView::editSelected);
    connect(addReturnAction(m_table), &QAction::triggered, this, &PeopleView::editSelected);
    auto selectionChanged = [this] {
        const qint64 id = currentPersonId();
        if (id != m_shownId)
            emit currentPersonChanged(m_shownId = id);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PeopleView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeopleView::updateCount);
    updateCount();
}

void PeopleView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_session->people()->rowCount();
    if (shown == all)
        m_count->setText(all == 1 ? tr("1 person") : tr("%1 people").arg(all));
    else
        m_count->setText(tr("%1 of %2 people").arg(shown).arg(all));
}

qint64 PeopleView::currentPersonId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(PersonTableModel::IdRole).toLongLong();
}

void PeopleView::selectPerson(qint64 id)
{
    const int sourceRow = m_session->people()->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_session->people()->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by the filter: show everything
        m_filter->clear();
        index = m_proxy->mapFromSource(m_session->people()->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PeopleView::addNew()
{
    PersonDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->personService().add(dialog.person());
    if (!id) {
        emit errorOccurred(id.errorMessage());
        return;
    }
    selectPerson(*id);
}

void PeopleView::editSelected()
{
    const qint64 id = currentPersonId();
    const int row = m_session->people()->rowOf(id);
    if (row < 0)
        return;
    PersonDialog dialog(m_session, this);
    dialog.setPerson(m_session->people()->recordAt(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_session->personService().edit(dialog.person()); !s)
        emit errorOccurred(s.errorMessage());
}

void PeopleView::deleteSelected()
{
    const qint64 id = currentPersonId();
    if (id <= 0)
        return;
    // No confirmation: deleting is one step on the undo stack.
    QString note;
    if (Status s = m_session->personService().remove(id, &note); !s)
        emit errorOccurred(s.errorMessage());
    else if (!note.isEmpty())
        emit informed(note + QLatin1Char(' ') + tr("Edit ▸ Undo brings the person back."));
}
