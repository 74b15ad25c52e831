#include "InvoiceBasisReport.h"

#include "ReportFormats.h"

#include <QPageLayout>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableCell>
#include <QTextTableFormat>

namespace {

const QColor kHeadingRule(0x33, 0x3a, 0x40);
const QColor kColumnHeaderBackground(0xe9, 0xed, 0xf1);
const QColor kStripe(0xf6, 0xf7, 0xf9);
const QColor kRowRule(0xd4, 0xd8, 0xdc);
const QColor kQuietText(0x55, 0x5b, 0x61);
const QColor kTotalBackground(0xdf, 0xe6, 0xee);

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &color = Qt::black)
{
    return ReportFormats::text(pointSize, bold, color);
}

QTextTableCellFormat cellFormat(qreal bottomRule, const QColor &ruleColor, const QBrush &background = {})
{
    return ReportFormats::cell(bottomRule, ruleColor, background, 3, 4);
}

void setCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
             Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

QTextTableFormat tableFormat(const QVector<QTextLength> &widths)
{
    QTextTableFormat f;
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(widths);
    f.setBorderCollapse(true);
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellSpacing(0);
    f.setCellPadding(0);
    f.setTopMargin(0);
    f.setBottomMargin(0);
    f.setHeaderRowCount(1);
    return f;
}

void spaceAbove(QTextCursor &cursor, qreal pt)
{
    QTextBlockFormat space;
    space.setLineHeight(ReportDocument::points(pt), QTextBlockFormat::FixedHeight);
    space.setBackground(Qt::NoBrush);
    cursor.insertBlock(space);
}

QString kr(Money m)
{
    return m.toDisplayString();
}

} // namespace

Result<std::unique_ptr<InvoiceBasisReport>> InvoiceBasisReport::create(const Agreement &agreement, int year,
                                                                       qint64 partyId, const QDate &printedOn)
{
    auto charges = agreement.charges(year);
    if (!charges)
        return charges.error();
    if (charges->total.isZero() && agreement.costYears().indexOf(year) < 0)
        return Error{Error::Kind::NotFound,
                     tr("%1 has no shared costs in %2.").arg(agreement.name).arg(year)};
    const PartyCharge *only = nullptr;
    if (partyId > 0) {
        only = charges->party(partyId);
        if (!only) {
            const AgreementParty *p = agreement.party(partyId);
            return Error{Error::Kind::NotFound,
                         p ? tr("%1 is not a paying party of %2 in %3.").arg(p->name, agreement.name).arg(year)
                           : tr("The actor with id %1 is not a party to %2.").arg(partyId).arg(agreement.name)};
        }
    }
    std::unique_ptr<InvoiceBasisReport> report(new InvoiceBasisReport);
    report->setTitle(only ? tr("Invoice basis %1 – %2").arg(year).arg(only->name) : tr("Invoice basis %1").arg(year));
    report->setSubtitle(agreement.name);
    report->setPrintedOn(printedOn);
    if (!only) {
        // The overview has a column per shared cost: landscape gives their names room.
        QPageLayout layout = report->pageLayout();
        layout.setOrientation(QPageLayout::Landscape);
        report->setPageLayout(layout);
    }
    QTextCursor cursor(report->document());
    cursor.beginEditBlock();
    if (only) {
        report->buildParty(cursor, agreement, *charges, *only, false);
    } else {
        report->buildOverview(cursor, agreement, *charges);
        for (const PartyCharge &p : charges->parties)
            if (p.actorId != agreement.hostActorId)
                report->buildParty(cursor, agreement, *charges, p, true);
    }
    cursor.endEditBlock();
    return report;
}

QString InvoiceBasisReport::shareText(const Agreement &agreement, const CostAllocation &allocation, qint64 actorId)
{
    qint64 sum = 0, weight = 0;
    for (const CostAllocation::Party &p : allocation.parties()) {
        sum += p.weight;
        if (p.actorId == actorId)
            weight = p.weight;
    }
    switch (agreement.method) {
    case CostAllocation::Method::Equal:
        return tr("1/%1 (equal shares)").arg(allocation.parties().size());
    case CostAllocation::Method::FixedPercent:
        return Money::percentText(int(weight));
    case CostAllocation::Method::Proportional: {
        const int basisPoints = sum > 0 ? int((weight * 100000 / sum + 5) / 10) : 0; // basis points, rounded
        return tr("%1 of %2 (%3)")
            .arg(formatNumber(weight), formatNumber(sum), Money::percentText(basisPoints));
    }
    }
    return {};
}

