#include "MapPicture.h"

#include "MapPainter.h"

#include <QPainter>

QSizeF MapPicture::size(const MapLayout &layout)
{
    const QRectF b = layout.bounds();
    return QSizeF(b.width() + 2 * kMargin, b.height() + 2 * kMargin + 8 + MapPainter::legendSize().height());
}

void MapPicture::paint(QPainter *painter, const MapLayout &layout, const ActorList &actors,
                       const QVector<bool> &matches, qreal pixelsPerUnit)
{
    painter->save();
    painter->translate(kMargin, kMargin);
    MapPainter map(layout, actors);
    map.setMatches(matches);
    map.paint(painter, layout.bounds(), pixelsPerUnit);
    MapPainter::paintLegend(painter, QPointF(0, layout.bounds().bottom() + 8));
    painter->restore();
}

QImage MapPicture::image(const MapLayout &layout, const ActorList &actors, const QVector<bool> &matches, qreal scale)
{
    const QSizeF s = size(layout) * scale;
    QImage image(s.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paint(&p, layout, actors, matches, scale);
    return image;
}
