#include "ActorTableModel.h"

#include "SwedishCollation.h"

#include <QHash>

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
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded();
}

bool ActorTableModel::tieBefore(const Actor &a, const Actor &b)
{
    // No number (an empty one) after every number, as in the printed list.
    if (a.organisationNumber != b.organisationNumber) {
        if (a.organisationNumber.isEmpty() || b.organisationNumber.isEmpty())
            return b.organisationNumber.isEmpty();
        return a.organisationNumber < b.organisationNumber;
    }
    return a.id < b.id;
}

int ActorTableModel::compareNames(int x, int y) const
{
    const int c = m_nameKeys.at(size_t(x)).compare(m_nameKeys.at(size_t(y)));
    if (c != 0)
        return c;
    if (tieBefore(m_actors.at(x), m_actors.at(y)))
        return -1;
    return tieBefore(m_actors.at(y), m_actors.at(x)) ? 1 : 0;
}

ActorTableModel::Prepared ActorTableModel::prepare(ActorList actors)
{
    Prepared p;
    p.searchKeys.reserve(actors.size());
    p.nameKeys.reserve(size_t(actors.size()));
    for (const Actor &a : actors) {
        p.searchKeys.append(searchKey(a));
        p.nameKeys.push_back(SwedishCollation::sortKey(a.name));
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

void ActorTableModel::sortAll()
{
    const int n = int(m_actors.size());
    m_order.resize(n);
    for (int i = 0; i < n; ++i)
        m_order[i] = i;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Name) {
        std::sort(m_order.begin(), m_order.end(), [&](int x, int y) {
            const int c = compareNames(x, y);
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    // Every other column: a number per actor. Texts (type, municipality, city) are ranked
    // once per distinct value in Swedish order; a few hundred municipalities, not 100 000.
    QVector<qint64> keys(n);
    const auto rankTexts = [&](auto textOf, bool swedish = true) {
        QHash<QString, int> rank;
        for (const Actor &a : qAsConst(m_actors))
            rank.insert(textOf(a), 0);
        QStringList distinct = rank.keys();
        if (swedish)
            std::sort(distinct.begin(), distinct.end(),
                      [](const QString &x, const QString &y) { return SwedishCollation::compare(x, y) < 0; });
        else
            std::sort(distinct.begin(), distinct.end());
        for (int i = 0; i < distinct.size(); ++i)
            rank[distinct.at(i)] = i;
        for (int i = 0; i < n; ++i)
            keys[i] = rank.value(textOf(m_actors.at(i)));
    };
    switch (m_sortColumn) {
    case OrganisationNumber: // digits and a dash: plain order, no collation needed
        rankTexts([](const Actor &a) { return a.organisationNumber; }, false);
        break;
    case Type: rankTexts([](const Actor &a) { return Classification::label(a.type); }); break;
    case Level:
        for (int i = 0; i < n; ++i)
            keys[i] = int(m_actors.at(i).level);
        break;
    case Municipality: rankTexts([](const Actor &a) { return a.municipality; }); break;
    case City: rankTexts([](const Actor &a) { return a.city; }); break;
    case Areas:
        for (int i = 0; i < n; ++i)
            keys[i] = m_actors.at(i).areas.toInt();
        break;
    case Roles:
        for (int i = 0; i < n; ++i)
            keys[i] = m_actors.at(i).roles.toInt();
        break;
    default: break;
    }
    // Ties fall back to the name, so rows of one type or municipality come alphabetically.
    std::sort(m_order.begin(), m_order.end(), [&](int x, int y) {
        if (keys.at(x) != keys.at(y))
            return ascending ? keys.at(x) < keys.at(y) : keys.at(x) > keys.at(y);
        return compareNames(x, y) < 0;
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
    const QString needle = filter.text.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
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
        m_nameKeys[size_t(index)] = SwedishCollation::sortKey(actor.name);
    } else {
        m_actors.append(actor);
        m_searchKeys.append(searchKey(actor));
        m_nameKeys.push_back(SwedishCollation::sortKey(actor.name));
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
    m_nameKeys.erase(m_nameKeys.begin() + index);
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
