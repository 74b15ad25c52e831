#pragma once

#include "AgreementTerm.h"
#include "Classification.h"
#include "CostAllocation.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A party to a cooperation agreement (seed 000: the region and the municipalities that
// sign). The name and type come from the actor register; the type decides whether the
// party counts as a municipality or as the region for the validity condition.
struct AgreementParty
{
    qint64 actorId = 0;
    QString name;
    ActorType type = ActorType::Municipality;
    QDate joinedOn; // invalid: a party from the start
    QDate leftOn;   // invalid: still a party; otherwise its last day as a party
    // The party's number for the cost allocation: its share in basis points (fixed
    // percentages, 1500 = 15 %) or a number such as its population (proportional).
    qint64 weight = 0;

    bool isPartyOn(QDate day) const;
    // A party pays for a year when it is a party on any day of that year.
    bool paysIn(int year) const;
    bool operator==(const AgreementParty &o) const;
    bool operator!=(const AgreementParty &o) const { return !(*this == o); }
};

// A numbered amendment ("numrerade tillägg till avtalet", seed 000).
struct Amendment
{
    int number = 0;
    QDate date;
    QString text;
    bool operator==(const Amendment &o) const { return number == o.number && date == o.date && text == o.text; }
    bool operator!=(const Amendment &o) const { return !(*this == o); }
};

// A cost the parties share (seed 000: the process leader, the membership fee of
// Riksföreningen Teknikcollege Sverige, the activities agreed in the steering group),
// an amount per year.
struct SharedCost
{
    QString name;
    QMap<int, Money> amounts;
    Money amount(int year) const { return amounts.value(year); }
    bool operator==(const SharedCost &o) const { return name == o.name && amounts == o.amounts; }
    bool operator!=(const SharedCost &o) const { return !(*this == o); }
};

// What one party pays in one year: its share of each shared cost and the sum.
struct PartyCharge
{
    qint64 actorId = 0;
    QString name;
    QVector<Money> perCost; // in the order of Agreement::costs
    Money total;
};

// The invoice basis of a year: every paying party's charges. The shares of each cost
// add up exactly to that cost, so the parties' totals add up to the year's total.
struct YearCharges
{
    int year = 0;
    QVector<Money> costTotals; // per cost, as budgeted
    QVector<PartyCharge> parties;
    Money total;
    const PartyCharge *party(qint64 actorId) const;
};

// A cooperation agreement (samverkansavtal, seed 000): the parties, the term with its
// notice and renewal rules, the condition that makes it valid (at least three
// municipalities and the region), numbered amendments, and the cost allocation of the
// shared costs (the host - the region - invoices the other parties by it).
//
// Where the rounding goes: each shared cost is allocated on its own, year by year, among
// the parties that pay that year (CostAllocation, the largest-remainder method): in whole
// kronor when the cost is in whole kronor, otherwise in öre. The kronor left over after
// every party has its rounded-down share go one each to the largest remainders (the
// party listed first among equals). So each cost's shares add up to the cost to the
// krona, and a party's yearly total is the sum of its shares.
class Agreement
{
    Q_DECLARE_TR_FUNCTIONS(Agreement)

public:
    qint64 id = 0;
    QString name;
    qint64 hostActorId = 0; // the party that invoices the others (0: none named)
    AgreementTerm term;
    int minimumMunicipalities = AgreementValidity::kMinimumMunicipalities;
    bool regionRequired = true;
    QVector<AgreementParty> parties;
    QVector<Amendment> amendments; // in number order
    CostAllocation::Method method = CostAllocation::Method::Equal;
    QString basisLabel; // what the proportional numbers are ("Population")
    QVector<SharedCost> costs;
    QString notes;

    bool operator==(const Agreement &o) const;
    bool operator!=(const Agreement &o) const { return !(*this == o); }

    // Every rule the stored agreement must satisfy: a name, a usable term, parties not
    // listed twice, a party's departure not before its joining, numbered amendments with
    // a date and a text, costs with a name and no negative amounts, and a cost allocation
    // that works for every year with costs (percentages adding up to 100 % ...).
    Status validate() const;

    const AgreementParty *party(qint64 actorId) const;
    QString hostName() const;
    int municipalitiesOn(QDate day) const;
    bool regionIsPartyOn(QDate day) const;
    // The validity condition on a day: empty when it holds.
    QStringList validityProblems(QDate day) const;
    // When the parties that have given notice leave and too few municipalities remain:
    // when the agreement lapses. Empty when enough remain.
    QString lapseWarning(QDate today) const;
    // The term's warnings (notice deadline within warnDays) and the lapse warning.
    QStringList warnings(QDate today, int warnDays) const;
    // The same, warning from months before the next notice deadline (or the end of an
    // agreement that is not renewed).
    static constexpr int kWarnMonths = 3;
    QStringList warningsAhead(QDate today, int months = kWarnMonths) const;

    // The years with shared costs, ascending.
    QVector<int> costYears() const;
    Money costTotal(int year) const;
    // The allocation among the parties that pay in the year, in the parties' order.
    CostAllocation allocationFor(int year) const;
    // What each party pays in the year; an error names the year and the problem.
    Result<YearCharges> charges(int year) const;

    int nextAmendmentNumber() const;
    static QString methodKey(CostAllocation::Method m) { return CostAllocation::key(m); }
    static std::optional<CostAllocation::Method> methodFromKey(const QString &key);
};
