#include "ActorTableModel.h"

#include "SwedishCollation.h"

#include <algorithm>

ActorTableModel::ActorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Actor &a = m_actors.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return a.name;
        case OrganisationNumber: return a.organisationNumber;
        case Type: return Classification::label(a.type);
        case Level: return Classification::label(a.level);
        case Municipality: return a.municipality;
        case City: return a.city;
        case Areas: return Classification::labels(a.areas);
        case Roles: return Classification::labels(a.roles);
        }
        break;
    case IdRole:
        return a.id;
    case AreasRole:
        return int(a.areas.toInt());
    case ActorTypeRole:
        return int(a.type);
    default:
        break;
    }
    return {};
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case OrganisationNumber: return tr("Organisation number");
    case Type: return tr("Type");
    case Level: return tr("Level");
    case Municipality: return tr("Municipality");
    case City: return tr("City");
    case Areas: return tr("Areas");
    case Roles: return tr("Roles");
    }
    return {};
}

QString ActorTableModel::searchKey(const Actor &a)
{
    QString digits = a.organisationNumber;
    digits.remove(QLatin1Char('-'));
    return (a.name + QLatin1Char('\n') + a.organisationNumber + QLatin1Char('\n') + digits + QLatin1Char('\n')
            + a.municipality + QLatin1Char('\n') + a.city)
        .toCaseFolded();
}

ActorTableModel::Prepared ActorTableModel::prepare(ActorList actors)
{
    Prepared p;
    p.searchKeys.reserve(actors.size());
    p.nameKeys.reserve(actors.size());
    for (const Actor &a : actors) {
        p.searchKeys.append(searchKey(a));
        p.nameKeys.append(SwedishCollation::key(a.name));
    }
    p.actors = std::move(actors);
    return p;
}

void ActorTableModel::reindexIds()
{
    m_indexById.clear();
    m_indexById.reserve(m_actors.size());
    for (int i = 0; i < m_actors.size(); ++i)
        m_indexById.insert(m_actors.at(i).id, i);
}

void ActorTableModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_actors = std::move(prepared.actors);
    m_searchKeys = std::move(prepared.searchKeys);
    m_nameKeys = std::move(prepared.nameKeys);
    reindexIds();
    sortAll();
    rebuildVisible();
    endResetModel();
}

const Actor &ActorTableModel::actorAt(int row) const
{
    return m_actors.at(m_visible.at(row));
}

int ActorTableModel::rowOf(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return -1;
    return int(m_visible.indexOf(*it));
}

const Actor *ActorTableModel::actorById(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_actors.at(*it);
}

bool ActorTableModel::passesText(int index, const QString &needle) const
{
    return needle.isEmpty() || m_searchKeys.at(index).contains(needle);
}

bool ActorTableModel::passes(int index) const
{
    const Actor &a = m_actors.at(index);
    if (m_filter.type && a.type != *m_filter.type)
        return false;
    if (m_filter.level && a.level != *m_filter.level)
        return false;
    if (m_filter.areas && !(a.areas & m_filter.areas))
        return false;
    if (m_filter.roles && !(a.roles & m_filter.roles))
        return false;
    return passesText(index, m_needle);
}

void ActorTableModel::rebuildVisible()
{
    m_visible.clear();
    if (m_filter.isEmpty()) {
        m_visible = m_order;
        return;
    }
    m_visible.reserve(m_order.size());
    for (int i : qAsConst(m_order))
        if (passes(i))
            m_visible.append(i);
}

QString ActorTableModel::sortKey(int index, int column) const
{
    const Actor &a = m_actors.at(index);
    switch (column) {
    case OrganisationNumber: return a.organisationNumber;
    case Type: return SwedishCollation::key(Classification::label(a.type));
    case Level: return QString::number(int(a.level));
    case Municipality: return SwedishCollation::key(a.municipality);
    case City: return SwedishCollation::key(a.city);
    case Areas: return QString::number(a.areas.toInt());
    case Roles: return QString::number(a.roles.toInt());
    default: return m_nameKeys.at(index);
    }
}

void ActorTableModel::sortAll()
{
    const int n = int(m_actors.size());
    m_order.resize(n);
    for (int i = 0; i < n; ++i)
        m_order[i] = i;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Ties fall back to the name, so rows of one type or municipality come alphabetically.
    if (m_sortColumn == Name) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](int x, int y) {
            const int c = m_nameKeys.at(x).compare(m_nameKeys.at(y));
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    QVector<QString> keys(n);
    for (int i = 0; i < n; ++i)
        keys[i] = sortKey(i, m_sortColumn);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int x, int y) {
        int c = keys.at(x).compare(keys.at(y));
        if (c == 0)
            return m_nameKeys.at(x) < m_nameKeys.at(y);
        return ascending ? c < 0 : c > 0;
    });
}

void ActorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> actorOf;
    for (const QModelIndex &i : before)
        actorOf.append(m_visible.at(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    rebuildVisible();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after.append(index(int(m_visible.indexOf(actorOf.at(k))), before.at(k).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ActorTableModel::setFilterText(const QString &text)
{
    ActorFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ActorTableModel::setFilter(const ActorFilter &filter)
{
    if (filter == m_filter)
        return;
    const QString needle = filter.text.trimmed().toCaseFolded();
    const bool narrowing = filter.type == m_filter.type && filter.level == m_filter.level
        && filter.areas == m_filter.areas && filter.roles == m_filter.roles && needle.contains(m_needle);
    beginResetModel();
    m_filter = filter;
    m_needle = needle;
    if (narrowing) {
        // The text only grew: the matches are a subset of the current rows, already in order.
        QVector<int> kept;
        kept.reserve(m_visible.size());
        for (int i : qAsConst(m_visible))
            if (passesText(i, m_needle))
                kept.append(i);
        m_visible = std::move(kept);
    } else {
        rebuildVisible();
    }
    endResetModel();
    emit filterChanged();
}

void ActorTableModel::upsert(const Actor &actor)
{
    beginResetModel();
    const auto it = m_indexById.constFind(actor.id);
    if (it != m_indexById.cend()) {
        const int index = *it;
        m_actors[index] = actor;
        m_searchKeys[index] = searchKey(actor);
        m_nameKeys[index] = SwedishCollation::key(actor.name);
    } else {
        m_actors.append(actor);
        m_searchKeys.append(searchKey(actor));
        m_nameKeys.append(SwedishCollation::key(actor.name));
        m_indexById.insert(actor.id, int(m_actors.size() - 1));
    }
    // An edit can move the row or hide it.
    sortAll();
    rebuildVisible();
    endResetModel();
}

void ActorTableModel::removeById(qint64 id)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    const int index = *it;
    beginResetModel();
    m_actors.removeAt(index);
    m_searchKeys.removeAt(index);
    m_nameKeys.removeAt(index);
    m_indexById.remove(id);
    for (auto i = m_indexById.begin(); i != m_indexById.end(); ++i)
        if (*i > index)
            --*i;
    m_order.removeOne(index);
    for (int &o : m_order)
        if (o > index)
            --o;
    rebuildVisible();
    endResetModel();
}
