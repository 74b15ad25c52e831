#include "ActorListReport.h"

#include "ActorTableModel.h"
#include "Classification.h"
#include "ReportFormats.h"
#include "SwedishCollation.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableCell>
#include <QTextTableFormat>

#include <algorithm>

using namespace ReportFormats;

namespace {

constexpr int kColumns = 5;
constexpr int kHeaderRows = 3; // rule, group heading, column titles
QString place(const Actor &a)
{
    const QString municipality = a.municipality.trimmed();
    const QString city = a.city.trimmed();
    if (municipality.isEmpty())
        return city;
    if (city.isEmpty() || city.compare(municipality, Qt::CaseInsensitive) == 0)
        return municipality;
    return municipality + QStringLiteral(" / ") + city;
}

// One line per area, each behind a square in the area's colour (as on the map).
void setAreasCell(QTextTable *table, int row, const Areas &areas, const QTextCharFormat &text)
{
    QTextCursor cursor = table->cellAt(row, kColumns - 1).firstCursorPosition();
    bool first = true;
    for (Area area : Classification::areas()) {
        if (!areas.testFlag(area))
            continue;
        if (!first)
            cursor.insertBlock();
        first = false;
        QTextCharFormat square = text;
        square.setForeground(QColor(Classification::colorName(area)));
        cursor.insertText(QString(QChar(0x25A0)), square); // ■
        cursor.insertText(QString(QChar(0x00A0)) + Classification::label(area), text);
    }
}

} // namespace

ActorListReport::ActorListReport(const ActorList &actors, const QString &databaseName, const QDate &printedOn)
{
    setTitle(tr("Actor register"));
    setSubtitle(databaseName);
    setPrintedOn(printedOn);
    build(actors, databaseName);
}

void ActorListReport::build(const ActorList &actors, const QString &databaseName)
{
    m_actorCount = int(actors.size());
    QTextCursor cursor(document());
    // One edit block: the layout runs once at the end, not after every cell.
    cursor.beginEditBlock();
    buildContents(cursor, actors, databaseName);
    cursor.endEditBlock();
}

void ActorListReport::buildContents(QTextCursor &cursor, const ActorList &actors, const QString &databaseName)
{
    // Title block: what, from where, when.
    insertTitle(cursor, tr("Actor register"));
    const auto infoLine = [&](const QString &what, const QString &text) { insertInfoLine(cursor, what, text); };
    infoLine(tr("Database:"), databaseName);
    infoLine(tr("Printed on:"), formatDate(printedOn()));
    int groups = 0;
    for (ActorType type : Classification::actorTypes())
        groups += std::any_of(actors.cbegin(), actors.cend(), [type](const Actor &a) { return a.type == type; });
    infoLine(tr("Number of actors:"), formatNumber(m_actorCount));
    infoLine(tr("Number of actor types:"), formatNumber(groups));

    if (actors.isEmpty()) {
        QTextBlockFormat empty;
        empty.setTopMargin(points(12));
        cursor.insertBlock(empty, text(10, false, kQuietText));
        cursor.insertText(tr("The register has no actors."));
        return;
    }

    // The register's order (SwedishCollation, ties by organisation number): paper and
    // screen agree.
    const QCollator collator = SwedishCollation::collator();

    const QTextCharFormat headingText = text(11.5, true);
    const QTextCharFormat columnText = text(7.5, true, kQuietText);
    const QTextCharFormat cellText = text(8);
    const QTextCharFormat nameText = text(8, true);
    const QStringList columnTitles = {tr("Name"), tr("Organisation number"), tr("Level"), tr("Municipality / City"),
                                      tr("Areas")};

    QTextTableFormat tableFormat;
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 29), QTextLength(QTextLength::PercentageLength, 14),
         QTextLength(QTextLength::PercentageLength, 13), QTextLength(QTextLength::PercentageLength, 20),
         QTextLength(QTextLength::PercentageLength, 24)});
    tableFormat.setBorderCollapse(true);
    tableFormat.setBorder(0);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(0);
    // No margins on the table: its top margin would also shorten its pages (Qt uses it as
    // the bottom margin of a page), so the space above a group is a block's.
    tableFormat.setTopMargin(0);
    tableFormat.setBottomMargin(0);
    // The rule, the group heading and the column titles come back on every page the
    // group runs onto.
    tableFormat.setHeaderRowCount(kHeaderRows);

    for (ActorType type : Classification::actorTypes()) {
        QVector<const Actor *> group;
        for (const Actor &a : actors) {
            if (a.type == type)
                group.append(&a);
        }
        if (group.isEmpty())
            continue;
        std::sort(group.begin(), group.end(), [&collator](const Actor *x, const Actor *y) {
            const int c = collator.compare(x->name, y->name);
            return c != 0 ? c < 0 : ActorTableModel::tieBefore(*x, *y);
        });

        cursor.movePosition(QTextCursor::End);
        // Space above the group: one empty line of a fixed height. (A margin on an empty
        // block before a table is applied unscaled by Qt; a block with a background
        // property, even an empty brush, is laid out as an ordinary line.)
        QTextBlockFormat spaceAbove;
        spaceAbove.setLineHeight(points(18), QTextBlockFormat::FixedHeight);
        spaceAbove.setBackground(Qt::NoBrush);
        cursor.insertBlock(spaceAbove); // after the (hidden) empty block that ends a table
        QTextTable *table = cursor.insertTable(int(group.size()) + kHeaderRows, kColumns, tableFormat);

        // Row 0: the rule above the group, as a thin row with a background (a cell
        // border there would be drawn half on the page before, where the header
        // repeats on a new page).
        table->mergeCells(0, 0, 1, kColumns);
        QTextTableCellFormat ruleFormat = cell(0, kHeadingRule, kHeadingRule);
        ruleFormat.setTopPadding(0);
        ruleFormat.setBottomPadding(0);
        table->cellAt(0, 0).setFormat(ruleFormat);
        QTextBlockFormat ruleLine;
        ruleLine.setLineHeight(points(1.2), QTextBlockFormat::FixedHeight);
        table->cellAt(0, 0).firstCursorPosition().setBlockFormat(ruleLine);

        // Row 1: the group's heading with its count.
        table->mergeCells(1, 0, 1, kColumns);
        QTextTableCellFormat headingFormat = cell(0, kHeadingRule);
        headingFormat.setLeftPadding(0);
        headingFormat.setBottomPadding(points(3));
        table->cellAt(1, 0).setFormat(headingFormat);
        setCellText(table, 1, 0, tr("%1 (%2)").arg(Classification::label(type), formatNumber(group.size())),
                    headingText);

        for (int c = 0; c < kColumns; ++c) {
            QTextTableCellFormat columnFormat = cell(points(0.8), kQuietText, kColumnHeaderBackground);
            table->cellAt(2, c).setFormat(columnFormat);
            setCellText(table, 2, c, columnTitles.at(c), columnText);
        }

        for (int i = 0; i < group.size(); ++i) {
            const Actor &a = *group.at(i);
            const int row = i + kHeaderRows;
            const QTextTableCellFormat rowFormat =
                cell(points(0.4), kRowRule, i % 2 ? QBrush(kStripe) : QBrush());
            for (int c = 0; c < kColumns; ++c)
                table->cellAt(row, c).setFormat(rowFormat);
            setCellText(table, row, 0, a.name, nameText);
            setCellText(table, row, 1, a.organisationNumber, cellText);
            setCellText(table, row, 2, Classification::label(a.level), cellText);
            setCellText(table, row, 3, place(a), cellText);
            setAreasCell(table, row, a.areas, cellText);
        }
    }
}
