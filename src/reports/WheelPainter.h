#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

class QPainter;

// A point on the wheel: a planned meeting on a date.
struct WheelMarker
{
    QDate date;
    QString label;   // short, for a legend or a tooltip title
    QString tooltip; // details on hover
    qint64 id = 0;   // the slot (or meeting) it stands for
    bool flagged = false; // a clash or a broken rule: drawn with a red ring
};

// One ring of the wheel: a kind of meeting, or (in the regional overview) one body.
struct WheelRing
{
    QString label;
    QColor color;
    QVector<WheelMarker> markers;
};

// What to draw: a year as a circle, months and quarters around it, January at the top
// and time running clockwise, the rings from the outside in.
struct WheelPicture
{
    int year = 0;
    QVector<WheelRing> rings;
    QDate today;          // marked when it falls in the year
    QString centreTitle;  // in the hole: the body, or "Region"
    QString centreSubtitle;
};

// Draws annual wheels on any QPainter (a widget, a PDF page, an image): the same
// drawing on screen and on paper, and the hit test for hover and click.
class WheelPainter
{
    Q_DECLARE_TR_FUNCTIONS(WheelPainter)
public:
    // ink: the colour of the month names around the wheel (a widget makes it readable on
    // its background; on paper it is inkColor()).
    static void paint(QPainter &painter, const QRectF &area, const WheelPicture &picture, const QColor &ink = inkColor());
    static QColor inkColor();

    // Degrees clockwise from twelve o'clock of the middle of the date's day.
    static qreal angleFor(const QDate &date, int year);
    // The centre of the marker of a date on a ring (0 = outermost).
    static QPointF markerCentre(const QRectF &area, const WheelPicture &picture, int ring, const QDate &date);
    static qreal markerRadius(const QRectF &area, const WheelPicture &picture);
    // The ring and marker index under a point, if any.
    static std::optional<std::pair<int, int>> markerAt(const QRectF &area, const WheelPicture &picture,
                                                       const QPointF &point);

    static QColor colorFor(int kindIndex); // forum, working committee, seminar, other
    static QColor areaColor(int area);     // Area bits: training green, guidance blue, preparatory yellow

private:
    struct Geometry
    {
        QPointF centre;
        qreal outer = 0;      // outer edge of the quarter band
        qreal ringsOuter = 0; // outer edge of the first ring
        qreal inner = 0;      // the hole
        qreal ringWidth = 0;
    };
    static Geometry geometry(const QRectF &area, int ringCount);
    static QPointF polar(const QPointF &centre, qreal radius, qreal degrees);
};
