#include "MapReport.h"

#include "ReportFormats.h"

#include "MapPicture.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <cmath>

namespace {

const int kMapObjectType = QTextFormat::UserObject + 31;
enum MapProperty { SourceRect = QTextFormat::UserProperty + 1, TargetSize };

const QColor kQuietText(0x55, 0x5b, 0x61);
const QColor kRule(0x33, 0x3a, 0x40);

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &color = Qt::black)
{
    return ReportFormats::text(pointSize, bold, color);
}

// Millimetres in the document's layout units.
qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * ReportDocument::layoutDpi();
}

} // namespace

// Draws a part of the map picture (source, in map units) into the space the text layout
// gives it: vector graphics on a PDF or printer, at any resolution.
class MapTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    MapTextObject(const MapLayout &layout, const ActorList &actors) : m_layout(layout), m_actors(actors) {}
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(TargetSize).toSizeF();
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const QRectF source = format.property(SourceRect).toRectF();
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        painter->translate(rect.topLeft());
        const qreal s = rect.width() / source.width();
        painter->scale(s, s);
        painter->translate(-source.topLeft());
        // Full detail: paper is read close up.
        MapPicture::paint(painter, m_layout, m_actors, {}, 100.0);
        painter->restore();
    }

private:
    const MapLayout &m_layout;
    const ActorList &m_actors;
};

MapReport::MapReport(const MapRevision &revision, int latestRevision, const QString &databaseName,
                     const Options &options, const QDate &printedOn)
    : m_options(options)
{
    m_object = std::make_unique<MapTextObject>(m_layout, m_actors);
    document()->documentLayout()->registerHandler(kMapObjectType, m_object.get());
    setTitle(tr("Landscape map"));
    setSubtitle(revision.number > 0 ? tr("%1, revision %2").arg(revision.owner).arg(revision.number) : databaseName);
    setPrintedOn(printedOn);
    setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                              QPageLayout::Millimeter));
    m_actors = revision.actors;
    MapLayoutOptions lo;
    lo.municipalityLanes = options.municipalityLanes;
    // The shape of the room the map has on the first page (under the title block).
    const QRectF paper = pageLayout().paintRect(QPageLayout::Millimeter);
    lo.aspect = paper.width() / (paper.height() - 12.0 - 10.0 - 36.0);
    m_layout = MapLayout::build(m_actors, lo);
    build(revision, latestRevision, databaseName);
}

MapReport::~MapReport()
{
    // The document (in the base) outlives this class's members: take the handler away first.
    document()->documentLayout()->unregisterHandler(kMapObjectType, m_object.get());
}

