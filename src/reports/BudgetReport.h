#pragma once

#include "Budget.h"
#include "BudgetOutcome.h"
#include "ReportDocument.h"

#include <QDate>
#include <QString>

class QTextCursor;

// A budget on paper, laid out like seed 002's "Kostnads- och finansieringsbudget": the
// booked costs per year with their total, the financing per funder (public, then
// private) with its total, the checks (financing equals costs each year; funders'
// caps), budget against outcome when there is outcome, and the charts (costs per year,
// financing shares, budget against outcome) as pictures. Amounts the Swedish way.
// Drawing the charts needs a QApplication (Qt Charts draws with Qt Widgets).
class BudgetReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReport)
public:
    BudgetReport(const Budget &budget, const BudgetOutcome &outcome, const QString &databaseName,
                 const QDate &printedOn = QDate::currentDate());

private:
    void build(const Budget &budget, const BudgetOutcome &outcome, const QString &databaseName);
};
