#pragma once

#include "Minutes.h"
#include "ReportDocument.h"

class QTextCursor;

// Minutes on paper in the Swedish layout of seed 004: "Protokoll" and the body, time
// and place; "Vid protokollet" with the secretary's signature line; "Justerat den";
// signature lines for the chair and the adjusters; the members present with party and
// organisation, deputies serving, those absent and others present; then the numbered
// items (§) with discussion, decision and assignments. The page header of final
// minutes carries the date of adjustment and the verification code of their seal;
// a draft says so on every page.
class MinutesReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(MinutesReport)
public:
    explicit MinutesReport(const Minutes &minutes, const QDate &printedOn = QDate::currentDate());

    // "Fredag 28 september 2018 kl 09:00–12:00"
    static QString timeLine(const Minutes &minutes);

private:
    void buildHeader(QTextCursor &cursor, const Minutes &minutes);
    void buildSignatures(QTextCursor &cursor, const Minutes &minutes);
    void signatureLines(QTextCursor &cursor, const QStringList &names, const QStringList &roles);
    void buildAttendance(QTextCursor &cursor, const Minutes &minutes);
    void buildItems(QTextCursor &cursor, const Minutes &minutes);
};
