#include "MinutesReport.h"

#include "MinutesSeal.h"
#include "MinutesWorkflow.h"
#include "ReportFormats.h"

#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

using namespace ReportFormats;

namespace {

QTextTableFormat plainTable(const QVector<QTextLength> &widths)
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellSpacing(0);
    f.setCellPadding(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(widths);
    return f;
}

QTextTableCellFormat padded(qreal topRule = 0)
{
    QTextTableCellFormat f = cell(0, kRowRule);
    f.setTopPadding(ReportDocument::points(topRule > 0 ? 2 : 1));
    f.setBottomPadding(ReportDocument::points(1));
    f.setLeftPadding(0);
    f.setRightPadding(ReportDocument::points(10));
    if (topRule > 0) {
        f.setTopBorder(topRule);
        f.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setTopBorderBrush(Qt::black);
    }
    return f;
}

QTextBlockFormat spaced(qreal before, qreal after = 0)
{
    QTextBlockFormat f;
    f.setTopMargin(ReportDocument::points(before));
    f.setBottomMargin(ReportDocument::points(after));
    return f;
}

} // namespace

MinutesReport::MinutesReport(const Minutes &m, const QDate &printedOn)
{
    const QString title = m.additionNumber > 0 ? tr("Addition %1 to the minutes").arg(m.additionNumber) : tr("Minutes");
    setTitle(QStringLiteral("%1 %2").arg(title, formatDate(m.date)));
    if (m.state == MinutesState::Final && !m.contentHash.isEmpty())
        setSubtitle(tr("Adjusted %1 · Code %2")
                        .arg(formatDate(m.adjustedOn), MinutesSeal::verificationCode(m.contentHash)));
    else
        setSubtitle(tr("%1 — not adjusted").arg(MinutesWorkflow::stateName(m.state).toUpper()));
    setPrintedOn(printedOn);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    buildHeader(cursor, m);
    buildSignatures(cursor, m);
    buildAttendance(cursor, m);
    buildItems(cursor, m);
    cursor.endEditBlock();
}

QString MinutesReport::timeLine(const Minutes &m)
{
    const QLocale sv = reportLocale();
    QString day = sv.toString(m.date, QStringLiteral("dddd d MMMM yyyy"));
    if (!day.isEmpty())
        day[0] = day[0].toUpper();
    if (!m.start.isValid())
        return day;
    const QString from = m.start.toString(QStringLiteral("HH:mm"));
    if (!m.end.isValid())
        return tr("%1 at %2").arg(day, from);
    return tr("%1 at %2–%3").arg(day, from, m.end.toString(QStringLiteral("HH:mm")));
}

void MinutesReport::buildHeader(QTextCursor &cursor, const Minutes &m)
{
    cursor.setBlockFormat(spaced(0, 2));
    const QString heading = m.additionNumber > 0 ? tr("Addition %1 to the minutes").arg(m.additionNumber) : tr("Minutes");
    cursor.insertText(heading, text(18, true));
    cursor.insertBlock(spaced(0, 8));
    cursor.insertText(m.bodyName, text(13, true));

    QTextTable *table = cursor.insertTable(2, 2, plainTable({QTextLength(QTextLength::FixedLength, points(48)),
                                                              QTextLength(QTextLength::VariableLength, 0)}));
    setCellText(table, 0, 0, tr("Time:"), text(10, true));
    setCellText(table, 0, 1, timeLine(m), text(10));
    setCellText(table, 1, 0, tr("Place:"), text(10, true));
    setCellText(table, 1, 1, m.place, text(10));
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            table->cellAt(r, c).setFormat(padded());
    cursor.movePosition(QTextCursor::End);
}

void MinutesReport::signatureLines(QTextCursor &cursor, const QStringList &names, const QStringList &roles)
{
    // Room to sign, a line, and under it the name and the role; side by side, with a
    // gap between the lines. Never wider than half the page for one name.
    const qsizetype signatories = std::max<qsizetype>(2, names.size());
    constexpr qreal kGap = 8;
    const qreal width = (100.0 - kGap * (signatories - 1)) / signatories;
    QVector<QTextLength> widths;
    for (qsizetype i = 0; i < signatories; ++i) {
        if (i > 0)
            widths << QTextLength(QTextLength::PercentageLength, kGap);
        widths << QTextLength(QTextLength::PercentageLength, width);
    }
    QTextTable *table = cursor.insertTable(3, int(widths.size()), plainTable(widths));
    for (int c = 0; c < widths.size(); ++c) {
        QTextTableCellFormat room = padded();
        room.setTopPadding(points(26));
        table->cellAt(0, c).setFormat(room);
        const int n = c / 2;
        if (c % 2 == 1 || n >= names.size())
            continue;
        table->cellAt(1, c).setFormat(padded(points(0.6)));
        table->cellAt(2, c).setFormat(padded());
        setCellText(table, 1, c, names.at(n), text(10));
        setCellText(table, 2, c, roles.at(n), text(8.5, false, kQuietText));
    }
    cursor.movePosition(QTextCursor::End);
}

