#include "WheelPainter.h"

#include "ReportDocument.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {

const QColor kInk(0x33, 0x3a, 0x40);
const QColor kGrid(0xc8, 0xcd, 0xd2);
const QColor kToday(0xd9, 0x30, 0x25);

// Swedish month names: dates in the application are Swedish whatever the language.
QString monthName(int month)
{
    return ReportDocument::reportLocale().standaloneMonthName(month, QLocale::ShortFormat);
}

QColor tint(const QColor &c, qreal amount)
{
    return QColor::fromRgbF(c.redF() + (1 - c.redF()) * amount, c.greenF() + (1 - c.greenF()) * amount,
                            c.blueF() + (1 - c.blueF()) * amount);
}

} // namespace

QColor WheelPainter::inkColor()
{
    return kInk;
}

QColor WheelPainter::colorFor(int kindIndex)
{
    static const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x8f, 0x00),
                                    QColor(0x6d, 0x4c, 0x41)};
    return colors[qBound(0, kindIndex, 3)];
}

QColor WheelPainter::areaColor(int area)
{
    if (area & 2)
        return QColor(0x15, 0x65, 0xc0); // Omställning & Vägledning: blue
    if (area & 4)
        return QColor(0xc8, 0x9b, 0x00); // Förberedande insatser: yellow
    return QColor(0x2e, 0x7d, 0x32);     // Utbildning & Matchning: green
}

qreal WheelPainter::angleFor(const QDate &date, int year)
{
    const QDate first(year, 1, 1);
    const qreal days = first.daysInYear();
    return (first.daysTo(date) + 0.5) / days * 360.0;
}

QPointF WheelPainter::polar(const QPointF &centre, qreal radius, qreal degrees)
{
    const qreal a = qDegreesToRadians(degrees);
    return {centre.x() + radius * qSin(a), centre.y() - radius * qCos(a)};
}

WheelPainter::Geometry WheelPainter::geometry(const QRectF &area, int ringCount)
{
    Geometry g;
    const qreal side = qMin(area.width(), area.height());
    g.centre = area.center();
    g.outer = side / 2 * 0.86; // room outside for the month names
    g.ringsOuter = g.outer * 0.92;
    g.inner = g.outer * (ringCount > 8 ? 0.22 : 0.34);
    g.ringWidth = (g.ringsOuter - g.inner) / qMax(1, ringCount);
    return g;
}

QPointF WheelPainter::markerCentre(const QRectF &area, const WheelPicture &picture, int ring, const QDate &date)
{
    const Geometry g = geometry(area, int(picture.rings.size()));
    const qreal r = g.ringsOuter - (ring + 0.5) * g.ringWidth;
    return polar(g.centre, r, angleFor(date, picture.year));
}

qreal WheelPainter::markerRadius(const QRectF &area, const WheelPicture &picture)
{
    const Geometry g = geometry(area, int(picture.rings.size()));
    return qMax(2.0, qMin(g.ringWidth * 0.36, g.outer * 0.045));
}

std::optional<std::pair<int, int>> WheelPainter::markerAt(const QRectF &area, const WheelPicture &picture,
                                                          const QPointF &point)
{
    const qreal radius = markerRadius(area, picture) + 2;
    std::optional<std::pair<int, int>> best;
    qreal bestDistance = radius * radius;
    for (int r = 0; r < picture.rings.size(); ++r)
        for (int m = 0; m < picture.rings.at(r).markers.size(); ++m) {
            const QPointF c = markerCentre(area, picture, r, picture.rings.at(r).markers.at(m).date);
            const qreal d = (c.x() - point.x()) * (c.x() - point.x()) + (c.y() - point.y()) * (c.y() - point.y());
            if (d <= bestDistance) {
                bestDistance = d;
                best = std::make_pair(r, m);
            }
        }
    return best;
}

