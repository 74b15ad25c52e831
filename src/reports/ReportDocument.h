#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The base of every printed report: a QTextDocument (filled by the report) painted
// page by page onto any paged device -- a QPrinter, a QPdfWriter, or a QImage for a
// preview or a test -- with a page header (title left, subtitle right) and a footer
// (date printed left, "Page x of y" right).
//
// The document is laid out in a fixed resolution of its own (layoutDpi()), so the
// page breaks do not depend on the screen or on the device printed to; painting
// scales it to the device. A table row is never split over two pages: a row that
// would be moves whole to the next page, where the table's header rows repeat.
//
// QTextDocument takes lengths in formats (margins, cell padding, borders, fixed line
// heights) in pixels of the screen's logical resolution, whatever device it is laid
// out for: use points() to give them in typographic points instead.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument();
    virtual ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // Shown left in the page header and as the PDF title.
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // Shown right in the page header (the database, a forum, a year, ...).
    void setSubtitle(const QString &subtitle);
    QString subtitle() const { return m_subtitle; }
    // The date in the footer; today unless set (tests set it).
    void setPrintedOn(const QDate &date);
    QDate printedOn() const { return m_printedOn; }

    // Paper and margins of PDF export, pageCount() and renderPage(): A4 portrait with
    // 20 mm margins unless set. Header and footer are drawn inside the margins.
    void setPageLayout(const QPageLayout &layout);
    QPageLayout pageLayout() const { return m_pageLayout; }

    // The body of the report, for the report to fill. Laying it out in pages adds
    // invisible filler rows to its tables (see keepTableRowsTogether()); they are
    // taken out and made again whenever the page size or the contents change.
    QTextDocument *document() { return m_document.get(); }
    const QTextDocument *document() const { return m_document.get(); }

    // Number of pages with pageLayout().
    int pageCount() const;

    // Paints every page (or the device's page ranges, e.g. a QPrinter's "pages 2-3")
    // onto the device, on its own paper size; margins are at least the device's own.
    // Returns false when the device cannot be painted on.
    bool print(QPagedPaintDevice *device) const;

    // Writes the report as a PDF (title and creator "Verkstan" in its metadata). The
    // file is replaced only when the whole PDF could be written; on failure returns
    // false and says why in *error.
    // PDF/A-1b is for archiving (final minutes): fonts embedded, the PDF/A
    // identification in its metadata.
    enum class PdfStandard { Plain, ArchivalA1b };
    bool exportPdf(const QString &path, QString *error = nullptr, PdfStandard standard = PdfStandard::Plain) const;

    // One page (0-based) of pageLayout() on white paper at the resolution; a null
    // image when there is no such page.
    QImage renderPage(int pageIndex, int dpi = 96) const;

    // The report font: DejaVu Sans, else the system's sans serif.
    static QFont reportFont(qreal pointSize = 9.0);
    // Dates and numbers in reports are Swedish, whatever the language of the text.
    static QLocale reportLocale();
    static QString formatDate(const QDate &date); // 2024-05-14
    static QString formatNumber(qint64 number);   // 1 234

    // Resolution the document is laid out in.
    static constexpr int layoutDpi() { return 600; }
    // A length for a text format (margin, padding, border), given in points.
    static qreal points(qreal pt);

private:
    // Heights of the page header and footer bands inside the margins.
    static constexpr qreal kHeaderHeightMm = 12.0;
    static constexpr qreal kFooterHeightMm = 10.0;

    struct Geometry;
    Geometry geometryFor(const QPageLayout &paper, const QMarginsF &minimumMarginsMm, qreal dpiX, qreal dpiY,
                         const QPointF &paperOriginInDevice) const;
    int layOut(const Geometry &g) const;
    void keepTableRowsTogether() const;
    void paintPage(QPainter *painter, const Geometry &g, int pageIndex, int pageCount) const;

    QString m_title;
    QString m_subtitle;
    QDate m_printedOn;
    QPageLayout m_pageLayout;
    // The device the document is laid out against; must outlive m_document.
    std::unique_ptr<QImage> m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    // The page size the document's page breaks were made for (empty: none yet).
    mutable QSizeF m_paginatedFor;
    mutable bool m_paginating = false;
};
