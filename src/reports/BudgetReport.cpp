#include "BudgetReport.h"

#include "ReportFormats.h"

#include "BudgetCharts.h"
#include "BudgetAmountsModel.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QTextTableCell>
#include <QTextTableFormat>
#include <QUrl>

namespace {

const QColor kQuietText(0x55, 0x5b, 0x61);
const QColor kRule(0x33, 0x3a, 0x40);
const QColor kRowRule(0xd4, 0xd8, 0xdc);
const QColor kHeaderBackground(0xe9, 0xed, 0xf1);
const QColor kTotalBackground(0xf3, 0xf5, 0xf7);
const QColor kProblem(0xb0, 0x1c, 0x1c);
const QColor kFine(0x1e, 0x6b, 0x2e);

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &color = Qt::black, bool italic = false)
{
    return ReportFormats::text(pointSize, bold, color, italic);
}

QTextTableCellFormat cellFormat(qreal bottomRule, const QColor &ruleColor, const QBrush &background = {})
{
    return ReportFormats::cell(bottomRule, ruleColor, background);
}

struct TableRow
{
    enum Kind { Header, Heading, Line, Computed, Total };
    Kind kind;
    QStringList cells;
};

void insertSpace(QTextCursor &cursor, qreal pt)
{
    QTextBlockFormat space;
    space.setLineHeight(ReportDocument::points(pt), QTextBlockFormat::FixedHeight);
    space.setBackground(Qt::NoBrush);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(space);
}