void InvoiceBasisReport::buildOverview(QTextCursor &cursor, const Agreement &a, const YearCharges &charges)
{
    ReportFormats::insertTitle(cursor, tr("Invoice basis %1").arg(charges.year));
    const auto infoLine = [&](const QString &what, const QString &text) {
        ReportFormats::insertInfoLine(cursor, what, text);
    };
    infoLine(tr("Agreement:"), a.name);
    if (!a.hostName().isEmpty())
        infoLine(tr("Invoiced by:"), a.hostName());
    infoLine(tr("Cost allocation:"), CostAllocation::label(a.method)
                                         + (a.method == CostAllocation::Method::Proportional && !a.basisLabel.isEmpty()
                                                ? QStringLiteral(" – ") + a.basisLabel
                                                : QString()));
    infoLine(tr("Shared costs %1:").arg(charges.year), kr(charges.total));
    infoLine(tr("Printed on:"), formatDate(printedOn()));

    spaceAbove(cursor, 14);
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(tr("What each party pays in %1").arg(charges.year), charFormat(11.5, true));
    spaceAbove(cursor, 6);

    const int costs = int(a.costs.size());
    const int columns = costs + 3; // party, share, costs..., total
    QVector<QTextLength> widths;
    const qreal costWidth = costs > 0 ? 54.0 / costs : 0;
    widths << QTextLength(QTextLength::PercentageLength, 20) << QTextLength(QTextLength::PercentageLength, 12);
    for (int i = 0; i < costs; ++i)
        widths << QTextLength(QTextLength::PercentageLength, costWidth);
    widths << QTextLength(QTextLength::PercentageLength, 14);
    QTextTable *table = cursor.insertTable(int(charges.parties.size()) + 2, columns, tableFormat(widths));
    const QTextCharFormat head = charFormat(7.5, true, kQuietText);
    const QTextCharFormat cell = charFormat(8.5);
    const QTextCharFormat bold = charFormat(8.5, true);
    for (int c = 0; c < columns; ++c)
        table->cellAt(0, c).setFormat(cellFormat(points(0.8), kQuietText, kColumnHeaderBackground));
    setCell(table, 0, 0, tr("Party"), head);
    setCell(table, 0, 1, tr("Share"), head, Qt::AlignRight);
    for (int i = 0; i < costs; ++i)
        setCell(table, 0, 2 + i, a.costs.at(i).name, head, Qt::AlignRight);
    setCell(table, 0, columns - 1, tr("To pay"), head, Qt::AlignRight);
    const CostAllocation allocation = a.allocationFor(charges.year);
    for (int r = 0; r < charges.parties.size(); ++r) {
        const PartyCharge &p = charges.parties.at(r);
        const int row = r + 1;
        const QTextTableCellFormat rowFormat = cellFormat(points(0.4), kRowRule, r % 2 ? QBrush(kStripe) : QBrush());
        for (int c = 0; c < columns; ++c)
            table->cellAt(row, c).setFormat(rowFormat);
        setCell(table, row, 0, p.actorId == a.hostActorId ? tr("%1 (invoices)").arg(p.name) : p.name, bold);
        setCell(table, row, 1, shareText(a, allocation, p.actorId), cell, Qt::AlignRight);
        for (int i = 0; i < costs; ++i)
            setCell(table, row, 2 + i, kr(p.perCost.at(i)), cell, Qt::AlignRight);
        setCell(table, row, columns - 1, kr(p.total), bold, Qt::AlignRight);
    }
    const int totalRow = int(charges.parties.size()) + 1;
    for (int c = 0; c < columns; ++c)
        table->cellAt(totalRow, c).setFormat(cellFormat(points(1), kHeadingRule, kTotalBackground));
    setCell(table, totalRow, 0, tr("Total"), bold);
    for (int i = 0; i < costs; ++i)
        setCell(table, totalRow, 2 + i, kr(charges.costTotals.at(i)), bold, Qt::AlignRight);
    setCell(table, totalRow, columns - 1, kr(charges.total), bold, Qt::AlignRight);

    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat note;
    note.setTopMargin(points(8));
    cursor.insertBlock(note);
    cursor.insertText(tr("Each shared cost is divided on its own among the parties that are parties during the "
                         "year, in whole kronor. The kronor left over after rounding down go one each to the "
                         "parties with the largest remainders, so the shares add up exactly to each cost."),
                      charFormat(8, false, kQuietText));
}

