#include "MapCanvas.h"

#include "PaletteRoles.h"

#include "MapPainter.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

// The single item of the scene: the whole map, painted where exposed.
class MapSceneItem : public QGraphicsItem
{
public:
    explicit MapSceneItem(MapCanvas *canvas) : m_canvas(canvas) {}
    void setSize(const QSizeF &size)
    {
        prepareGeometryChange();
        m_size = size;
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal ppu = option->levelOfDetailFromTransform(painter->worldTransform());
        if (m_canvas->m_picture) {
            m_canvas->m_picture(painter, option->exposedRect, ppu);
            return;
        }
        MapPainter map(m_canvas->m_layout, m_canvas->m_actors);
        map.setMatches(m_canvas->m_matches);
        map.setSelected(m_canvas->m_dragging ? m_canvas->m_pressedActor : -1);
        map.paint(painter, option->exposedRect, ppu);
    }

private:
    MapCanvas *m_canvas;
    QSizeF m_size;
};

MapCanvas::MapCanvas(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    auto *scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(scene);
    m_item = new MapSceneItem(this);
    m_item->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    scene->addItem(m_item);
    const QColor accent = PaletteRoles::text(PaletteRoles::Role::Accent, PaletteRoles::background(PaletteRoles::Surface::Canvas));
    QColor accentTint = accent;
    accentTint.setAlpha(30);
    m_target = scene->addRect(QRectF(), QPen(accent, 2, Qt::DashLine), accentTint);
    m_target->setZValue(1);
    m_target->hide();
    QColor ghost = palette().color(QPalette::Base);
    ghost.setAlpha(200);
    m_ghost = scene->addRect(QRectF(), QPen(accent, 1.5), ghost);
    m_ghost->setZValue(2);
    m_ghost->hide();
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(PaletteRoles::background(PaletteRoles::Surface::Canvas));
    setMouseTracking(true);
}

void MapCanvas::setMap(const MapLayout &layout, const ActorList &actors)
{
    m_picture = nullptr;
    m_layout = layout;
    m_actors = actors;
    m_matches.clear();
    const QRectF b = m_layout.bounds().adjusted(-16, -16, 16, 16);
    m_item->setSize(m_layout.bounds().size());
    scene()->setSceneRect(b);
    m_item->update();
}

void MapCanvas::setPicture(const QSizeF &size, Picture picture)
{
    m_picture = std::move(picture);
    m_item->setSize(size);
    scene()->setSceneRect(QRectF(QPointF(0, 0), size).adjusted(-16, -16, 16, 16));
    m_item->update();
}

void MapCanvas::setMatches(const QVector<bool> &matches)
{
    m_matches = matches;
    m_item->update();
}

int MapCanvas::actorAt(const QPoint &viewPoint) const
{
    if (m_picture)
        return -1;
    const QPointF p = mapToScene(viewPoint);
    const int cell = m_layout.cellAt(p);
    if (cell < 0)
        return -1;
    for (int t : m_layout.cells().at(cell).tiles)
        if (m_layout.tiles().at(t).rect.contains(p))
            return m_layout.tiles().at(t).actor;
    return -1;
}

QPoint MapCanvas::viewPointOf(int actorIndex) const
{
    const int t = m_layout.tileOfActor(actorIndex);
    return t < 0 ? QPoint() : mapFromScene(m_layout.tiles().at(t).rect.center());
}

QPoint MapCanvas::viewPointOfCell(int cell) const
{
    const QRectF r = m_layout.cells().value(cell).rect;
    return mapFromScene(QPointF(r.right() - 6, r.bottom() - 6));
}

void MapCanvas::zoomIn()
{
    zoomBy(1.25);
}

void MapCanvas::zoomOut()
{
    zoomBy(1 / 1.25);
}

void MapCanvas::fitToWindow()
{
    m_autoFit = true;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void MapCanvas::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if ((factor > 1 && next > 8) || (factor < 1 && next < 0.02))
        return;
    m_autoFit = false;
    scale(factor, factor);
    emit zoomChanged(zoom());
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const int actor = event->button() == Qt::LeftButton ? actorAt(event->position().toPoint()) : -1;
    if (actor < 0)
        return QGraphicsView::mousePressEvent(event); // pans the map
    m_pressedActor = actor;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedActor < 0) {
        viewport()->setCursor(actorAt(event->position().toPoint()) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return QGraphicsView::mouseMoveEvent(event);
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging) {
        if (!m_dragEnabled || (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        m_item->update();
    }
    const QRectF tile = m_layout.tiles().at(m_layout.tileOfActor(m_pressedActor)).rect;
    const QPointF p = mapToScene(pos);
    m_ghost->setRect(QRectF(p - QPointF(tile.width() / 2, tile.height() / 2), tile.size()));
    m_ghost->show();
    const int cell = m_layout.cellAt(p);
    m_target->setVisible(cell >= 0);
    if (cell >= 0)
        m_target->setRect(m_layout.cells().at(cell).rect.adjusted(2, 2, -2, -2));
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressedActor < 0)
        return QGraphicsView::mouseReleaseEvent(event);
    const int actor = m_pressedActor;
    const bool dragged = m_dragging;
    endDrag();
    const qint64 id = m_actors.at(actor).id;
    if (!dragged) {
        emit tileActivated(id);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    const int cell = m_layout.cellAt(p);
    const int from = m_layout.tiles().at(m_layout.tileOfActor(actor)).cell;
    if (cell >= 0 && cell != from)
        emit tileDropped(id, m_layout.keyOf(cell));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A click already opens the actor; a double click is not a second one.
    event->accept();
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void MapCanvas::endDrag()
{
    m_pressedActor = -1;
    m_dragging = false;
    m_ghost->hide();
    m_target->hide();
    viewport()->unsetCursor();
    m_item->update();
}