void insertTable(QTextCursor &cursor, const QVector<TableRow> &rows, int columns)
{
    insertSpace(cursor, 8);
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 100 - 16.5 * (columns - 1) > 30
                                                                                 ? 100 - 16.5 * (columns - 1)
                                                                                 : 30)};
    for (int c = 1; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength, qMin(16.5, 70.0 / (columns - 1)));
    format.setColumnWidthConstraints(widths);
    format.setBorderCollapse(true);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setHeaderRowCount(1);
    QTextTable *table = cursor.insertTable(int(rows.size()), columns, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int r = 0; r < rows.size(); ++r) {
        const TableRow &row = rows.at(r);
        QTextTableCellFormat cf;
        QTextCharFormat text;
        switch (row.kind) {
        case TableRow::Header:
            cf = cellFormat(ReportDocument::points(0.8), kRule, kHeaderBackground);
            text = charFormat(8, true);
            break;
        case TableRow::Heading:
            cf = cellFormat(0, kRowRule);
            cf.setTopPadding(ReportDocument::points(5));
            text = charFormat(8.5, true, kQuietText, true);
            break;
        case TableRow::Line:
            cf = cellFormat(ReportDocument::points(0.4), kRowRule);
            text = charFormat(8.5);
            break;
        case TableRow::Computed:
            cf = cellFormat(ReportDocument::points(0.4), kRowRule);
            text = charFormat(8.5, false, kQuietText, true);
            break;
        case TableRow::Total:
            cf = cellFormat(ReportDocument::points(0.8), kRule, kTotalBackground);
            text = charFormat(8.5, true);
            break;
        }
        for (int c = 0; c < columns; ++c) {
            table->cellAt(r, c).setFormat(cf);
            QTextCursor cell = table->cellAt(r, c).firstCursorPosition();
            if (c > 0)
                cell.setBlockFormat(right);
            cell.insertText(row.cells.value(c), text);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

BudgetReport::BudgetReport(const Budget &budget, const BudgetOutcome &outcome, const QString &databaseName,
                           const QDate &printedOn)
{
    setTitle(tr("Cost and financing budget"));
    setSubtitle(budget.name());
    setPrintedOn(printedOn);
    build(budget, outcome, databaseName);
}

void BudgetReport::build(const Budget &budget, const BudgetOutcome &outcome, const QString &databaseName)
{
    BudgetAmountsModel model;
    model.setBudget(budget, outcome);
    const QVector<int> years = budget.years();

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    ReportFormats::insertTitle(cursor, budget.name(), 16);
    auto info = [&](const QString &what, const QString &text) { ReportFormats::insertInfoLine(cursor, what, text); };
    info(tr("Cost and financing budget,"), QStringLiteral("%1–%2").arg(budget.firstYear()).arg(budget.lastYear()));
    info(tr("Database:"), databaseName);
    info(tr("Printed on:"), formatDate(printedOn()));

    auto header = [&](const QString &first) {
        TableRow row{TableRow::Header, {first}};
        for (int y : years)
            row.cells << QString::number(y);
        row.cells << tr("Total");
        return row;
    };
    auto amounts = [&](int modelRow, TableRow::Kind kind, const QString &name) {
        TableRow row{kind, {name}};
        for (int y : years)
            row.cells << model.value(modelRow, y).toDisplayString(false);
        row.cells << model.value(modelRow, 0).toDisplayString(false);
        return row;
    };
    const int columns = int(years.size()) + 2;

    // Booked costs, as in seed 002.
    QVector<TableRow> costs{header(tr("Booked costs (kr)"))};
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowKind(r) != BudgetSheet::RowKind::Cost)
            continue;
        const CostLine *line = budget.costLine(model.lineId(r));
        QString name = model.rowLabel(r);
        if (line && line->computation)
            name = tr("%1 (%2 of %3)").arg(name, Money::percentText(line->computation->basisPoints),
                                           budget.lineName(line->computation->sourceLineId).toLower());
        costs << amounts(r, line && line->computation ? TableRow::Computed : TableRow::Line, name);
    }
    costs << amounts(model.costTotalRow(), TableRow::Total, tr("Total booked costs"));
    insertTable(cursor, costs, columns);

    // Financing per funder.
    QVector<TableRow> financing{header(tr("Funder (kr)"))};
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto kind = model.rowKind(r);
        if (kind == BudgetSheet::RowKind::Heading && r > model.costTotalRow() + 1)
            financing << TableRow{TableRow::Heading, {model.rowLabel(r)}};
        else if (kind == BudgetSheet::RowKind::Financing)
            financing << amounts(r, TableRow::Line, model.rowLabel(r));
    }
    financing << amounts(model.financingTotalRow(), TableRow::Total, tr("Total financing"));
    insertTable(cursor, financing, columns);

    // The checks.
    insertSpace(cursor, 14);
    QTextBlockFormat heading;
    heading.setBottomMargin(points(3));
    cursor.insertBlock(heading);
    cursor.insertText(tr("Checks"), charFormat(11.5, true));
    QTextBlockFormat item;
    item.setBottomMargin(points(1.5));
    item.setLeftMargin(points(8));
    item.setTextIndent(points(-8));
    auto checkLine = [&](bool fine, const QString &text) {
        cursor.insertBlock(item);
        cursor.insertText(fine ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 "),
                          charFormat(9, true, fine ? kFine : kProblem));
        cursor.insertText(text, charFormat(9));
    };
    const QVector<BudgetProblem> problems = budget.checks();
    bool unbalanced = false;
    for (const BudgetProblem &p : problems)
        unbalanced = unbalanced || p.kind == BudgetProblem::Kind::Unbalanced;
    if (!unbalanced)
        checkLine(true, tr("Financing equals the booked costs every year (difference 0 kr)."));
    for (const FunderCap &cap : budget.funderCaps()) {
        bool breached = false;
        for (const BudgetProblem &p : problems)
            breached = breached || (p.kind != BudgetProblem::Kind::Unbalanced && p.funderActorId == cap.funderActorId);
        if (breached)
            continue;
        QString funder;
        for (const FinancingLine &l : budget.financingLines())
            if (l.funderActorId == cap.funderActorId)
                funder = l.funderName;
        const Money given = budget.funderTotal(cap.funderActorId);
        QStringList limits;
        if (cap.maxBasisPoints)
            limits << tr("at most %1 of the booked costs").arg(Money::percentText(*cap.maxBasisPoints));
        if (cap.maxAmount)
            limits << tr("at most %1").arg(cap.maxAmount->toDisplayString());
        checkLine(true, tr("%1 gives %2, within its cap (%3).").arg(funder, given.toDisplayString(),
                                                                     limits.join(tr(" and "))));
    }
    for (const BudgetProblem &p : problems)
        checkLine(false, p.message);

    // Budget against outcome of the booked costs, when there is outcome.
    bool anyOutcome = false;
    for (int y : years)
        anyOutcome = anyOutcome || model.hasOutcome(model.costTotalRow(), y);
    if (anyOutcome) {
        insertSpace(cursor, 14);
        cursor.insertBlock(heading);
        cursor.insertText(tr("Budget against outcome"), charFormat(11.5, true));
        QVector<TableRow> rows{{TableRow::Header, {tr("Booked costs (kr)"), tr("Budget"), tr("Outcome"), tr("Difference"), tr("Used")}}};
        const int total = model.costTotalRow();
        for (int y : years) {
            if (!model.hasOutcome(total, y)) {
                rows << TableRow{TableRow::Line, {QString::number(y), model.value(total, y).toDisplayString(false),
                                                  tr("no outcome yet"), QString(), QString()}};
                continue;
            }
            const BudgetVariance v = BudgetComparison::costTotal(budget, outcome, y);
            const auto used = v.usedBasisPoints();
            rows << TableRow{TableRow::Line,
                             {QString::number(y), v.budget.toDisplayString(false), v.outcome.toDisplayString(false),
                              v.difference().toDisplayString(false), used ? Money::percentText((*used + 50) / 100 * 100) : QString()}};
        }
        rows << TableRow{TableRow::Total, {tr("Total"), model.value(total, 0).toDisplayString(false),
                                           model.value(total, 0, true).toDisplayString(false),
                                           (model.value(total, 0, true) - model.value(total, 0)).toDisplayString(false),
                                           QString()}};
        insertTable(cursor, rows, 5);
        QStringList notes = BudgetComparison::overruns(budget, outcome);
        for (const QString &n : notes)
            checkLine(false, n);
    }

    // The charts, as pictures at print resolution.
    insertSpace(cursor, 12);
    const QSize chartSize(760, 380);
    const qreal widthPt = 480;
    int n = 0;
    for (BudgetCharts::Kind kind : {BudgetCharts::Kind::CostsPerYear, BudgetCharts::Kind::FinancingShares,
                                    BudgetCharts::Kind::BudgetAgainstOutcome}) {
        if (kind == BudgetCharts::Kind::BudgetAgainstOutcome && !anyOutcome)
            continue;
        const QImage image = BudgetCharts::render(kind, model, chartSize, 2.5);
        const QUrl url(QStringLiteral("chart://budget/%1").arg(n++));
        document()->addResource(QTextDocument::ImageResource, url, image);
        QTextImageFormat f;
        f.setName(url.toString());
        f.setWidth(points(widthPt));
        f.setHeight(points(widthPt * chartSize.height() / chartSize.width()));
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignCenter);
        centred.setBottomMargin(points(10));
        cursor.insertBlock(centred);
        cursor.insertImage(f);
    }
    cursor.endEditBlock();
}
