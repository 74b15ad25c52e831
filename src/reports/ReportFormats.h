#pragma once

#include <QBrush>
#include <QColor>
#include <QTextCharFormat>
#include <QTextTableCellFormat>

class QTextCursor;
class QTextTable;

// The text formats that the reports share, so that they look like one family.
namespace ReportFormats {

inline const QColor kHeadingRule(0x33, 0x3a, 0x40);
inline const QColor kColumnHeaderBackground(0xe9, 0xed, 0xf1);
inline const QColor kStripe(0xf6, 0xf7, 0xf9);
inline const QColor kRowRule(0xd4, 0xd8, 0xdc);
inline const QColor kQuietText(0x55, 0x5b, 0x61);

QTextCharFormat text(qreal pointSize, bool bold = false, const QColor &color = Qt::black, bool italic = false);
// A table cell with at most a rule under it (the tables have no grid); padding in
// points above and below, and left and right.
QTextTableCellFormat cell(qreal bottomRule, const QColor &ruleColor, const QBrush &background = {},
                          qreal verticalPadding = 2.5, qreal horizontalPadding = 3);
void setCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format);

// The head of a report: its title in the cursor's block, then lines of a quiet label
// and its value ("Database: verkstan.sqlite") in blocks of their own.
void insertTitle(QTextCursor &cursor, const QString &title, qreal pointSize = 18);
void insertInfoLine(QTextCursor &cursor, const QString &label, const QString &value);

} // namespace ReportFormats
