#include "ReportDocument.h"

#include "AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The resolution QTextDocument's layout takes format lengths in when it lays out for no
// paint device: the primary screen's logical DPI, 96 with Qt::AA_Use96Dpi, and 100
// before there is a screen (as QtGui decides it, through public calls only).
int textLayoutDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            return qRound(screen->logicalDotsPerInchY());
    return 100;
}

constexpr qreal kMmPerInch = 25.4;
const QColor kRuleColor(0x9a, 0xa0, 0xa6);
const QColor kQuietText(0x55, 0x5b, 0x61);

} // namespace

// Where things go on one page, in the painter's coordinates of one device (pixels,
// origin at the paper's top left corner) plus the body size in layout units.
struct ReportDocument::Geometry
{
    qreal dpiX = 72;
    qreal dpiY = 72;
    QPointF paperOrigin; // where the paper's top left corner is in the painter
    QRectF content;      // inside the margins: header + body + footer
    QRectF body;
    QSizeF bodyInLayout; // the document's page size
};

ReportDocument::ReportDocument()
    : m_printedOn(QDate::currentDate())
    , m_pageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter)
    , m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_ARGB32_Premultiplied))
    , m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    m_layoutDevice->setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice->setDotsPerMeterY(dotsPerMeter);

    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(reportFont(9));
    m_document->setUndoRedoEnabled(false);
    // Contents changed by the report (not by the pagination): paginate again.
    QObject::connect(m_document.get(), &QTextDocument::contentsChanged, m_document.get(), [this] {
        if (!m_paginating)
            m_paginatedFor = QSizeF();
    });
}

ReportDocument::~ReportDocument()
{
    m_document.reset(); // before the device it is laid out against
}

void ReportDocument::setTitle(const QString &title)
{
    m_title = title;
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
}

void ReportDocument::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
}

void ReportDocument::setPrintedOn(const QDate &date)
{
    m_printedOn = date;
}

void ReportDocument::setPageLayout(const QPageLayout &layout)
{
    m_pageLayout = layout;
}

QFont ReportDocument::reportFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" in "Specifikt" must come out of the PDF as two letters, so
    // that the text can be searched and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

