#include "ReportFormats.h"

#include "ReportDocument.h"

#include <QTextCursor>
#include <QTextTable>

namespace ReportFormats {

QTextCharFormat text(qreal pointSize, bool bold, const QColor &color, bool italic)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

QTextTableCellFormat cell(qreal bottomRule, const QColor &ruleColor, const QBrush &background, qreal verticalPadding,
                          qreal horizontalPadding)
{
    QTextTableCellFormat f;
    f.setTopBorder(0);
    f.setLeftBorder(0);
    f.setRightBorder(0);
    f.setBottomBorder(bottomRule);
    f.setBottomBorderStyle(bottomRule > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    f.setBottomBorderBrush(ruleColor);
    f.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setTopPadding(ReportDocument::points(verticalPadding));
    f.setBottomPadding(ReportDocument::points(verticalPadding));
    f.setLeftPadding(ReportDocument::points(horizontalPadding));
    f.setRightPadding(ReportDocument::points(horizontalPadding));
    if (background.style() != Qt::NoBrush)
        f.setBackground(background);
    return f;
}

void setCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.insertText(text, format);
}

void insertTitle(QTextCursor &cursor, const QString &title, qreal pointSize)
{
    QTextBlockFormat block;
    block.setBottomMargin(ReportDocument::points(3));
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(text(pointSize, true));
    cursor.insertText(title, text(pointSize, true));
}

void insertInfoLine(QTextCursor &cursor, const QString &label, const QString &value)
{
    QTextBlockFormat block;
    block.setBottomMargin(ReportDocument::points(1.5));
    const QTextCharFormat valueFormat = text(9);
    cursor.insertBlock(block, valueFormat);
    cursor.insertText(label + QLatin1Char(' '), text(9, false, kQuietText));
    cursor.insertText(value, valueFormat);
}

} // namespace ReportFormats
