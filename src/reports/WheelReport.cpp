#include "WheelReport.h"

#include "ReportFormats.h"

#include "WheelPictures.h"

#include <QImage>
#include <QPainter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextOption>
#include <QTextTable>
#include <QUrl>

namespace {

const QColor kQuiet(0x55, 0x5b, 0x61);
const QColor kHeaderBackground(0xe9, 0xed, 0xf1);
const QColor kRule(0xd4, 0xd8, 0xdc);
const QColor kWarning(0x9a, 0x5b, 0x00);

QTextCharFormat chars(qreal size, bool bold = false, const QColor &color = Qt::black)
{
    return ReportFormats::text(size, bold, color);
}

QTextTableCellFormat cell(const QBrush &background = {})
{
    return ReportFormats::cell(ReportDocument::points(0.5), kRule, background);
}

QTextTableFormat plainTable(const QVector<QTextLength> &widths, int headerRows)
{
    QTextTableFormat t;
    t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    t.setColumnWidthConstraints(widths);
    t.setBorderCollapse(true);
    t.setBorder(0);
    t.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    t.setCellSpacing(0);
    t.setCellPadding(0);
    t.setTopMargin(0);
    t.setBottomMargin(0);
    t.setHeaderRowCount(headerRows);
    return t;
}

QString timeText(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return {};
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
}

} // namespace

WheelReport::WheelReport(const AnnualWheel &wheel, const QStringList &warnings, const QDate &printedOn)
{
    setTitle(tr("Annual wheel %1").arg(wheel.year));
    setSubtitle(wheel.bodyName);
    setPrintedOn(printedOn);
    setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                              QPageLayout::Millimeter));
    build({wheel}, WheelPictures::forWheel(wheel, printedOn), warnings, false);
}

WheelReport::WheelReport(const QVector<AnnualWheel> &wheels, const WheelPicture &picture, const QStringList &warnings,
                         const QDate &printedOn)
{
    setTitle(tr("Annual wheels %1").arg(picture.year));
    setSubtitle(tr("Regional overview"));
    setPrintedOn(printedOn);
    setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                              QPageLayout::Millimeter));
    build(wheels, picture, warnings, true);
}

