#include "AssignmentListReport.h"

#include "AssignmentTableModel.h"
#include "ReportFormats.h"
#include "SwedishCollation.h"

#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>

using namespace ReportFormats;

namespace {

constexpr int kColumns = 6;
constexpr int kHeaderRows = 3; // rule, group heading, column titles
const QColor kOverdueText(0xb0, 0x1e, 0x1e);

} // namespace

AssignmentListReport::AssignmentListReport(const QVector<AssignmentRecord> &assignments, const QStringList &filter,
                                           const QString &databaseName, const QDate &today, const QDate &printedOn)
    : m_today(today)
{
    setTitle(tr("Assignments"));
    setSubtitle(databaseName);
    setPrintedOn(printedOn);
    m_count = int(assignments.size());
    m_overdue = int(std::count_if(assignments.cbegin(), assignments.cend(),
                                  [&today](const AssignmentRecord &r) { return r.assignment.isOverdue(today); }));
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    buildContents(cursor, assignments, filter, databaseName);
    cursor.endEditBlock();
}

void AssignmentListReport::buildContents(QTextCursor &cursor, const QVector<AssignmentRecord> &assignments,
                                         const QStringList &filter, const QString &databaseName)
{
    insertTitle(cursor, tr("Assignments"));
    const auto infoLine = [&](const QString &what, const QString &text) { insertInfoLine(cursor, what, text); };
    infoLine(tr("Database:"), databaseName);
    infoLine(tr("Showing:"), filter.isEmpty() ? tr("every assignment") : filter.join(QStringLiteral("; ")));
    infoLine(tr("Overdue counted on:"), formatDate(m_today));
    QString count = formatNumber(m_count);
    if (m_overdue == 1)
        count = tr("%1, of which 1 overdue").arg(count);
    else if (m_overdue > 1)
        count = tr("%1, of which %2 overdue").arg(count, formatNumber(m_overdue));
    infoLine(tr("Number of assignments:"), count);

    if (assignments.isEmpty()) {
        QTextBlockFormat empty;
        empty.setTopMargin(points(12));
        cursor.insertBlock(empty, text(10, false, kQuietText));
        cursor.insertText(filter.isEmpty() ? tr("No assignments have been given in minutes.")
                                           : tr("No assignments match the filter."));
        return;
    }

    // The groups: bodies in Swedish order; within a body the order given (oldest first).
    const QCollator collator = SwedishCollation::collator(); // as the Assignments tab
    QVector<qint64> bodies;
    QHash<qint64, QString> names;
    for (const AssignmentRecord &r : assignments) {
        if (!names.contains(r.bodyId)) {
            bodies.append(r.bodyId);
            names.insert(r.bodyId, r.bodyName);
        }
    }
    std::stable_sort(bodies.begin(), bodies.end(), [&](qint64 x, qint64 y) {
        return collator.compare(names.value(x), names.value(y)) < 0;
    });

    const QTextCharFormat headingText = text(11.5, true);
    const QTextCharFormat columnText = text(7.5, true, kQuietText);
    const QTextCharFormat cellText = text(8);
    const QTextCharFormat nameText = text(8, true);
    const QTextCharFormat overdueDate = text(8, false, kOverdueText);
    const QTextCharFormat overdueText = text(8, true, kOverdueText);
    const QStringList columnTitles = {tr("Responsible"), tr("Task"), tr("Due"), tr("Status"), tr("Meeting"), tr("§")};

    QTextTableFormat tableFormat;
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 19), QTextLength(QTextLength::PercentageLength, 33),
         QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 18),
         QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 6)});
    tableFormat.setBorderCollapse(true);
    tableFormat.setBorder(0);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(0);
    tableFormat.setTopMargin(0);
    tableFormat.setBottomMargin(0);
    tableFormat.setHeaderRowCount(kHeaderRows);

    for (qint64 body : bodies) {
        QVector<const AssignmentRecord *> group;
        for (const AssignmentRecord &r : assignments)
            if (r.bodyId == body)
                group.append(&r);

        cursor.movePosition(QTextCursor::End);
        QTextBlockFormat spaceAbove;
        spaceAbove.setLineHeight(points(18), QTextBlockFormat::FixedHeight);
        spaceAbove.setBackground(Qt::NoBrush);
        cursor.insertBlock(spaceAbove);
        QTextTable *table = cursor.insertTable(int(group.size()) + kHeaderRows, kColumns, tableFormat);

        table->mergeCells(0, 0, 1, kColumns);
        QTextTableCellFormat ruleFormat = cell(0, kHeadingRule, kHeadingRule);
        ruleFormat.setTopPadding(0);
        ruleFormat.setBottomPadding(0);
        table->cellAt(0, 0).setFormat(ruleFormat);
        QTextBlockFormat ruleLine;
        ruleLine.setLineHeight(points(1.2), QTextBlockFormat::FixedHeight);
        table->cellAt(0, 0).firstCursorPosition().setBlockFormat(ruleLine);

        table->mergeCells(1, 0, 1, kColumns);
        QTextTableCellFormat headingFormat = cell(0, kHeadingRule);
        headingFormat.setLeftPadding(0);
        headingFormat.setBottomPadding(points(3));
        table->cellAt(1, 0).setFormat(headingFormat);
        setCellText(table, 1, 0, tr("%1 (%2)").arg(names.value(body), formatNumber(group.size())), headingText);

        for (int c = 0; c < kColumns; ++c) {
            table->cellAt(2, c).setFormat(cell(points(0.8), kQuietText, kColumnHeaderBackground));
            setCellText(table, 2, c, columnTitles.at(c), columnText);
        }

        for (int i = 0; i < group.size(); ++i) {
            const AssignmentRecord &r = *group.at(i);
            const Assignment &a = r.assignment;
            const int row = i + kHeaderRows;
            const QTextTableCellFormat rowFormat = cell(points(0.4), kRowRule, i % 2 ? QBrush(kStripe) : QBrush());
            for (int c = 0; c < kColumns; ++c)
                table->cellAt(row, c).setFormat(rowFormat);
            const bool overdue = a.isOverdue(m_today);
            setCellText(table, row, 0, a.responsible, nameText);
            setCellText(table, row, 1, a.task, cellText);
            setCellText(table, row, 2, a.due.isValid() ? formatDate(a.due) : QString(), overdue ? overdueDate : cellText);
            setCellText(table, row, 3,
                        overdue ? tr("%1, overdue").arg(AssignmentTableModel::statusText(a.status))
                                : AssignmentTableModel::statusText(a.status),
                        overdue ? overdueText : cellText);
            setCellText(table, row, 4, formatDate(r.meetingDate), cellText);
            setCellText(table, row, 5, r.itemNumber > 0 ? QStringLiteral("§\u00a0%1").arg(r.itemNumber) : QString(),
                        cellText);
        }
    }
}
