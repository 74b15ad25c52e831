#pragma once

#include "Agreement.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QDate>

#include <memory>

class QTextCursor;

// The invoice basis (fakturaunderlag) of a cooperation agreement for one year (seed
// 000: the region invoices the other parties by the agreed cost allocation): first an
// overview of what every party pays, cost by cost; then a page per invoiced party with
// each shared cost, the party's share and the amount to pay. With one party chosen,
// only that party's page. Amounts are the Swedish way ("1 030 000 kr"), to the krona.
class InvoiceBasisReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceBasisReport)
public:
    // partyId 0: all parties. Refused when the year's allocation cannot be made or the
    // party does not pay that year (the message says why).
    static Result<std::unique_ptr<InvoiceBasisReport>> create(const Agreement &agreement, int year,
                                                              qint64 partyId = 0,
                                                              const QDate &printedOn = QDate::currentDate());

    // How a party's share is written: "15 %", "101 427 of 399 311 (25,4 %)", "1/5".
    static QString shareText(const Agreement &agreement, const CostAllocation &allocation, qint64 actorId);

private:
    InvoiceBasisReport() = default;
    void buildOverview(QTextCursor &cursor, const Agreement &a, const YearCharges &charges);
    void buildParty(QTextCursor &cursor, const Agreement &a, const YearCharges &charges, const PartyCharge &party,
                    bool newPage);
};