void WheelPainter::paint(QPainter &p, const QRectF &area, const WheelPicture &picture, const QColor &ink)
{
    const int ringCount = int(picture.rings.size());
    const Geometry g = geometry(area, ringCount);
    const QPointF c = g.centre;
    const qreal unit = g.outer / 100.0; // lengths scale with the wheel
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // The quarter band: Q1..Q4 in alternating tints, with their names.
    const qreal bandInner = g.ringsOuter;
    QFont font = ReportDocument::reportFont();
    for (int q = 0; q < 4; ++q) {
        const qreal from = angleFor(QDate(picture.year, q * 3 + 1, 1), picture.year) - 180.0 / 365;
        const qreal to = q == 3 ? 360.0 : angleFor(QDate(picture.year, q * 3 + 4, 1), picture.year) - 180.0 / 365;
        QPainterPath band;
        const QRectF outerRect(c.x() - g.outer, c.y() - g.outer, 2 * g.outer, 2 * g.outer);
        const QRectF innerRect(c.x() - bandInner, c.y() - bandInner, 2 * bandInner, 2 * bandInner);
        band.arcMoveTo(outerRect, 90 - from);
        band.arcTo(outerRect, 90 - from, -(to - from));
        band.arcTo(innerRect, 90 - to, to - from);
        band.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(q % 2 ? QColor(0x54, 0x6e, 0x7a) : QColor(0x78, 0x90, 0x9c));
        p.drawPath(band);
        font.setPixelSize(qMax(6, int((g.outer - bandInner) * 0.62)));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        const QPointF at = polar(c, (g.outer + bandInner) / 2, (from + to) / 2);
        const QString label = QStringLiteral("Q%1").arg(q + 1);
        const QFontMetricsF fm(font);
        p.drawText(QRectF(at.x() - fm.horizontalAdvance(label), at.y() - fm.height() / 2,
                          2 * fm.horizontalAdvance(label), fm.height()),
                   Qt::AlignCenter, label);
    }

    // Rings: light tints of their colour, alternating strength so neighbours separate.
    // Filled as discs from the outside in without antialiasing (fast with many rings);
    // the antialiased circles drawn over their edges below hide the steps.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (int r = 0; r < ringCount; ++r) {
        const qreal ro = g.ringsOuter - r * g.ringWidth;
        p.setBrush(tint(picture.rings.at(r).color, r % 2 ? 0.80 : 0.88));
        p.drawEllipse(c, ro, ro);
    }
    if (ringCount == 0) {
        p.setBrush(QColor(0xf3, 0xf5, 0xf6));
        p.drawEllipse(c, g.ringsOuter, g.ringsOuter);
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Month lines across the rings (quarters heavier) and the month names outside.
    font.setBold(false);
    font.setPixelSize(qMax(7, int(unit * 4.6)));
    p.setFont(font);
    const QFontMetricsF fm(font);
    for (int m = 1; m <= 12; ++m) {
        const qreal a = angleFor(QDate(picture.year, m, 1), picture.year) - 180.0 / 365;
        p.setPen(QPen((m - 1) % 3 == 0 ? QColor(0x90, 0x99, 0xa1) : kGrid, (m - 1) % 3 == 0 ? unit * 0.5 : unit * 0.25));
        p.drawLine(polar(c, g.inner, a), polar(c, g.ringsOuter, a));
        const qreal mid = angleFor(QDate(picture.year, m, 15), picture.year);
        const QPointF at = polar(c, g.outer + unit * 6.5, mid);
        const QString name = monthName(m);
        p.setPen(ink);
        p.drawText(QRectF(at.x() - fm.horizontalAdvance(name), at.y() - fm.height() / 2,
                          2 * fm.horizontalAdvance(name), fm.height()),
                   Qt::AlignCenter, name);
    }
    p.setPen(QPen(kGrid, unit * 0.25));
    p.setBrush(Qt::NoBrush);
    for (int r = 0; r <= ringCount; ++r) {
        const qreal radius = g.ringsOuter - r * g.ringWidth;
        p.drawEllipse(c, radius, radius);
    }

    // Today.
    if (picture.today.isValid() && picture.today.year() == picture.year) {
        const qreal a = angleFor(picture.today, picture.year);
        p.setPen(QPen(kToday, unit * 0.7, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(polar(c, g.inner, a), polar(c, g.outer + unit * 1.5, a));
        p.setBrush(kToday);
        p.setPen(Qt::NoPen);
        p.drawEllipse(polar(c, g.outer + unit * 1.5, a), unit * 1.2, unit * 1.2);
    }

    // Markers.
    const qreal mr = markerRadius(area, picture);
    for (int r = 0; r < ringCount; ++r) {
        const WheelRing &ring = picture.rings.at(r);
        for (const WheelMarker &m : ring.markers) {
            if (!m.date.isValid() || m.date.year() != picture.year)
                continue;
            const QPointF at = markerCentre(area, picture, r, m.date);
            if (m.flagged) {
                p.setPen(Qt::NoPen);
                p.setBrush(kToday);
                p.drawEllipse(at, mr * 1.45, mr * 1.45);
            }
            p.setPen(QPen(Qt::white, qMax(1.0, mr * 0.22)));
            p.setBrush(ring.color.darker(115));
            p.drawEllipse(at, mr, mr);
        }
    }

    // The hole: the title and the year.
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(c, g.inner - unit * 0.3, g.inner - unit * 0.3);
    const qreal boxWidth = g.inner * 1.6;
    QFont title = ReportDocument::reportFont();
    title.setBold(true);
    title.setPixelSize(qMax(7, int(g.inner * 0.30)));
    p.setFont(title);
    p.setPen(kInk);
    p.drawText(QRectF(c.x() - boxWidth / 2, c.y() - g.inner * 0.42, boxWidth, g.inner * 0.42),
               Qt::AlignHCenter | Qt::AlignBottom, QString::number(picture.year));
    QFont sub = ReportDocument::reportFont();
    sub.setPixelSize(qMax(6, int(g.inner * 0.12)));
    p.setFont(sub);
    const QString text = picture.centreSubtitle.isEmpty()
        ? picture.centreTitle
        : picture.centreTitle + QLatin1Char('\n') + picture.centreSubtitle;
    p.drawText(QRectF(c.x() - boxWidth / 2, c.y() + g.inner * 0.02, boxWidth, g.inner * 0.7),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    p.restore();
}
