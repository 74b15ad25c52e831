#pragma once

#include "AnnualWheel.h"
#include "Meeting.h"
#include "ReportDocument.h"
#include "WheelPainter.h"

// The annual wheel on paper, A4 landscape: the circle with its legend and the rule
// checks, then a table of the slots (quarter, kind, date and time, place, focus and
// topics, input material with responsible, due date and status).
class WheelReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(WheelReport)
public:
    WheelReport(const AnnualWheel &wheel, const QStringList &warnings, const QDate &printedOn = QDate::currentDate());
    // The regional overview: one ring per body, clashes marked, a table per body.
    WheelReport(const QVector<AnnualWheel> &wheels, const WheelPicture &picture, const QStringList &warnings,
                const QDate &printedOn = QDate::currentDate());

private:
    void build(const QVector<AnnualWheel> &wheels, const WheelPicture &picture, const QStringList &warnings,
               bool showBody);
};

// The notice of a meeting with its agenda (kallelse), A4 portrait.
class NoticeReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(NoticeReport)
public:
    // slot: the wheel slot the meeting was made from (its input material is listed), or null.
    NoticeReport(const Meeting &meeting, const WheelSlot *slot, const QDate &printedOn = QDate::currentDate());
};