QLocale ReportDocument::reportLocale()
{
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

QString ReportDocument::formatDate(const QDate &date)
{
    // The Swedish (ISO 8601) short date; spelled out so that no CLDR change alters it.
    return date.isValid() ? reportLocale().toString(date, QStringLiteral("yyyy-MM-dd")) : QString();
}

QString ReportDocument::formatNumber(qint64 number)
{
    return reportLocale().toString(number);
}

qreal ReportDocument::points(qreal pt)
{
    return pt * textLayoutDpi() / 72.0;
}

ReportDocument::Geometry ReportDocument::geometryFor(const QPageLayout &paper, const QMarginsF &minimumMarginsMm,
                                                     qreal dpiX, qreal dpiY, const QPointF &paperOriginInDevice) const
{
    const QRectF paperMm = paper.fullRect(QPageLayout::Millimeter);
    const QMarginsF wanted = m_pageLayout.margins(QPageLayout::Millimeter);
    const QMarginsF margins(
        std::max(wanted.left(), minimumMarginsMm.left()), std::max(wanted.top(), minimumMarginsMm.top()),
        std::max(wanted.right(), minimumMarginsMm.right()), std::max(wanted.bottom(), minimumMarginsMm.bottom()));
    const QRectF contentMm = paperMm.marginsRemoved(margins);
    QRectF bodyMm = contentMm.adjusted(0, kHeaderHeightMm, 0, -kFooterHeightMm);
    if (bodyMm.height() < 20) // absurd margins: keep something to print on
        bodyMm.setHeight(20);

    const auto toDevice = [dpiX, dpiY](const QRectF &mm) {
        return QRectF(mm.x() * dpiX / kMmPerInch, mm.y() * dpiY / kMmPerInch, mm.width() * dpiX / kMmPerInch,
                      mm.height() * dpiY / kMmPerInch);
    };
    Geometry g;
    g.dpiX = dpiX;
    g.dpiY = dpiY;
    g.paperOrigin = paperOriginInDevice;
    g.content = toDevice(contentMm);
    g.body = toDevice(bodyMm);
    g.bodyInLayout = QSizeF(bodyMm.width() * layoutDpi() / kMmPerInch, bodyMm.height() * layoutDpi() / kMmPerInch);
    return g;
}

int ReportDocument::layOut(const Geometry &g) const
{
    if (m_paginatedFor != g.bodyInLayout) {
        m_paginating = true;
        m_document->setPageSize(g.bodyInLayout);
        keepTableRowsTogether();
        m_paginating = false;
        m_paginatedFor = g.bodyInLayout;
    }
    return std::max(1, m_document->pageCount());
}

namespace {

// Marks what keepTableRowsTogether() added, to take it back for another paper.
constexpr int kFillerRowProperty = QTextFormat::UserProperty + 0x5246;
constexpr int kTableBreakProperty = QTextFormat::UserProperty + 0x5247;

void collectTables(QTextFrame *frame, QList<QTextTable *> *tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}

bool isFillerRow(QTextTable *table, int row)
{
    return table->cellAt(row, 0).format().hasProperty(kFillerRowProperty);
}

void setTableBreak(QTextTable *table, bool on)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
    if (on)
        format.setProperty(kTableBreakProperty, true);
    else
        format.clearProperty(kTableBreakProperty);
    table->setFormat(format);
}

// An invisible row of the given height (layout units) before the row.
void insertFillerRow(QTextTable *table, int row, qreal height, qreal layoutScale)
{
    table->insertRows(row, 1);
    QTextTableCellFormat cellFormat;
    cellFormat.setProperty(kFillerRowProperty, true);
    cellFormat.setPadding(0);
    cellFormat.setBorder(0);
    cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
    cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_None);
    cellFormat.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    cellFormat.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    QTextBlockFormat line;
    // Fixed line heights are given at the screen resolution, like other lengths.
    line.setLineHeight(height / layoutScale, QTextBlockFormat::FixedHeight);
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        cell.setFormat(cellFormat);
        QTextCursor(cell.firstCursorPosition()).setBlockFormat(line);
    }
}

} // namespace

namespace {

// Where a table row is: from the top of its cells to the bottom of the lowest of them
// (padding included), in document coordinates; invalid when no cell starts in it.
struct RowExtent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    bool isValid() const { return top <= bottom; }
};

RowExtent rowExtent(QTextTable *table, int row, qreal layoutScale)
{
    QTextDocument *doc = table->document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    RowExtent e;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c || cell.rowSpan() > 1)
            continue;
        const QTextTableCellFormat format = cell.format().toTableCellFormat();
        const QRectF first = layout->blockBoundingRect(doc->findBlock(cell.firstPosition()));
        const QRectF last = layout->blockBoundingRect(doc->findBlock(cell.lastPosition()));
        e.top = std::min(e.top, first.top() - format.topPadding() * layoutScale);
        e.bottom = std::max(e.bottom, last.bottom() + format.bottomPadding() * layoutScale);
    }
    return e;
}

// Has everything from just before the table to the end laid out again. Changing a
// table (its rows, its format) can leave the blocks around it without lines: the
// layout clears them but, when only moving what follows, does not lay them out again.
void relayoutFrom(QTextTable *table)
{
    QTextDocument *doc = table->document();
    const int from = std::max(0, doc->findBlock(table->firstPosition() - 1).previous().position());
    doc->markContentsDirty(from, doc->characterCount() - from);
}

} // namespace

