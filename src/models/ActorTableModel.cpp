#include "ActorTableModel.h"

#include <QCollator>

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

QString ActorTableModel::searchKey(const Actor &a) const
{
    QString digits = a.organisationNumber;
    digits.remove(QLatin1Char('-'));
    return (a.name + QLatin1Char('\n') + a.organisationNumber + QLatin1Char('\n') + digits + QLatin1Char('\n')
            + a.municipality + QLatin1Char('\n') + a.city)
        .toCaseFolded();
}

void ActorTableModel::setActors(ActorList actors)
{
    beginResetModel();
    m_actors = std::move(actors);
    m_searchKeys.clear();
    m_searchKeys.reserve(m_actors.size());
    m_indexById.clear();
    m_indexById.reserve(m_actors.size());
    for (int i = 0; i < m_actors.size(); ++i) {
        m_searchKeys.append(searchKey(m_actors.at(i)));
        m_indexById.insert(m_actors.at(i).id, i);
    }
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
    m_visible.reserve(m_actors.size());
    for (int i = 0; i < m_actors.size(); ++i)
        if (passes(i))
            m_visible.append(i);
    sortVisible();
}

QString ActorTableModel::sortKey(int index, int column) const
{
    const QModelIndex dummy;
    const Actor &a = m_actors.at(index);
    switch (column) {
    case OrganisationNumber: return a.organisationNumber;
    case Type: return Classification::label(a.type);
    case Level: return QString::number(int(a.level));
    case Municipality: return a.municipality;
    case City: return a.city;
    case Areas: return Classification::labels(a.areas);
    case Roles: return Classification::labels(a.roles);
    default: return a.name;
    }
}

void ActorTableModel::sortVisible()
{
    if (m_visible.size() < 2)
        return;
    // Swedish collation (å ä ö after z); keys computed once per sort.
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<std::pair<QCollatorSortKey, int>> keys;
    keys.reserve(m_visible.size());
    for (int i : m_visible)
        keys.emplace_back(collator.sortKey(sortKey(i, m_sortColumn)), i);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(keys.begin(), keys.end(), [ascending](const auto &x, const auto &y) {
        const int c = x.first.compare(y.first);
        return ascending ? c < 0 : c > 0;
    });
    for (int i = 0; i < int(keys.size()); ++i)
        m_visible[i] = keys[i].second;
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
    sortVisible();
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
    const auto it = m_indexById.constFind(actor.id);
    if (it != m_indexById.cend()) {
        const int index = *it;
        m_actors[index] = actor;
        m_searchKeys[index] = searchKey(actor);
    } else {
        m_actors.append(actor);
        m_searchKeys.append(searchKey(actor));
        m_indexById.insert(actor.id, int(m_actors.size() - 1));
    }
    // One actor changed: re-filter and re-sort (an edit can move the row or hide it).
    beginResetModel();
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
    m_indexById.clear();
    for (int i = 0; i < m_actors.size(); ++i)
        m_indexById.insert(m_actors.at(i).id, i);
    rebuildVisible();
    endResetModel();
}
