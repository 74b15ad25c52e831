#pragma once

#include "MapLayout.h"

#include <QImage>
#include <QSizeF>
#include <QVector>

class QPainter;

// The whole map as a picture: a margin, the map, and the area legend under it. The same
// drawing goes to a PNG, an SVG and a PDF page.
class MapPicture
{
public:
    // Size in map units, margins and legend included.
    static QSizeF size(const MapLayout &layout);
    // Paints the picture with its top left at the painter's origin, in map units.
    static void paint(QPainter *painter, const MapLayout &layout, const ActorList &actors,
                      const QVector<bool> &matches, qreal pixelsPerUnit);
    // The picture at scale device pixels per map unit, on white.
    static QImage image(const MapLayout &layout, const ActorList &actors, const QVector<bool> &matches = {},
                        qreal scale = 2.0);

    static constexpr qreal kMargin = 16;
};