// QTextDocument breaks a table row between its lines when it does not fit on the page,
// so that a wrapped name ends up on one page and the rest of its row on the next. Rows
// that would be split are moved whole to the next page instead: by an invisible filler
// row that takes up the rest of the page before them, or, for the first row of a table,
// by starting the table on the next page (so a heading is never left alone).
//
// Relaying out a long table after every filler would be slow (quadratic), so the rows'
// heights are measured once on an endless page and the page breaks of each table are
// worked out from them the way the layout makes them; then the table is checked row by
// row and anything the plan missed is fixed one row at a time.
void ReportDocument::keepTableRowsTogether() const
{
    QTextDocument *doc = m_document.get();
    QList<QTextTable *> tables;
    collectTables(doc->rootFrame(), &tables);
    if (tables.isEmpty())
        return;

    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (QTextTable *table : std::as_const(tables)) {
        for (int r = table->rows() - 1; r >= 0; --r) {
            if (isFillerRow(table, r))
                table->removeRows(r, 1);
        }
        if (table->format().hasProperty(kTableBreakProperty))
            setTableBreak(table, false);
    }
    edit.endEditBlock();

    const QSizeF pageSize = doc->pageSize();
    const qreal pageHeight = pageSize.height();
    if (pageHeight <= 0)
        return;
    const qreal layoutScale = qreal(layoutDpi()) / textLayoutDpi();
    constexpr qreal epsilon = 0.5;
    // A filler leaves this much of the page free: enough for rounding in the layout,
    // too little for the first line of any row (padding included).
    const qreal slack = points(3) * layoutScale;

    // Natural row heights: one endless page, no row split.
    QVector<QVector<qreal>> heights;
    doc->setPageSize(QSizeF(pageSize.width(), -1));
    for (QTextTable *table : std::as_const(tables)) {
        QVector<qreal> h(table->rows(), 0);
        RowExtent previous = rowExtent(table, 0, layoutScale);
        for (int r = 0; r < table->rows(); ++r) {
            const RowExtent next = r + 1 < table->rows() ? rowExtent(table, r + 1, layoutScale) : RowExtent();
            h[r] = next.isValid() ? next.top - previous.top : previous.bottom - previous.top;
            previous = next;
        }
        heights.append(h);
    }
    doc->setPageSize(pageSize);

    for (int t = 0; t < tables.size(); ++t) {
        QTextTable *table = tables.at(t);
        const QVector<qreal> &h = heights.at(t);
        const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
        if (table->rows() <= headerRows)
            continue;
        qreal headerHeight = 0;
        for (int r = 0; r < headerRows; ++r)
            headerHeight += h.at(r);

        // The plan: where the layout puts each row, moving the rows that would not fit.
        qreal tableTop = rowExtent(table, 0, layoutScale).top;
        bool breakBefore = false;
        QVector<QPair<int, qreal>> fillers; // row, height
        for (bool again = true; again;) {
            again = false;
            fillers.clear();
            const int firstPage = int(std::floor(tableTop / pageHeight));
            qreal pos = tableTop + headerHeight;
            for (int r = headerRows; r < table->rows(); ++r) {
                const int page = int(std::floor(pos / pageHeight));
                if (page > firstPage)
                    pos = std::max(pos, page * pageHeight + headerHeight); // below the repeated header
                const qreal pageBottom = (page + 1) * pageHeight;
                if (pos + h.at(r) > pageBottom + epsilon && h.at(r) <= pageHeight - headerHeight) {
                    if (r == headerRows) {
                        if (!breakBefore && page == firstPage) {
                            breakBefore = true;
                            tableTop = (firstPage + 1) * pageHeight;
                            again = true;
                            break;
                        }
                    } else {
                        const qreal rest = pageBottom - pos - slack;
                        if (rest > 0)
                            fillers.append({r, rest});
                        pos = pageBottom + headerHeight;
                    }
                }
                pos += h.at(r);
            }
        }

        if (breakBefore || !fillers.isEmpty()) {
            edit.beginEditBlock();
            if (breakBefore)
                setTableBreak(table, true);
            for (int i = int(fillers.size()) - 1; i >= 0; --i)
                insertFillerRow(table, fillers.at(i).first, fillers.at(i).second, layoutScale);
            edit.endEditBlock();
            relayoutFrom(table);
        }

        // The check, and the fixes the plan did not foresee.
        for (int r = headerRows; r < table->rows(); ++r) {
            if (isFillerRow(table, r))
                continue;
            const RowExtent e = rowExtent(table, r, layoutScale);
            if (!e.isValid() || e.bottom - e.top > pageHeight - headerHeight)
                continue; // no cells of its own, or too tall to keep together
            const qreal pageBottom = (std::floor(e.top / pageHeight) + 1) * pageHeight;
            if (e.bottom <= pageBottom + epsilon)
                continue;
            if (r == headerRows) {
                if (!table->format().hasProperty(kTableBreakProperty)) {
                    setTableBreak(table, true);
                    relayoutFrom(table);
                    --r; // look at the row again where it now is
                }
                continue;
            }
            const qreal rest = pageBottom - e.top - slack;
            if (rest > 0) {
                insertFillerRow(table, r, rest, layoutScale);
                relayoutFrom(table);
                ++r; // the row itself, now on the next page
            }
        }
    }
}

