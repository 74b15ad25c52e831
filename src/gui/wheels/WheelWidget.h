#pragma once

#include "WheelPainter.h"

#include <QWidget>

// The annual wheel on screen: WheelPainter's drawing, a tooltip on hover and a click
// on a marker that opens its slot. A legend of the rings sits under the circle.
class WheelWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WheelWidget(QWidget *parent = nullptr);

    void setPicture(const WheelPicture &picture);
    const WheelPicture &picture() const { return m_picture; }
    // Where the circle is drawn (the widget without the legend).
    QRectF wheelArea() const;
    void setSelectedId(qint64 id);

    QSize sizeHint() const override { return {520, 560}; }
    QSize minimumSizeHint() const override { return {240, 260}; }

signals:
    void markerClicked(qint64 id);
    void markerActivated(qint64 id); // double click

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    qint64 idAt(const QPointF &point) const;
    int legendHeight() const;
    WheelPicture m_picture;
    qint64 m_selected = 0;
};
