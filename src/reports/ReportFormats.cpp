#include "ReportFormats.h"

#include "ReportDocument.h"

#include <QTextCursor>
#include <QTextTable>

namespace ReportFormats {

QTextCharFormat text(qreal pointSize, bool bold, const QColor &color)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextTableCellFormat cell(qreal bottomRule, const QColor &ruleColor, const QBrush &background)
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
    f.setTopPadding(ReportDocument::points(2.5));
    f.setBottomPadding(ReportDocument::points(2.5));
    f.setLeftPadding(ReportDocument::points(3));
    f.setRightPadding(ReportDocument::points(3));
    if (background.style() != Qt::NoBrush)
        f.setBackground(background);
    return f;
}

void setCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.insertText(text, format);
}

} // namespace ReportFormats