void MinutesReport::buildSignatures(QTextCursor &cursor, const Minutes &m)
{
    // Vid protokollet: the secretary signs under the record.
    cursor.insertBlock(spaced(14, 0));
    cursor.insertText(tr("Recorded by:"), text(10, true));
    signatureLines(cursor, {m.secretary()}, {tr("Secretary")});

    cursor.insertBlock(spaced(12, 2));
    cursor.insertText(tr("Adjusted on:"), text(10, true));
    cursor.insertBlock(spaced(0, 0));
    cursor.insertText(m.adjustedOn.isValid() ? formatDate(m.adjustedOn) : QStringLiteral("____________________"),
                      text(10));

    // The chair and each adjuster sign side by side.
    QStringList names = {m.chair()};
    QStringList roles = {tr("Chair")};
    for (const QString &a : m.adjusters()) {
        names << a;
        roles << tr("Adjuster");
    }
    signatureLines(cursor, names, roles);
}

void MinutesReport::buildAttendance(QTextCursor &cursor, const Minutes &m)
{
    const auto section = [&](const QString &heading, const QVector<const Attendee *> &people, bool withParty) {
        if (people.isEmpty())
            return;
        cursor.insertBlock(spaced(12, 3));
        cursor.insertText(heading, text(10, true));
        QTextTable *table = cursor.insertTable(int(people.size()), 2,
                                               plainTable({QTextLength(QTextLength::PercentageLength, 50),
                                                           QTextLength(QTextLength::PercentageLength, 50)}));
        for (int r = 0; r < people.size(); ++r) {
            const Attendee &a = *people.at(r);
            QString name = a.name;
            if (withParty && !a.party.isEmpty())
                name += QStringLiteral(" (%1)").arg(a.party);
            QStringList notes;
            if (a.role == MinutesRole::Chair)
                notes << tr("chair");
            if (a.status == AttendanceStatus::DeputyServing)
                notes << tr("deputy serving");
            if (a.arrivedAtItem > 0)
                notes << tr("arrived at § %1").arg(a.arrivedAtItem);
            if (a.leftAtItem > 0)
                notes << tr("left after § %1").arg(a.leftAtItem);
            if (!notes.isEmpty())
                name += QStringLiteral(", ") + notes.join(QStringLiteral(", "));
            setCellText(table, r, 0, name, text(9.5));
            setCellText(table, r, 1, a.organisation, text(9.5));
            table->cellAt(r, 0).setFormat(padded());
            table->cellAt(r, 1).setFormat(padded());
        }
        cursor.movePosition(QTextCursor::End);
    };
    QVector<const Attendee *> present, absent, others;
    for (const Attendee &a : m.attendance) {
        if (!a.member) {
            if (a.isPresent() && a.role != MinutesRole::Secretary)
                others << &a;
        } else {
            (a.isPresent() ? present : absent) << &a;
        }
    }
    section(tr("Members present:"), present, true);
    section(tr("Members absent:"), absent, true);
    section(tr("Others present:"), others, false);
}

void MinutesReport::buildItems(QTextCursor &cursor, const Minutes &m)
{
    QTextBlockFormat pageBreak = spaced(0, 0);
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    bool first = true;
    for (const MinutesItem &item : m.items) {
        QTextBlockFormat heading = first ? pageBreak : spaced(12, 2);
        heading.setTopMargin(first ? 0 : points(12));
        heading.setBottomMargin(points(2));
        first = false;
        cursor.insertBlock(heading);
        cursor.insertText(QStringLiteral("§ %1  ").arg(item.number) + item.title, text(11, true));
        QTextBlockFormat body = spaced(1, 1);
        body.setLeftMargin(points(18));
        for (const QString &paragraph : item.discussion.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            cursor.insertBlock(body);
            cursor.insertText(paragraph.trimmed(), text(10));
        }
        if (!item.decision.trimmed().isEmpty()) {
            cursor.insertBlock(body);
            cursor.insertText(tr("Decision:") + QLatin1Char(' '), text(10, true));
            cursor.insertText(item.decision.trimmed(), text(10));
        }
        for (const Assignment &a : item.assignments) {
            cursor.insertBlock(body);
            cursor.insertText(tr("Assignment:") + QLatin1Char(' '), text(10, true));
            QString line = tr("%1 is to %2").arg(a.responsible, a.task);
            if (a.due.isValid())
                line += QLatin1Char(' ') + tr("by %1").arg(formatDate(a.due));
            cursor.insertText(line + QLatin1Char('.'), text(10));
        }
    }
    if (m.state == MinutesState::Final && !m.contentHash.isEmpty()) {
        cursor.insertBlock(spaced(24, 0));
        cursor.insertText(tr("Verification code: %1").arg(MinutesSeal::verificationCode(m.contentHash)),
                          text(8.5, false, kQuietText));
        cursor.insertBlock(spaced(0, 0));
        cursor.insertText(tr("SHA-256 of the adjusted minutes: %1").arg(QString::fromLatin1(m.contentHash)),
                          text(7, false, kQuietText));
    }
}