int ReportDocument::pageCount() const
{
    return layOut(geometryFor(m_pageLayout, QMarginsF(), layoutDpi(), layoutDpi(), QPointF()));
}

void ReportDocument::paintPage(QPainter *painter, const Geometry &g, int pageIndex, int pageCount) const
{
    const auto mmX = [&g](qreal mm) { return mm * g.dpiX / kMmPerInch; };
    const auto mmY = [&g](qreal mm) { return mm * g.dpiY / kMmPerInch; };
    const qreal hairline = 0.5 * g.dpiY / 72.0;

    painter->save();
    painter->translate(g.paperOrigin);

    // Header: title left, subtitle right, a rule under both. Fonts are given in
    // points, which the painter resolves for the device, so nothing is scaled here.
    {
        const QRectF textRect(g.content.left(), g.content.top(), g.content.width(), mmY(kHeaderHeightMm - 4.5));
        QFont titleFont = reportFont(10);
        titleFont.setBold(true);
        const QFont subtitleFont = reportFont(9);
        const QFontMetricsF titleMetrics(titleFont, painter->device());
        const QFontMetricsF subtitleMetrics(subtitleFont, painter->device());
        const qreal gap = mmX(6);
        // The subtitle gets what it needs up to 45 % of the width; the title the rest.
        const qreal subtitleWidth = std::min(subtitleMetrics.horizontalAdvance(m_subtitle), textRect.width() * 0.45);
        const qreal titleWidth = textRect.width() - (subtitleWidth > 0 ? subtitleWidth + gap : 0);

        painter->setPen(Qt::black);
        painter->setFont(titleFont);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom,
                          titleMetrics.elidedText(m_title, Qt::ElideRight, titleWidth));
        painter->setPen(kQuietText);
        painter->setFont(subtitleFont);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignBottom,
                          subtitleMetrics.elidedText(m_subtitle, Qt::ElideMiddle, subtitleWidth));

        const qreal ruleY = g.content.top() + mmY(kHeaderHeightMm - 3);
        painter->setPen(QPen(kRuleColor, hairline));
        painter->drawLine(QPointF(g.content.left(), ruleY), QPointF(g.content.right(), ruleY));
    }

    // Footer: a rule, the date printed left and "Page x of y" right.
    {
        const qreal ruleY = g.body.bottom() + mmY(3);
        painter->setPen(QPen(kRuleColor, hairline));
        painter->drawLine(QPointF(g.content.left(), ruleY), QPointF(g.content.right(), ruleY));

        const QRectF textRect(g.content.left(), ruleY + mmY(1.5), g.content.width(),
                              std::max(g.content.bottom() - ruleY - mmY(1.5), mmY(4)));
        painter->setFont(reportFont(8));
        painter->setPen(kQuietText);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop, tr("Printed %1").arg(formatDate(m_printedOn)));
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignTop,
                          tr("Page %1 of %2").arg(formatNumber(pageIndex + 1), formatNumber(pageCount)));
    }

    // Body: the document's page, scaled from layout units to the device.
    {
        const QSizeF page = g.bodyInLayout;
        painter->translate(g.body.topLeft());
        painter->scale(g.dpiX / layoutDpi(), g.dpiY / layoutDpi());
        // The layout floors the offsets it draws tables at, so what starts the next page
        // (the repeated header of a table) can begin a fraction of a unit above it. Leave
        // the last units of the page out of the clip, and out of the context's clip so
        // that such cells are not drawn at all: a viewer rounding a clipped sliver to a
        // whole pixel would show a hairline at the foot of the page.
        const QRectF visible(0, 0, page.width(), page.height() - 2);
        painter->setClipRect(visible);
        painter->translate(0, -pageIndex * page.height());

        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible.translated(0, pageIndex * page.height());
        // Paper is white whatever the desktop's colour scheme.
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Base, Qt::white);
        context.palette.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x8a));
        m_document->documentLayout()->draw(painter, context);
    }

    painter->restore();
}