void WheelReport::build(const QVector<AnnualWheel> &wheels, const WheelPicture &picture, const QStringList &warnings,
                        bool showBody)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();

    // The circle, drawn at print resolution.
    const int pixels = 1800;
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent); // the page shows through: no JPEG-tinted square around the circle
    {
        QPainter p(&image);
        WheelPainter::paint(p, QRectF(0, 0, pixels, pixels), picture);
    }
    document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("wheel://circle")), image);

    QTextTable *top = cursor.insertTable(1, 2, plainTable({QTextLength(QTextLength::PercentageLength, 58),
                                                           QTextLength(QTextLength::PercentageLength, 42)},
                                                          0));
    {
        QTextCursor c = top->cellAt(0, 0).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignCenter);
        c.setBlockFormat(centred);
        QTextImageFormat img;
        img.setName(QStringLiteral("wheel://circle"));
        img.setWidth(points(380));
        img.setHeight(points(380));
        c.insertImage(img);
    }
    {
        QTextCursor c = top->cellAt(0, 1).firstCursorPosition();
        c.insertText(showBody ? tr("Regional overview %1").arg(picture.year)
                              : tr("%1, annual wheel %2").arg(wheels.value(0).bodyName).arg(picture.year),
                     chars(15, true));
        QTextBlockFormat para;
        para.setTopMargin(points(6));
        c.insertBlock(para);
        c.insertText(showBody ? tr("One ring per body, from the outside in:") : tr("One ring per kind of meeting:"),
                     chars(9, false, kQuiet));
        for (const WheelRing &ring : picture.rings) {
            QTextBlockFormat line;
            line.setTopMargin(points(2));
            c.insertBlock(line);
            QTextCharFormat dot = chars(10);
            dot.setForeground(ring.color.darker(115));
            c.insertText(QString(QChar(0x25CF)) + QChar(0x00A0), dot);
            c.insertText(ring.label, chars(9));
            c.insertText(QStringLiteral("  (%1)").arg(ring.markers.size()), chars(8, false, kQuiet));
        }
        QTextBlockFormat gap;
        gap.setTopMargin(points(8));
        c.insertBlock(gap);
        c.insertText(tr("The red line marks today; a marker with a red ring has a warning."), chars(8, false, kQuiet));
        c.insertBlock(gap);
        c.insertText(tr("Rule checks"), chars(11, true));
        if (warnings.isEmpty()) {
            c.insertBlock(para);
            c.insertText(tr("No warnings: the wheel follows the rules of the programme."), chars(9));
        }
        for (const QString &w : warnings) {
            QTextBlockFormat item;
            item.setTopMargin(points(3));
            c.insertBlock(item);
            c.insertText(QStringLiteral("⚠ ") + w, chars(8.5, false, kWarning));
        }
    }

    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(points(10));
    heading.setBottomMargin(points(4));
    heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(heading);
    cursor.insertText(tr("Meetings of the year"), chars(13, true));

    QVector<QTextLength> widths;
    QStringList titles;
    if (showBody) {
        titles << tr("Body");
        widths << QTextLength(QTextLength::PercentageLength, 14);
    }
    titles << tr("Quarter") << tr("Kind") << tr("Date") << tr("Time") << tr("Place") << tr("Focus and topics")
           << tr("Input material");
    widths << QTextLength(QTextLength::PercentageLength, 6) << QTextLength(QTextLength::PercentageLength, 10)
           << QTextLength(QTextLength::PercentageLength, 9) << QTextLength(QTextLength::PercentageLength, 9)
           << QTextLength(QTextLength::PercentageLength, showBody ? 11 : 14)
           << QTextLength(QTextLength::PercentageLength, showBody ? 20 : 25)
           << QTextLength(QTextLength::PercentageLength, showBody ? 21 : 27);
    int rows = 1;
    for (const AnnualWheel &w : wheels)
        rows += int(w.slotList.size());
    cursor.movePosition(QTextCursor::End);
    QTextTable *table = cursor.insertTable(rows, int(titles.size()), plainTable(widths, 1));
    for (int col = 0; col < titles.size(); ++col) {
        table->cellAt(0, col).setFormat(cell(kHeaderBackground));
        table->cellAt(0, col).firstCursorPosition().insertText(titles.at(col), chars(8, true, kQuiet));
    }
    int row = 1;
    for (const AnnualWheel &w : wheels) {
        QVector<WheelSlot> sorted = w.slotList;
        std::stable_sort(sorted.begin(), sorted.end(), [](const WheelSlot &a, const WheelSlot &b) {
            return a.date.isValid() && b.date.isValid() ? a.date < b.date : a.quarter < b.quarter;
        });
        for (const WheelSlot &s : sorted) {
            int col = 0;
            auto put = [&](const QString &text, const QTextCharFormat &f = chars(8.5)) {
                table->cellAt(row, col).setFormat(cell());
                table->cellAt(row, col).firstCursorPosition().insertText(text, f);
                ++col;
            };
            if (showBody)
                put(w.bodyName, chars(8.5, true));
            put(QStringLiteral("Q%1").arg(s.quarter), chars(8.5, true));
            put(Wheels::name(s.kind));
            put(s.date.isValid() ? formatDate(s.date) : tr("not set"));
            put(timeText(s.start, s.end));
            put(s.place);
            {
                table->cellAt(row, col).setFormat(cell());
                QTextCursor c = table->cellAt(row, col).firstCursorPosition();
                c.insertText(s.focus, chars(8.5, true));
                for (const QString &t : s.topics) {
                    c.insertBlock();
                    c.insertText(QStringLiteral("• ") + t, chars(8));
                }
                ++col;
            }
            {
                table->cellAt(row, col).setFormat(cell());
                QTextCursor c = table->cellAt(row, col).firstCursorPosition();
                bool first = true;
                for (const InputItem &i : s.inputs) {
                    if (!first)
                        c.insertBlock();
                    first = false;
                    c.insertText(i.title, chars(8));
                    QStringList details;
                    if (!i.responsibleName.isEmpty())
                        details << i.responsibleName;
                    if (i.due.isValid())
                        details << tr("due %1").arg(formatDate(i.due));
                    details << Wheels::name(i.status).toLower();
                    c.insertText(QStringLiteral(" — ") + details.join(QStringLiteral(", ")),
                                 chars(7.5, false, i.status == InputStatus::Received ? kQuiet : kWarning));
                }
            }
            ++row;
        }
    }
    cursor.endEditBlock();
}

