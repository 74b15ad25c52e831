#include "Agreement.h"

#include <QSet>

#include <algorithm>

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

bool isMunicipality(const AgreementParty &p)
{
    return p.type == ActorType::Municipality;
}

} // namespace

bool AgreementParty::isPartyOn(QDate day) const
{
    return (!joinedOn.isValid() || joinedOn <= day) && (!leftOn.isValid() || day <= leftOn);
}

bool AgreementParty::paysIn(int year) const
{
    return (!joinedOn.isValid() || joinedOn.year() <= year) && (!leftOn.isValid() || leftOn.year() >= year);
}

bool AgreementParty::operator==(const AgreementParty &o) const
{
    return actorId == o.actorId && name == o.name && type == o.type && joinedOn == o.joinedOn
        && leftOn == o.leftOn && weight == o.weight;
}

const PartyCharge *YearCharges::party(qint64 actorId) const
{
    for (const PartyCharge &p : parties)
        if (p.actorId == actorId)
            return &p;
    return nullptr;
}

bool Agreement::operator==(const Agreement &o) const
{
    return id == o.id && name == o.name && hostActorId == o.hostActorId && term.start() == o.term.start()
        && term.initialEnd() == o.term.initialEnd() && term.noticeMonths() == o.term.noticeMonths()
        && term.renewalMonths() == o.term.renewalMonths()
        && term.renewalNoticeMonths() == o.term.renewalNoticeMonths()
        && minimumMunicipalities == o.minimumMunicipalities && regionRequired == o.regionRequired
        && parties == o.parties && amendments == o.amendments && method == o.method
        && basisLabel == o.basisLabel && costs == o.costs && notes == o.notes;
}

Status Agreement::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(tr("An agreement needs a name."));
    if (Status s = term.validate(); !s)
        return invalid(tr("%1: %2").arg(name, s.errorMessage()));
    if (minimumMunicipalities < 0)
        return invalid(tr("%1: the minimum number of municipalities cannot be negative.").arg(name));
    QSet<qint64> seen;
    for (const AgreementParty &p : parties) {
        if (p.actorId <= 0)
            return invalid(tr("%1: a party has not been chosen from the actor register.").arg(name));
        if (seen.contains(p.actorId))
            return invalid(tr("%1 is a party to %2 twice.").arg(p.name, name));
        seen.insert(p.actorId);
        if (p.joinedOn.isValid() && p.leftOn.isValid() && p.leftOn < p.joinedOn)
            return invalid(tr("%1 leaves %2 (%3) before it joins (%4).")
                               .arg(p.name, name, p.leftOn.toString(Qt::ISODate), p.joinedOn.toString(Qt::ISODate)));
        if (p.weight < 0)
            return invalid(tr("%1 has a negative number in the cost allocation of %2.").arg(p.name, name));
    }
    if (hostActorId > 0 && !seen.contains(hostActorId))
        return invalid(tr("The party that invoices the others must be a party to %1.").arg(name));
    QSet<int> numbers;
    for (const Amendment &a : amendments) {
        if (a.number <= 0)
            return invalid(tr("Amendments to %1 are numbered from 1.").arg(name));
        if (numbers.contains(a.number))
            return invalid(tr("%1 has two amendments numbered %2.").arg(name).arg(a.number));
        numbers.insert(a.number);
        if (!a.date.isValid())
            return invalid(tr("Amendment %1 to %2 has no valid date.").arg(a.number).arg(name));
        if (a.text.trimmed().isEmpty())
            return invalid(tr("Amendment %1 to %2 has no text.").arg(a.number).arg(name));
    }
    for (const SharedCost &c : costs) {
        if (c.name.trimmed().isEmpty())
            return invalid(tr("A shared cost of %1 has no name.").arg(name));
        for (auto it = c.amounts.cbegin(); it != c.amounts.cend(); ++it) {
            if (it.value().isNegative())
                return invalid(tr("%1 in %2 is negative (%3).").arg(c.name).arg(it.key()).arg(it.value().toString()));
            if (it.value() > Money::maximum())
                return invalid(tr("%1 in %2 is too large.").arg(c.name).arg(it.key()));
        }
    }
    for (int year : costYears()) {
        if (costTotal(year).isZero())
            continue;
        if (allocationFor(year).parties().isEmpty())
            return invalid(tr("No party of %1 pays in %2, but there are shared costs that year.").arg(name).arg(year));
        if (Status s = allocationFor(year).validate(); !s)
            return invalid(tr("The cost allocation of %1 in %2: %3").arg(name).arg(year).arg(s.errorMessage()));
    }
    return {};
}

const AgreementParty *Agreement::party(qint64 actorId) const
{
    for (const AgreementParty &p : parties)
        if (p.actorId == actorId)
            return &p;
    return nullptr;
}