bool ReportDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return false;
    const QPageLayout deviceLayout = device->pageLayout();
    const qreal dpiX = device->logicalDpiX();
    const qreal dpiY = device->logicalDpiY();
    // The painter's origin is the corner of the device's paint rect (inside its own
    // margins, unless it prints the full page); draw from the paper's corner instead
    // and keep at least the device's margins.
    const QRect paintRect = deviceLayout.paintRectPixels(device->logicalDpiX());
    const QMarginsF deviceMargins =
        deviceLayout.mode() == QPageLayout::FullPageMode ? QMarginsF() : deviceLayout.margins(QPageLayout::Millimeter);
    const Geometry g = geometryFor(deviceLayout, deviceMargins, dpiX, dpiY, -QPointF(paintRect.topLeft()));
    const int count = layOut(g);
    const QPageRanges ranges = device->pageRanges();

    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    bool first = true;
    for (int i = 0; i < count; ++i) {
        if (!ranges.isEmpty() && !ranges.contains(i + 1))
            continue;
        if (!first && !device->newPage())
            return false;
        first = false;
        paintPage(&painter, g, i, count);
    }
    return painter.end();
}

bool ReportDocument::exportPdf(const QString &path, QString *error, PdfStandard standard) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write the PDF file %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };

    // Drawn in memory, then written as a whole file that replaces the old one only when
    // every byte is on disk (AtomicFile): QPdfWriter does not see a write that stops short.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Verkstan"));
        if (standard == PdfStandard::ArchivalA1b)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        // The report draws its own margins: the writer gets the bare paper.
        writer.setPageLayout(QPageLayout(m_pageLayout.pageSize(), m_pageLayout.orientation(), QMarginsF()));
        if (!print(&writer))
            return fail(tr("the page could not be drawn"));
    }
    if (Status s = AtomicFile::write(path, pdf); !s) {
        if (error)
            *error = s.errorMessage();
        return false;
    }
    return true;
}

QImage ReportDocument::renderPage(int pageIndex, int dpi) const
{
    if (dpi <= 0)
        return {};
    const Geometry g = geometryFor(m_pageLayout, QMarginsF(), dpi, dpi, QPointF());
    const int count = layOut(g);
    if (pageIndex < 0 || pageIndex >= count)
        return {};

    const QRect paper = m_pageLayout.fullRectPixels(dpi);
    QImage image(paper.size(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);

    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintPage(&painter, g, pageIndex, count);
    painter.end();
    return image;
}
