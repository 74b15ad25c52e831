#pragma once

#include "MapLayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

// Paints a laid-out landscape map on any painter (the screen, a PDF, an image, an SVG):
// group and type headers, level and lane labels, the cells, and a tile per actor with
// its areas as colour bands (green Utbildning & Matchning, blue Omställning & Vägledning,
// yellow Förberedande insatser; all of an actor's areas side by side). The painter's
// coordinates are map units; paint() is told how many device pixels one unit is, and
// leaves out what would be too small to read (names on tiles, then tile borders), so
// that a map of 5 000 actors paints quickly at any zoom.
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(MapPainter)
public:
    MapPainter(const MapLayout &layout, const ActorList &actors);

    // Which actors to highlight (same order as the actors); empty = no filter.
    void setMatches(const QVector<bool> &matches) { m_matches = matches; }
    // The actor drawn as selected (index into the actors), -1 for none.
    void setSelected(int actorIndex) { m_selected = actorIndex; }

    // Paints what lies in exposed (map units); pixelsPerUnit decides the detail.
    void paint(QPainter *painter, const QRectF &exposed, qreal pixelsPerUnit) const;

    // The area legend: a swatch and a label per area, in one line at topLeft.
    static QSizeF legendSize();
    static void paintLegend(QPainter *painter, const QPointF &topLeft);

    static QColor areaColor(Area area);
    static QColor groupColor(ActorGroup group);

private:
    void paintHeaders(QPainter *p, const QRectF &exposed) const;
    void paintTiles(QPainter *p, const QRectF &exposed, qreal pixelsPerUnit) const;

    const MapLayout &m_layout;
    const ActorList &m_actors;
    QVector<bool> m_matches;
    int m_selected = -1;
};