QString Agreement::hostName() const
{
    const AgreementParty *p = party(hostActorId);
    return p ? p->name : QString();
}

int Agreement::municipalitiesOn(QDate day) const
{
    return int(std::count_if(parties.cbegin(), parties.cend(),
                             [day](const AgreementParty &p) { return isMunicipality(p) && p.isPartyOn(day); }));
}

bool Agreement::regionIsPartyOn(QDate day) const
{
    return std::any_of(parties.cbegin(), parties.cend(),
                       [day](const AgreementParty &p) { return p.type == ActorType::Region && p.isPartyOn(day); });
}

QStringList Agreement::validityProblems(QDate day) const
{
    return AgreementValidity::check(municipalitiesOn(day), regionIsPartyOn(day) || !regionRequired,
                                    minimumMunicipalities);
}

QString Agreement::lapseWarning(QDate today) const
{
    // The days on which the number of municipalities can drop: today, and the day after
    // each departure still to come. The first of them with too few decides the term.
    QVector<QDate> days{today};
    for (const AgreementParty &p : parties)
        if (isMunicipality(p) && p.leftOn.isValid() && p.leftOn >= today)
            days << p.leftOn.addDays(1);
    std::sort(days.begin(), days.end());
    for (QDate day : std::as_const(days)) {
        const int count = municipalitiesOn(day);
        if (count < minimumMunicipalities)
            return AgreementValidity::lapseWarning(term, day, count, minimumMunicipalities);
    }
    return {};
}

QStringList Agreement::warnings(QDate today, int warnDays) const
{
    QStringList out = term.warnings(today, warnDays);
    if (const QString lapse = lapseWarning(today); !lapse.isEmpty())
        out << lapse;
    else if (regionRequired && !regionIsPartyOn(today) && term.start() <= today)
        out << AgreementValidity::tr("The region must be a party to the agreement.");
    return out;
}

QStringList Agreement::warningsAhead(QDate today, int months) const
{
    QDate deadline = term.nextNoticeDeadline(today);
    if (!deadline.isValid())
        deadline = term.initialEnd();
    const int warnDays = deadline.isValid() ? int(deadline.addMonths(-months).daysTo(deadline)) : 0;
    return warnings(today, warnDays);
}

QVector<int> Agreement::costYears() const
{
    QSet<int> years;
    for (const SharedCost &c : costs)
        for (auto it = c.amounts.cbegin(); it != c.amounts.cend(); ++it)
            years.insert(it.key());
    QVector<int> out(years.cbegin(), years.cend());
    std::sort(out.begin(), out.end());
    return out;
}

Money Agreement::costTotal(int year) const
{
    Money total;
    for (const SharedCost &c : costs)
        total += c.amount(year);
    return total;
}

CostAllocation Agreement::allocationFor(int year) const
{
    QVector<CostAllocation::Party> paying;
    for (const AgreementParty &p : parties)
        if (p.paysIn(year))
            paying.append({p.actorId, p.name, p.weight});
    return CostAllocation(method, paying);
}

Result<YearCharges> Agreement::charges(int year) const
{
    YearCharges out;
    out.year = year;
    const CostAllocation allocation = allocationFor(year);
    for (const CostAllocation::Party &p : allocation.parties())
        out.parties.append({p.actorId, p.name, QVector<Money>(costs.size()), Money()});
    for (int i = 0; i < costs.size(); ++i) {
        const Money cost = costs.at(i).amount(year);
        out.costTotals << cost;
        out.total += cost;
        if (cost.isZero())
            continue;
        if (allocation.parties().isEmpty())
            return invalid(tr("No party of %1 pays in %2.").arg(name).arg(year));
        auto shares = allocation.allocate(cost, cost.isWholeKronor() ? CostAllocation::Unit::Kronor
                                                                     : CostAllocation::Unit::Ore);
        if (!shares)
            return invalid(tr("The cost allocation of %1 in %2: %3").arg(name).arg(year).arg(shares.errorMessage()));
        for (int k = 0; k < shares->size(); ++k) {
            out.parties[k].perCost[i] = shares->at(k).amount;
            out.parties[k].total += shares->at(k).amount;
        }
    }
    return out;
}

int Agreement::nextAmendmentNumber() const
{
    int n = 0;
    for (const Amendment &a : amendments)
        n = qMax(n, a.number);
    return n + 1;
}

std::optional<CostAllocation::Method> Agreement::methodFromKey(const QString &key)
{
    for (auto m : {CostAllocation::Method::Equal, CostAllocation::Method::FixedPercent,
                   CostAllocation::Method::Proportional})
        if (CostAllocation::key(m) == key)
            return m;
    return std::nullopt;
}