NoticeReport::NoticeReport(const Meeting &m, const WheelSlot *slot, const QDate &printedOn)
{
    setTitle(tr("Notice of meeting"));
    setSubtitle(m.bodyName);
    setPrintedOn(printedOn);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.insertText(tr("Notice of meeting"), chars(20, true));
    QTextBlockFormat block;
    block.setTopMargin(points(4));
    cursor.insertBlock(block);
    cursor.insertText(m.bodyName, chars(13, true));
    cursor.insertBlock(block);
    cursor.insertText(m.title, chars(11));

    QTextBlockFormat gap;
    gap.setTopMargin(points(12));
    cursor.insertBlock(gap);
    QTextTable *facts = cursor.insertTable(3, 2, plainTable({QTextLength(QTextLength::PercentageLength, 18),
                                                             QTextLength(QTextLength::PercentageLength, 82)},
                                                            0));
    const QString when = reportLocale().toString(m.date, QStringLiteral("dddd d MMMM yyyy"));
    const QString rows[3][2] = {{tr("Date:"), when},
                                {tr("Time:"), timeText(m.start, m.end)},
                                {tr("Place:"), m.place.isEmpty() ? tr("to be announced") : m.place}};
    for (int r = 0; r < 3; ++r) {
        facts->cellAt(r, 0).setFormat(cell());
        facts->cellAt(r, 1).setFormat(cell());
        facts->cellAt(r, 0).firstCursorPosition().insertText(rows[r][0], chars(10, true, kQuiet));
        facts->cellAt(r, 1).firstCursorPosition().insertText(rows[r][1], chars(10));
    }
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(gap);
    cursor.insertText(tr("Agenda"), chars(14, true));
    for (int i = 0; i < m.agenda.size(); ++i) {
        QTextBlockFormat item;
        item.setTopMargin(points(5));
        item.setLeftMargin(points(22));
        item.setTextIndent(-points(22));
        item.setTabPositions({QTextOption::Tab(points(22), QTextOption::LeftTab)});
        cursor.insertBlock(item);
        cursor.insertText(QStringLiteral("%1.\t").arg(i + 1), chars(10.5, true));
        cursor.insertText(m.agenda.at(i).title, chars(10.5));
        if (!m.agenda.at(i).notes.isEmpty()) {
            QTextBlockFormat note;
            note.setLeftMargin(points(22));
            cursor.insertBlock(note);
            cursor.insertText(m.agenda.at(i).notes, chars(9, false, kQuiet));
        }
    }
    if (slot && !slot->inputs.isEmpty()) {
        cursor.insertBlock(gap);
        cursor.insertText(tr("Input material for the meeting"), chars(12, true));
        for (const InputItem &i : slot->inputs) {
            QTextBlockFormat item;
            item.setTopMargin(points(3));
            cursor.insertBlock(item);
            cursor.insertText(QStringLiteral("• ") + i.title, chars(10));
            QStringList details;
            if (!i.responsibleName.isEmpty())
                details << tr("responsible: %1").arg(i.responsibleName);
            if (i.due.isValid())
                details << tr("due %1").arg(formatDate(i.due));
            if (!details.isEmpty())
                cursor.insertText(QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                  chars(9, false, kQuiet));
        }
    }
    cursor.insertBlock(gap);
    cursor.insertText(tr("Welcome!"), chars(10.5));
    cursor.endEditBlock();
}