void InvoiceBasisReport::buildParty(QTextCursor &cursor, const Agreement &a, const YearCharges &charges,
                                    const PartyCharge &party, bool newPage)
{
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(points(3));
    if (newPage) {
        cursor.movePosition(QTextCursor::End);
        titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(titleBlock);
    } else {
        cursor.setBlockFormat(titleBlock);
    }
    cursor.insertText(tr("Invoice basis %1").arg(charges.year), charFormat(18, true));
    QTextBlockFormat sub;
    sub.setBottomMargin(points(6));
    cursor.insertBlock(sub);
    cursor.insertText(party.name, charFormat(13, true, kHeadingRule));

    QTextBlockFormat infoBlock;
    infoBlock.setBottomMargin(points(1.5));
    const QTextCharFormat label = charFormat(9, false, kQuietText);
    const QTextCharFormat value = charFormat(9);
    const auto infoLine = [&](const QString &what, const QString &text) {
        cursor.insertBlock(infoBlock, value);
        cursor.insertText(what + QLatin1Char(' '), label);
        cursor.insertText(text, value);
    };
    const CostAllocation allocation = a.allocationFor(charges.year);
    infoLine(tr("To:"), party.name);
    if (!a.hostName().isEmpty())
        infoLine(tr("From:"), a.hostName());
    infoLine(tr("Agreement:"), a.name);
    infoLine(tr("Year:"), QString::number(charges.year));
    infoLine(tr("Share of the shared costs:"), shareText(a, allocation, party.actorId));
    infoLine(tr("Printed on:"), formatDate(printedOn()));
    if (party.actorId == a.hostActorId) {
        cursor.insertBlock(infoBlock, value);
        cursor.insertText(tr("%1 invoices the other parties; this is its own share and is not invoiced.")
                              .arg(party.name),
                          charFormat(9, true, kQuietText));
    }

    spaceAbove(cursor, 14);
    const QVector<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 46),
                                      QTextLength(QTextLength::PercentageLength, 20),
                                      QTextLength(QTextLength::PercentageLength, 14),
                                      QTextLength(QTextLength::PercentageLength, 20)};
    const int costs = int(a.costs.size());
    QTextTable *table = cursor.insertTable(costs + 2, 4, tableFormat(widths));
    const QTextCharFormat head = charFormat(7.5, true, kQuietText);
    const QTextCharFormat cell = charFormat(9);
    const QTextCharFormat bold = charFormat(9, true);
    for (int c = 0; c < 4; ++c)
        table->cellAt(0, c).setFormat(cellFormat(points(0.8), kQuietText, kColumnHeaderBackground));
    setCell(table, 0, 0, tr("Shared cost"), head);
    setCell(table, 0, 1, tr("Cost %1").arg(charges.year), head, Qt::AlignRight);
    setCell(table, 0, 2, tr("Share"), head, Qt::AlignRight);
    setCell(table, 0, 3, tr("To pay"), head, Qt::AlignRight);
    const QString share = shareText(a, allocation, party.actorId);
    for (int i = 0; i < costs; ++i) {
        const int row = i + 1;
        const QTextTableCellFormat rowFormat = cellFormat(points(0.4), kRowRule, i % 2 ? QBrush(kStripe) : QBrush());
        for (int c = 0; c < 4; ++c)
            table->cellAt(row, c).setFormat(rowFormat);
        setCell(table, row, 0, a.costs.at(i).name, cell);
        setCell(table, row, 1, kr(charges.costTotals.at(i)), cell, Qt::AlignRight);
        setCell(table, row, 2, a.method == CostAllocation::Method::Proportional
                                   ? share.mid(share.lastIndexOf(QLatin1Char('(')) + 1).chopped(1)
                                   : share.section(QLatin1Char(' '), 0, 0),
                cell, Qt::AlignRight);
        setCell(table, row, 3, kr(party.perCost.at(i)), cell, Qt::AlignRight);
    }
    for (int c = 0; c < 4; ++c)
        table->cellAt(costs + 1, c).setFormat(cellFormat(points(1), kHeadingRule, kTotalBackground));
    setCell(table, costs + 1, 0, tr("Total to pay for %1").arg(charges.year), bold);
    setCell(table, costs + 1, 1, kr(charges.total), cell, Qt::AlignRight);
    setCell(table, costs + 1, 3, kr(party.total), bold, Qt::AlignRight);

    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat note;
    note.setTopMargin(points(8));
    cursor.insertBlock(note);
    cursor.insertText(tr("Amounts in Swedish kronor. The shares follow the cost allocation of the agreement; "
                         "rounding is to whole kronor, and the kronor left over go to the largest remainders, "
                         "so all parties' shares add up exactly to each cost."),
                      charFormat(8, false, kQuietText));
}
