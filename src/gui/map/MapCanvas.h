#pragma once

#include "MapLayout.h"

#include <QGraphicsView>

#include <functional>

class QGraphicsRectItem;
class MapSceneItem;

// The landscape map on screen: a QGraphicsView over one item that paints the laid-out
// map (MapPainter), so that 5 000 actors cost one item, painted only where exposed and
// with less detail when zoomed out. The wheel zooms around the pointer, dragging the
// background pans, a click on a tile activates its actor, and dragging a tile to another
// cell asks to move the actor there (tileDropped).
class MapCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    // The map to show; the layout and actors are kept by the canvas.
    void setMap(const MapLayout &layout, const ActorList &actors);
    // Something else to show instead of the map (the cooperation system): size in map
    // units and a painter of it.
    using Picture = std::function<void(QPainter *painter, const QRectF &exposed, qreal pixelsPerUnit)>;
    void setPicture(const QSizeF &size, Picture picture);
    void setMatches(const QVector<bool> &matches);
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

    const MapLayout &layout() const { return m_layout; }
    const ActorList &actors() const { return m_actors; }
    bool showsMap() const { return !m_picture; }

    // The actor index whose tile is at a point of the view, -1 for none.
    int actorAt(const QPoint &viewPoint) const;
    // Centre of an actor's tile in view coordinates (for tests and keyboard use).
    QPoint viewPointOf(int actorIndex) const;
    QPoint viewPointOfCell(int cell) const;

    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

signals:
    void tileActivated(qint64 actorId);
    void tileDropped(qint64 actorId, const MapCellKey &target);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void zoomBy(qreal factor);
    void endDrag();

    MapLayout m_layout;
    ActorList m_actors;
    QVector<bool> m_matches;
    Picture m_picture;
    MapSceneItem *m_item = nullptr;
    QGraphicsRectItem *m_ghost = nullptr;
    QGraphicsRectItem *m_target = nullptr;
    bool m_dragEnabled = true;
    bool m_autoFit = true; // fitted: stays fitted as the window resizes, until the person zooms
    int m_pressedActor = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    friend class MapSceneItem;
};
