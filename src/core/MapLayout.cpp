#include "MapLayout.h"

#include "SwedishCollation.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

// Top to bottom: the wide view first, then closer to the person.
const GeoLevel kLevelOrder[] = {GeoLevel::National, GeoLevel::CrossRegional, GeoLevel::Regional, GeoLevel::Local};

const ActorGroup kGroupOrder[] = {ActorGroup::Employers, ActorGroup::Educators, ActorGroup::GroupFocused,
                                  ActorGroup::Authorities, ActorGroup::BusinessSupport};

} // namespace

MapLayout MapLayout::build(const ActorList &actors, const MapLayoutOptions &options)
{
    MapLayout layout;
    layout.m_options = options;
    const MapLayoutOptions &o = options;

    // Columns: types grouped by role, in the order of the classification.
    const QVector<ActorType> allTypes = Classification::actorTypes();
    QHash<int, int> typeCount;
    for (const Actor &a : actors)
        ++typeCount[int(a.type)];
    QVector<ActorType> types;
    for (ActorGroup g : kGroupOrder)
        for (ActorType t : allTypes)
            if (Classification::group(t) == g && (!o.hideEmptyColumns || typeCount.value(int(t)) > 0))
                types.append(t);

    // Rows: every level but cross-regional always; local split into lanes on request.
    QHash<int, int> levelCount;
    QStringList municipalities; // of local actors, Swedish order; "" last
    {
        QHash<QString, QString> seen; // group key -> name
        bool withoutMunicipality = false;
        for (const Actor &a : actors) {
            ++levelCount[int(a.level)];
            if (o.municipalityLanes && a.level == GeoLevel::Local) {
                const QString m = a.municipality.trimmed();
                if (m.isEmpty())
                    withoutMunicipality = true;
                else
                    seen.insert(SwedishCollation::groupKey(m), m);
            }
        }
        QStringList names = seen.values();
        std::sort(names.begin(), names.end(),
                  [](const QString &x, const QString &y) { return SwedishCollation::compare(x, y) < 0; });
        municipalities << names;
        if (withoutMunicipality || municipalities.isEmpty())
            municipalities << QString();
    }
    struct RowSpec
    {
        GeoLevel level;
        bool lane;
        QString municipality;
    };
    QVector<RowSpec> rowSpecs;
    for (GeoLevel l : kLevelOrder) {
        if (l == GeoLevel::CrossRegional && levelCount.value(int(l)) == 0)
            continue;
        if (l == GeoLevel::Local && o.municipalityLanes) {
            for (const QString &m : municipalities)
                rowSpecs.append({l, true, m});
        } else {
            rowSpecs.append({l, false, QString()});
        }
    }
    QHash<int, int> columnOfType;
    for (int c = 0; c < types.size(); ++c)
        columnOfType.insert(int(types.at(c)), c);
    QHash<QString, int> laneOfMunicipality;
    QHash<int, int> rowOfLevel;
    for (int r = 0; r < rowSpecs.size(); ++r) {
        if (rowSpecs.at(r).lane)
            laneOfMunicipality.insert(SwedishCollation::groupKey(rowSpecs.at(r).municipality), r);
        else
            rowOfLevel.insert(int(rowSpecs.at(r).level), r);
    }

    // Actors into cells, each cell in Swedish name order.
    const int columnCount = types.size();
    const int rowCount = rowSpecs.size();
    QVector<QVector<int>> members(columnCount * rowCount);
    for (int i = 0; i < actors.size(); ++i) {
        const Actor &a = actors.at(i);
        const int c = columnOfType.value(int(a.type), -1);
        int r = -1;
        if (a.level == GeoLevel::Local && o.municipalityLanes)
            r = laneOfMunicipality.value(SwedishCollation::groupKey(a.municipality.trimmed()), -1);
        else
            r = rowOfLevel.value(int(a.level), -1);
        if (c >= 0 && r >= 0)
            members[r * columnCount + c].append(i);
    }
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(size_t(actors.size()));
    for (const Actor &a : actors)
        sortKeys.push_back(SwedishCollation::sortKey(a.name));
    for (QVector<int> &m : members) {
        std::sort(m.begin(), m.end(), [&](int x, int y) {
            const int cmp = sortKeys.at(size_t(x)).compare(sortKeys.at(size_t(y)));
            return cmp != 0 ? cmp < 0 : actors.at(x).id < actors.at(y).id;
        });
    }

    // Width of each column in tiles: start one tile wide, then widen the column that makes
    // the tallest row tall, until the map has the proportions of a landscape page.
    QVector<int> across(columnCount, 1);
    QVector<int> tileRows(rowCount, 1);
    const auto measure = [&] {
        for (int r = 0; r < rowCount; ++r) {
            tileRows[r] = 1;
            for (int c = 0; c < columnCount; ++c) {
                const int n = members.at(r * columnCount + c).size();
                tileRows[r] = std::max(tileRows[r], (n + across[c] - 1) / across[c]);
            }
        }
    };
    measure();
    const auto extent = [&](bool width) {
        qreal total = 0;
        const QVector<int> &units = width ? across : tileRows;
        const qreal size = width ? o.tileWidth : o.tileHeight;
        for (int k : units)
            total += 2 * o.cellPadding + k * size + (k - 1) * o.gap;
        return total;
    };
    for (int step = 0; step < 64 && columnCount > 0 && rowCount > 0; ++step) {
        if (extent(true) >= o.aspect * extent(false))
            break;
        const int tallest = int(std::max_element(tileRows.cbegin(), tileRows.cend()) - tileRows.cbegin());
        int widen = -1;
        int most = 0;
        for (int c = 0; c < columnCount; ++c) {
            const int n = members.at(tallest * columnCount + c).size();
            const int rows = (n + across[c] - 1) / across[c];
            if (rows > most && across[c] < o.maxTilesAcross) {
                most = rows;
                widen = c;
            }
        }
        if (widen < 0 || most <= 1)
            break;
        ++across[widen];
        measure();
    }

    const qreal headerWidth = o.levelHeaderWidth + (o.municipalityLanes ? o.laneHeaderWidth : 0);
    const qreal top = o.groupHeaderHeight + o.typeHeaderHeight;
    qreal x = headerWidth;
    for (int c = 0; c < columnCount; ++c) {
        MapColumn col;
        col.type = types.at(c);
        col.group = Classification::group(col.type);
        col.tilesAcross = across.at(c);
        const qreal w = 2 * o.cellPadding + across.at(c) * o.tileWidth + (across.at(c) - 1) * o.gap;
        col.header = QRectF(x, o.groupHeaderHeight, w, o.typeHeaderHeight);
        layout.m_columns.append(col);
        if (layout.m_groups.isEmpty() || layout.m_groups.last().group != col.group)
            layout.m_groups.append({col.group, QRectF(x, 0, w, o.groupHeaderHeight)});
        else
            layout.m_groups.last().rect.setRight(x + w);
        x += w;
    }
    qreal y = top;
    for (int r = 0; r < rowCount; ++r) {
        const RowSpec &spec = rowSpecs.at(r);
        const qreal h = 2 * o.cellPadding + tileRows.at(r) * o.tileHeight + (tileRows.at(r) - 1) * o.gap;
        MapRow row;
        row.level = spec.level;
        row.lane = spec.lane;
        row.municipality = spec.municipality;
        row.header = spec.lane ? QRectF(o.levelHeaderWidth, y, o.laneHeaderWidth, h) : QRectF(0, y, headerWidth, h);
        row.body = QRectF(headerWidth, y, x - headerWidth, h);
        layout.m_rows.append(row);
        if (spec.lane) {
            if (layout.m_levelBands.isEmpty() || layout.m_levelBands.last().level != spec.level
                || !layout.m_rows.value(r - 1).lane)
                layout.m_levelBands.append({spec.level, QRectF(0, y, o.levelHeaderWidth, h)});
            else
                layout.m_levelBands.last().rect.setBottom(y + h);
        }
        y += h;
    }
    for (MapColumn &col : layout.m_columns)
        col.body = QRectF(col.header.left(), top, col.header.width(), y - top);
    layout.m_bounds = QRectF(0, 0, x, y);

    layout.m_cells.resize(columnCount * rowCount);
    layout.m_tileOfActor.fill(-1, actors.size());
    layout.m_tiles.reserve(actors.size());
    for (int r = 0; r < rowCount; ++r) {
        for (int c = 0; c < columnCount; ++c) {
            MapCell &cell = layout.m_cells[r * columnCount + c];
            cell.column = c;
            cell.row = r;
            cell.rect = QRectF(layout.m_columns.at(c).header.left(), layout.m_rows.at(r).body.top(),
                               layout.m_columns.at(c).header.width(), layout.m_rows.at(r).body.height());
            const QVector<int> &in = members.at(r * columnCount + c);
            cell.tiles.reserve(in.size());
            for (int k = 0; k < in.size(); ++k) {
                const int i = k % across.at(c);
                const int j = k / across.at(c);
                MapTile tile;
                tile.actor = in.at(k);
                tile.cell = r * columnCount + c;
                tile.rect = QRectF(cell.rect.left() + o.cellPadding + i * (o.tileWidth + o.gap),
                                   cell.rect.top() + o.cellPadding + j * (o.tileHeight + o.gap), o.tileWidth,
                                   o.tileHeight);
                layout.m_tileOfActor[tile.actor] = layout.m_tiles.size();
                cell.tiles.append(layout.m_tiles.size());
                layout.m_tiles.append(tile);
            }
        }
    }
    return layout;
}

int MapLayout::cellAt(const QPointF &point) const
{
    if (m_columns.isEmpty() || m_rows.isEmpty())
        return -1;
    const auto col = std::find_if(m_columns.cbegin(), m_columns.cend(), [&](const MapColumn &c) {
        return point.x() >= c.body.left() && point.x() < c.body.right();
    });
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const MapRow &r) {
        return point.y() >= r.body.top() && point.y() < r.body.bottom();
    });
    if (col == m_columns.cend() || row == m_rows.cend())
        return -1;
    return int(row - m_rows.cbegin()) * m_columns.size() + int(col - m_columns.cbegin());
}

MapCellKey MapLayout::keyOf(int cell) const
{
    MapCellKey key;
    if (cell < 0 || cell >= m_cells.size())
        return key;
    const MapCell &c = m_cells.at(cell);
    key.type = m_columns.at(c.column).type;
    key.level = m_rows.at(c.row).level;
    if (m_rows.at(c.row).lane)
        key.municipality = m_rows.at(c.row).municipality;
    return key;
}