void MapReport::build(const MapRevision &revision, int latestRevision, const QString &databaseName)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();

    // Title block: what, whose, which revision, when.
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(points(7));
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(tr("Landscape map of the actors in skills supply"), charFormat(16, true));

    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(points(2));
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(points(6));
    tf.setBottomMargin(points(4));
    QTextTable *table = cursor.insertTable(2, 4, tf);
    const QTextCharFormat label = charFormat(7.5, false, kQuietText);
    const QTextCharFormat value = charFormat(10, true);
    const QString revisionText = revision.number > 0
        ? tr("Revision %1").arg(revision.number)
        : (latestRevision > 0 ? tr("Working copy, not published (latest revision: %1)").arg(latestRevision)
                              : tr("Working copy, not published"));
    const QString owner = revision.owner.isEmpty() ? databaseName : revision.owner;
    const QString date = revision.number > 0 ? formatDate(revision.publishedAt.toLocalTime().date())
                                             : formatDate(printedOn());
    const QStringList labels{tr("Owner"), tr("Revision"), revision.number > 0 ? tr("Published") : tr("Date"),
                             tr("Actors")};
    const QStringList values{owner, revisionText, date, formatNumber(m_actors.size())};
    for (int c = 0; c < 4; ++c) {
        QTextTableCellFormat cf;
        cf.setTopBorder(1.2);
        cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cf.setTopBorderBrush(kRule);
        cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_None);
        cf.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
        cf.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
        table->cellAt(0, c).setFormat(cf);
        table->cellAt(0, c).firstCursorPosition().insertText(labels.at(c), label);
        table->cellAt(1, c).firstCursorPosition().insertText(values.at(c), value);
    }
    cursor.movePosition(QTextCursor::End);
    if (revision.number > 0 && !revision.comment.isEmpty()) {
        QTextBlockFormat b;
        b.setBottomMargin(points(3));
        cursor.setBlockFormat(b);
        cursor.insertText(revision.comment, charFormat(9, false, kQuietText));
        cursor.insertBlock();
    }

    // The map: fitted into what is left of the first page, or full size across pages.
    const QSizeF picture = MapPicture::size(m_layout);
    const QRectF paper = pageLayout().paintRect(QPageLayout::Millimeter);
    const qreal bodyWidth = mm(paper.width()) * 0.995;
    const qreal bodyHeight = mm(paper.height() - 12.0 - 10.0); // less header and footer bands
    const qreal firstPageRoom = bodyHeight - mm(revision.comment.isEmpty() ? 30 : 36);
    QVector<QRectF> parts;
    qreal scale = 0; // layout units per map unit
    if (!m_options.tiled) {
        scale = std::min(bodyWidth / picture.width(), firstPageRoom / picture.height());
        parts.append(QRectF(QPointF(0, 0), picture));
    } else {
        scale = mm(25.4 / 72.0) * 1.0; // one map unit = one point on paper
        const qreal partW = bodyWidth / scale;
        const qreal partH = (bodyHeight - mm(8)) / scale;
        for (qreal y = 0; y < picture.height(); y += partH)
            for (qreal x = 0; x < picture.width(); x += partW)
                parts.append(QRectF(x, y, std::min(partW, picture.width() - x), std::min(partH, picture.height() - y)));
    }
    m_mapPages = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QRectF &part = parts.at(i);
        QTextBlockFormat b;
        if (m_options.tiled) {
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(b);
            cursor.insertText(tr("Map, part %1 of %2").arg(i + 1).arg(parts.size()), charFormat(8, true, kQuietText));
            b.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            cursor.insertBlock(b);
        } else {
            cursor.setBlockFormat(b);
        }
        QTextCharFormat object;
        object.setObjectType(kMapObjectType);
        object.setProperty(SourceRect, part);
        object.setProperty(TargetSize, QSizeF(part.width() * scale, part.height() * scale));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        ++m_mapPages;
    }
    addAppendix(cursor);
    cursor.endEditBlock();
}

void MapReport::addAppendix(QTextCursor &cursor)
{
    QTextBlockFormat heading;
    heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    heading.setBottomMargin(points(4));
    cursor.insertBlock(heading);
    cursor.insertText(tr("Appendix: the actors by cell"), charFormat(14, true));

    QTextBlockFormat cellHeading;
    cellHeading.setTopMargin(points(5));
    cellHeading.setBottomMargin(points(1));
    QTextBlockFormat names;
    names.setBottomMargin(points(1));
    const QTextCharFormat headingText = charFormat(9, true);
    const QTextCharFormat countText = charFormat(8, false, kQuietText);
    const QTextCharFormat nameText = charFormat(8.5);
    const QTextCharFormat quiet = charFormat(8, false, kQuietText);
    for (const MapCell &cell : m_layout.cells()) {
        if (cell.tiles.isEmpty())
            continue;
        const MapRow &row = m_layout.rows().at(cell.row);
        QString where = Classification::label(m_layout.columns().at(cell.column).type) + QStringLiteral(" · ")
            + Classification::label(row.level);
        if (row.lane)
            where += QStringLiteral(" · ") + (row.municipality.isEmpty() ? tr("no municipality") : row.municipality);
        cursor.insertBlock(cellHeading);
        cursor.insertText(where, headingText);
        cursor.insertText(QStringLiteral("  (%1)").arg(formatNumber(cell.tiles.size())), countText);
        cursor.insertBlock(names);
        bool first = true;
        for (int t : cell.tiles) {
            const Actor &a = m_actors.at(m_layout.tiles().at(t).actor);
            if (!first)
                cursor.insertText(QStringLiteral(" · "), quiet);
            first = false;
            for (Area area : Classification::areas()) {
                if (!a.areas.testFlag(area))
                    continue;
                QTextCharFormat square = nameText;
                square.setForeground(QColor(Classification::colorName(area)));
                cursor.insertText(QString(QChar(0x25A0)), square);
            }
            cursor.insertText(QString(QChar(0x00A0)) + a.name, nameText);
            if (!row.lane && a.level == GeoLevel::Local && !a.municipality.isEmpty())
                cursor.insertText(QStringLiteral(" (%1)").arg(a.municipality), quiet);
        }
    }
}

#include "MapReport.moc"
