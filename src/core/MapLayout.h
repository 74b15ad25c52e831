#pragma once

#include "Actor.h"

#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

// How the landscape map is drawn: sizes in map units (one unit is one point on paper
// at scale 1) and whether local actors get a lane per municipality.
struct MapLayoutOptions
{
    bool municipalityLanes = false;
    bool hideEmptyColumns = true;
    qreal tileWidth = 128;
    qreal tileHeight = 30;
    qreal gap = 5;           // between tiles
    qreal cellPadding = 8;   // between a cell's edge and its tiles
    qreal levelHeaderWidth = 86;
    qreal laneHeaderWidth = 96; // only with municipality lanes
    qreal groupHeaderHeight = 24;
    qreal typeHeaderHeight = 36;
    int maxTilesAcross = 6;
    qreal aspect = 1.6; // width / height the layout aims at (a landscape page)
};

// A column of the map: one actor type, under its group (the side of the cooperation).
struct MapColumn
{
    ActorType type = ActorType::PrivateEmployer;
    ActorGroup group = ActorGroup::Employers;
    int tilesAcross = 1;
    QRectF header; // the type's label
    QRectF body;   // the column below its header
};

// The band over the columns of one group ("Those who employ", ...).
struct MapGroupBand
{
    ActorGroup group = ActorGroup::Employers;
    QRectF rect;
};

// A row of the map: a geographic level, or one municipality's lane of the local level.
struct MapRow
{
    GeoLevel level = GeoLevel::Regional;
    bool lane = false;    // a municipality's lane of the local level
    QString municipality; // of a lane; empty = local actors without a municipality
    QRectF header;        // the lane label (lanes) or the level label (rows without lanes)
    QRectF body;
};

// The label band of a level that is split into lanes.
struct MapLevelBand
{
    GeoLevel level = GeoLevel::Regional;
    QRectF rect;
};

// Where one actor is drawn.
struct MapTile
{
    int actor = -1; // index into the actors the layout was built from
    int cell = -1;
    QRectF rect;
};

// The intersection of a column and a row, with the tiles placed in it.
struct MapCell
{
    int column = -1;
    int row = -1;
    QRectF rect;
    QVector<int> tiles; // indexes into MapLayout::tiles(), in Swedish name order
};

// Where an actor would go: its type, level and (for a local lane) municipality.
struct MapCellKey
{
    ActorType type = ActorType::PrivateEmployer;
    GeoLevel level = GeoLevel::Regional;
    std::optional<QString> municipality; // set when the cell is a municipality lane
};

// The landscape map (001 §5.1, Bilaga 9) laid out: actor types horizontally, grouped by
// role, geographic levels vertically (national at the top, local at the bottom, local
// optionally split into a lane per municipality). Every actor gets exactly one tile, in
// the cell of its type and level; tiles never overlap and never leave their cell.
// Pure geometry, no widgets: the screen, the PDF and the tests draw from the same layout.
class MapLayout
{
public:
    static MapLayout build(const ActorList &actors, const MapLayoutOptions &options = {});

    const MapLayoutOptions &options() const { return m_options; }
    const QVector<MapColumn> &columns() const { return m_columns; }
    const QVector<MapGroupBand> &groups() const { return m_groups; }
    const QVector<MapRow> &rows() const { return m_rows; }
    const QVector<MapLevelBand> &levelBands() const { return m_levelBands; }
    const QVector<MapCell> &cells() const { return m_cells; }
    const QVector<MapTile> &tiles() const { return m_tiles; }
    // The tile of actors[index], -1 when there is none.
    int tileOfActor(int actorIndex) const { return m_tileOfActor.value(actorIndex, -1); }
    QRectF bounds() const { return m_bounds; }

    // The cell under a point of the map, -1 when none.
    int cellAt(const QPointF &point) const;
    MapCellKey keyOf(int cell) const;

private:
    MapLayoutOptions m_options;
    QVector<MapColumn> m_columns;
    QVector<MapGroupBand> m_groups;
    QVector<MapRow> m_rows;
    QVector<MapLevelBand> m_levelBands;
    QVector<MapCell> m_cells; // row-major: row * columns + column
    QVector<MapTile> m_tiles;
    QVector<int> m_tileOfActor;
    QRectF m_bounds;
};
