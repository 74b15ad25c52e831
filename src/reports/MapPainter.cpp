#include "MapPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {

// Sizes in map units, whatever the device: the painter's transform scales them.
QFont mapFont(int size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(size);
    f.setBold(bold);
    return f;
}

const QColor kInk(0x26, 0x32, 0x38);
const QColor kGrid(0xb0, 0xbe, 0xc5);
const QColor kFaded(0xec, 0xef, 0xf1);

} // namespace

MapPainter::MapPainter(const MapLayout &layout, const ActorList &actors) : m_layout(layout), m_actors(actors) {}

QColor MapPainter::areaColor(Area area)
{
    return QColor(Classification::colorName(area)); // the same colours as the register
}

QColor MapPainter::groupColor(ActorGroup group)
{
    switch (group) {
    case ActorGroup::Employers: return QColor(0x37, 0x47, 0x4f);
    case ActorGroup::Educators: return QColor(0x45, 0x5a, 0x64);
    case ActorGroup::GroupFocused: return QColor(0x54, 0x6e, 0x7a);
    case ActorGroup::Authorities: return QColor(0x37, 0x47, 0x4f);
    case ActorGroup::BusinessSupport: return QColor(0x45, 0x5a, 0x64);
    }
    return kInk;
}

void MapPainter::paint(QPainter *p, const QRectF &exposed, qreal pixelsPerUnit) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, pixelsPerUnit > 0.35);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    paintHeaders(p, exposed);
    paintTiles(p, exposed, pixelsPerUnit);
    p->restore();
}

