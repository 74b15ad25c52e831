#include "WheelWidget.h"

#include "PaletteRoles.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

WheelWidget::WheelWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Annual wheel"));
}

void WheelWidget::setPicture(const WheelPicture &picture)
{
    m_picture = picture;
    update();
}

void WheelWidget::setSelectedId(qint64 id)
{
    m_selected = id;
    update();
}

int WheelWidget::legendHeight() const
{
    if (m_picture.rings.size() > 8)
        return 0;
    // The legend flows over as many lines as the width needs.
    const QFontMetrics fm = fontMetrics();
    int lines = 1;
    int x = 4;
    for (const WheelRing &ring : m_picture.rings) {
        const int w = fm.height() + 2 + fm.horizontalAdvance(ring.label) + 18;
        if (x + w > width() - 4 && x > 4) {
            ++lines;
            x = 4;
        }
        x += w;
    }
    return lines * (fm.height() + 4) + 8;
}

QRectF WheelWidget::wheelArea() const
{
    return QRectF(rect()).adjusted(4, 4, -4, -4 - legendHeight());
}

void WheelWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF area = wheelArea();
    WheelPainter::paint(p, area, m_picture,
                        PaletteRoles::readableOn(WheelPainter::inkColor(), palette().base().color()));

    // The selected marker: a ring around it.
    for (int r = 0; r < m_picture.rings.size(); ++r)
        for (const WheelMarker &m : m_picture.rings.at(r).markers)
            if (m_selected && m.id == m_selected && m.date.year() == m_picture.year) {
                const QPointF at = WheelPainter::markerCentre(area, m_picture, r, m.date);
                const qreal radius = WheelPainter::markerRadius(area, m_picture) * 1.9;
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(QPen(palette().highlight().color(), 2.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(at, radius, radius);
            }

    if (legendHeight() > 0) {
        p.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm = fontMetrics();
        int x = 4;
        int y = height() - legendHeight() + 4;
        for (const WheelRing &ring : m_picture.rings) {
            const int w = fm.height() + 2 + fm.horizontalAdvance(ring.label) + 18;
            if (x + w > width() - 4 && x > 4) {
                x = 4;
                y += fm.height() + 4;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(ring.color.darker(115));
            p.drawEllipse(QRectF(x, y + 2, fm.height() - 4, fm.height() - 4));
            p.setPen(palette().text().color());
            p.drawText(QRect(x + fm.height() + 2, y, fm.horizontalAdvance(ring.label) + 4, fm.height()),
                       Qt::AlignVCenter, ring.label);
            x += w;
        }
    }
}

qint64 WheelWidget::idAt(const QPointF &point) const
{
    const auto hit = WheelPainter::markerAt(wheelArea(), m_picture, point);
    return hit ? m_picture.rings.at(hit->first).markers.at(hit->second).id : 0;
}

bool WheelWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const auto hit = WheelPainter::markerAt(wheelArea(), m_picture, help->pos());
        if (hit)
            QToolTip::showText(help->globalPos(), m_picture.rings.at(hit->first).markers.at(hit->second).tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void WheelWidget::mouseMoveEvent(QMouseEvent *e)
{
    setCursor(idAt(e->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(e);
}

void WheelWidget::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        if (const qint64 id = idAt(e->position()))
            emit markerClicked(id);
    QWidget::mousePressEvent(e);
}

void WheelWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        if (const qint64 id = idAt(e->position()))
            emit markerActivated(id);
    QWidget::mouseDoubleClickEvent(e);
}