void MapPainter::paintHeaders(QPainter *p, const QRectF &exposed) const
{
    const MapLayoutOptions &o = m_layout.options();
    const QRectF bounds = m_layout.bounds();

    // Rows: a soft band per level, the local lanes alternating.
    for (int r = 0; r < m_layout.rows().size(); ++r) {
        const MapRow &row = m_layout.rows().at(r);
        if (!row.body.intersects(exposed) && !row.header.intersects(exposed))
            continue;
        QColor band;
        switch (row.level) {
        case GeoLevel::National: band = QColor(0xf3, 0xf6, 0xf9); break;
        case GeoLevel::CrossRegional: band = QColor(0xf7, 0xf9, 0xfb); break;
        case GeoLevel::Regional: band = QColor(0xfb, 0xfc, 0xfd); break;
        case GeoLevel::Local: band = (row.lane && r % 2) ? QColor(0xf5, 0xf7, 0xf8) : QColor(0xff, 0xff, 0xff); break;
        }
        p->fillRect(row.body, band);
        p->fillRect(row.header, QColor(0xe3, 0xe9, 0xed));
        p->setPen(kInk);
        const QString label = row.lane ? (row.municipality.isEmpty() ? tr("No municipality") : row.municipality)
                                       : Classification::label(row.level);
        p->setFont(mapFont(row.lane ? 8 : 10, !row.lane));
        p->drawText(row.header.adjusted(6, 4, -4, -4), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
    }
    for (const MapLevelBand &band : m_layout.levelBands()) {
        if (!band.rect.intersects(exposed))
            continue;
        p->fillRect(band.rect, QColor(0xd5, 0xdd, 0xe2));
        p->setPen(kInk);
        p->setFont(mapFont(10, true));
        p->drawText(band.rect.adjusted(6, 6, -4, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    Classification::label(band.level));
    }

    // Columns: the group bands, then the type labels.
    for (const MapGroupBand &g : m_layout.groups()) {
        if (!g.rect.intersects(exposed))
            continue;
        p->fillRect(g.rect.adjusted(0.5, 0, -0.5, 0), groupColor(g.group));
        p->setPen(Qt::white);
        p->setFont(mapFont(9, true));
        const QString label = Classification::label(g.group);
        if (QFontMetricsF(p->font(), p->device()).horizontalAdvance(label) > g.rect.width() - 12)
            p->setFont(mapFont(7, true)); // a narrow group: smaller, on two lines
        p->drawText(g.rect.adjusted(6, 1, -6, -1), Qt::AlignCenter | Qt::TextWordWrap, label);
    }
    for (const MapColumn &c : m_layout.columns()) {
        if (!c.header.intersects(exposed))
            continue;
        p->fillRect(c.header, QColor(0xe3, 0xe9, 0xed));
        p->setPen(kInk);
        p->setFont(mapFont(8, true));
        p->drawText(c.header.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, Classification::label(c.type));
    }

    // Grid: thin lines between columns and rows.
    p->setPen(QPen(kGrid, 0.6));
    const qreal top = o.groupHeaderHeight;
    for (const MapColumn &c : m_layout.columns())
        p->drawLine(QPointF(c.header.left(), top), QPointF(c.header.left(), bounds.bottom()));
    p->drawLine(QPointF(bounds.right(), top), QPointF(bounds.right(), bounds.bottom()));
    for (const MapRow &r : m_layout.rows()) {
        const qreal left = r.lane ? r.header.left() : 0;
        p->drawLine(QPointF(left, r.body.top()), QPointF(bounds.right(), r.body.top()));
    }
    p->drawLine(QPointF(0, bounds.bottom()), bounds.bottomRight());
    // Heavier lines between the levels and between the groups.
    p->setPen(QPen(QColor(0x78, 0x90, 0x9c), 1.4));
    for (int r = 0; r < m_layout.rows().size(); ++r) {
        const MapRow &row = m_layout.rows().at(r);
        if (r == 0 || m_layout.rows().at(r - 1).level != row.level)
            p->drawLine(QPointF(0, row.body.top()), QPointF(bounds.right(), row.body.top()));
    }
    for (const MapGroupBand &g : m_layout.groups())
        p->drawLine(QPointF(g.rect.left(), 0), QPointF(g.rect.left(), bounds.bottom()));
    p->drawRect(bounds);
}

void MapPainter::paintTiles(QPainter *p, const QRectF &exposed, qreal pixelsPerUnit) const
{
    const MapLayoutOptions &o = m_layout.options();
    const bool filtered = !m_matches.isEmpty();
    const bool names = o.tileHeight * pixelsPerUnit >= 9;  // readable text
    const bool borders = o.tileHeight * pixelsPerUnit >= 7;
    const qreal bar = 7; // width of one area's band
    const QFont font = mapFont(8);
    const QFont bold = mapFont(8, true);
    p->setFont(font);
    const QFontMetricsF fm(font, p->device());
    static const Area kAreas[] = {Area::TrainingMatching, Area::TransitionGuidance, Area::Preparatory};

    for (const MapCell &cell : m_layout.cells()) {
        if (!cell.rect.intersects(exposed) || cell.tiles.isEmpty())
            continue;
        for (int t : cell.tiles) {
            const MapTile &tile = m_layout.tiles().at(t);
            if (!tile.rect.intersects(exposed))
                continue;
            const Actor &a = m_actors.at(tile.actor);
            const bool match = !filtered || m_matches.value(tile.actor);
            const bool selected = tile.actor == m_selected;
            int bands = 0;
            for (Area area : kAreas)
                if (a.areas.testFlag(area))
                    ++bands;
            if (!borders) {
                // Far out: a tile is a few pixels; its colours are all one can see.
                if (!match) {
                    p->fillRect(tile.rect, kFaded);
                    continue;
                }
                if (bands == 0) {
                    p->fillRect(tile.rect, areaColor(Area::None));
                    continue;
                }
                const qreal w = tile.rect.width() / bands;
                qreal x = tile.rect.left();
                for (Area area : kAreas) {
                    if (!a.areas.testFlag(area))
                        continue;
                    p->fillRect(QRectF(x, tile.rect.top(), w, tile.rect.height()), areaColor(area));
                    x += w;
                }
                continue;
            }
            p->setPen(selected ? QPen(QColor(0xd8, 0x43, 0x15), 2.2)
                               : QPen(match ? QColor(0x90, 0xa4, 0xae) : QColor(0xdd, 0xe3, 0xe6), 0.8));
            p->setBrush(match ? QColor(Qt::white) : QColor(0xfa, 0xfb, 0xfb));
            p->drawRoundedRect(tile.rect, 3, 3);
            // The areas: one coloured band each, side by side at the left edge.
            qreal x = tile.rect.left() + 1;
            const QRectF inner = tile.rect.adjusted(1, 1, -1, -1);
            if (bands == 0) {
                p->fillRect(QRectF(x, inner.top(), 3, inner.height()), match ? areaColor(Area::None) : kFaded);
                x += 3;
            }
            for (Area area : kAreas) {
                if (!a.areas.testFlag(area))
                    continue;
                QColor c = areaColor(area);
                if (!match)
                    c = c.lighter(170);
                p->fillRect(QRectF(x, inner.top(), bar, inner.height()), c);
                x += bar;
            }
            if (names) {
                p->setPen(match ? kInk : QColor(0xb0, 0xbe, 0xc5));
                if (filtered && match)
                    p->setFont(bold);
                const QRectF textRect(x + 4, inner.top(), inner.right() - x - 6, inner.height());
                const QFontMetricsF &m = fm;
                QString text = a.name;
                if (m.horizontalAdvance(text) > textRect.width() * 2 - 4) // two lines at most
                    text = m.elidedText(text, Qt::ElideRight, textRect.width() * 2 - 8);
                p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
                if (filtered && match)
                    p->setFont(font);
            }
        }
    }
    p->setBrush(Qt::NoBrush);
}

QSizeF MapPainter::legendSize()
{
    return QSizeF(560, 18);
}

void MapPainter::paintLegend(QPainter *p, const QPointF &topLeft)
{
    p->save();
    p->setFont(mapFont(9));
    const QFontMetricsF fm(p->font(), p->device());
    qreal x = topLeft.x();
    static const Area kAreas[] = {Area::TrainingMatching, Area::TransitionGuidance, Area::Preparatory};
    for (Area area : kAreas) {
        p->fillRect(QRectF(x, topLeft.y() + 3, 12, 12), areaColor(area));
        const QString label = Classification::label(area);
        p->setPen(kInk);
        p->drawText(QPointF(x + 17, topLeft.y() + 13), label);
        x += 17 + fm.horizontalAdvance(label) + 22;
    }
    p->restore();
}
