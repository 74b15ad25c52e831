// Budget checks and caps, and the keys and labels of the budget classifications.
#include "Budget.h"

namespace {

// The largest whole-öre amount within basisPoints of booked: floor(booked * bp / 10000).
// An amount in whole öre is within the exact rate limit exactly when it is within this.
Money rateLimit(Money booked, int basisPoints, bool roundedToKronor)
{
    if (roundedToKronor)
        return booked.percentOf(basisPoints, Money::Rounding::ToKronor);
    qint64 quotient = 0;
    qint64 remainder = 0;
    MoneyMath::mulDivFloor(qMax<qint64>(0, booked.ore()), basisPoints, 10000, &quotient, &remainder);
    return Money::fromOre(quotient);
}

} // namespace

Status Budget::setFunderCap(const FunderCap &cap)
{
    auto invalid = [](const QString &m) { return Error{Error::Kind::Invalid, m}; };
    if (cap.funderActorId <= 0)
        return invalid(tr("A cap needs a funder from the register."));
    if (!cap.maxBasisPoints && !cap.maxAmount)
        return invalid(tr("A cap needs a rate, an amount or both."));
    if (cap.maxBasisPoints && (*cap.maxBasisPoints < 0 || *cap.maxBasisPoints > 10000))
        return invalid(tr("A cap rate must be between 0 % and 100 %."));
    if (cap.maxAmount && cap.maxAmount->isNegative())
        return invalid(tr("A cap amount cannot be negative (%1).").arg(cap.maxAmount->toDisplayString()));
    removeFunderCap(cap.funderActorId);
    m_caps << cap;
    return Status::success();
}

void Budget::removeFunderCap(qint64 funderActorId)
{
    for (int i = m_caps.size() - 1; i >= 0; --i)
        if (m_caps.at(i).funderActorId == funderActorId)
            m_caps.removeAt(i);
}

QString Budget::funderName(qint64 funderActorId) const
{
    for (const FinancingLine &l : m_financingLines)
        if (l.funderActorId == funderActorId && !l.funderName.trimmed().isEmpty())
            return l.funderName;
    return tr("Funder %1").arg(funderActorId);
}

void Budget::checkCap(const FunderCap &cap, QVector<BudgetProblem> *out) const
{
    const QString name = funderName(cap.funderActorId);
    auto add = [&](BudgetProblem::Kind kind, int year, Money over, const QString &message) {
        out->append(BudgetProblem{kind, year, cap.funderActorId, over, message});
    };
    auto checkOne = [&](int year, Money given, Money booked) {
        const QString y = QString::number(year);
        if (cap.maxBasisPoints) {
            const Money limit = rateLimit(booked, *cap.maxBasisPoints, cap.rateLimitRoundedToKronor);
            if (given > limit) {
                const Money over = given - limit;
                const QString rate = Money::percentText(*cap.maxBasisPoints);
                add(BudgetProblem::Kind::RateCapExceeded, year, over,
                    year ? tr("%1 gives %2 in %3, more than %4 of that year's booked costs (%5) by %6.")
                               .arg(name, given.toDisplayString(), y, rate, booked.toDisplayString(),
                                    over.toDisplayString())
                         : tr("%1 gives %2, more than %3 of the booked costs (%4) by %5.")
                               .arg(name, given.toDisplayString(), rate, booked.toDisplayString(),
                                    over.toDisplayString()));
            }
        }
        if (cap.maxAmount && given > *cap.maxAmount) {
            const Money over = given - *cap.maxAmount;
            add(BudgetProblem::Kind::AmountCapExceeded, year, over,
                year ? tr("%1 gives %2 in %3, more than the cap of %4 by %5.")
                           .arg(name, given.toDisplayString(), y, cap.maxAmount->toDisplayString(),
                                over.toDisplayString())
                     : tr("%1 gives %2, more than the cap of %3 by %4.")
                           .arg(name, given.toDisplayString(), cap.maxAmount->toDisplayString(),
                                over.toDisplayString()));
        }
    };
    if (cap.scope == FunderCap::Scope::Overall) {
        checkOne(0, funderTotal(cap.funderActorId), costTotal());
        return;
    }
    for (int year : years())
        checkOne(year, funderTotal(cap.funderActorId, year), costTotal(year));
}

QVector<BudgetProblem> Budget::checks() const
{
    QVector<BudgetProblem> out;
    for (int year : years()) {
        const Money costs = costTotal(year);
        const Money financing = financingTotal(year);
        const Money difference = financing - costs;
        if (difference.isZero())
            continue;
        const QString y = QString::number(year);
        const QString message =
            difference.isNegative()
                ? tr("%1: the financing (%2) is %3 less than the costs (%4).")
                      .arg(y, financing.toDisplayString(), difference.abs().toDisplayString(),
                           costs.toDisplayString())
                : tr("%1: the financing (%2) is %3 more than the costs (%4).")
                      .arg(y, financing.toDisplayString(), difference.abs().toDisplayString(),
                           costs.toDisplayString());
        out.append(BudgetProblem{BudgetProblem::Kind::Unbalanced, year, 0, difference, message});
    }
    for (const FunderCap &cap : m_caps)
        checkCap(cap, &out);
    return out;
}

QStringList Budget::checkMessages() const
{
    QStringList out;
    for (const BudgetProblem &p : checks())
        out << p.message;
    return out;
}

QVector<CostCategory> Budget::costCategories()
{
    return {CostCategory::OwnStaff, CostCategory::ExternalServices, CostCategory::TravelLodging,
            CostCategory::IndirectCosts, CostCategory::Other};
}

QString Budget::key(CostCategory c)
{
    switch (c) {
    case CostCategory::OwnStaff: return QStringLiteral("own-staff");
    case CostCategory::ExternalServices: return QStringLiteral("external-services");
    case CostCategory::TravelLodging: return QStringLiteral("travel-lodging");
    case CostCategory::IndirectCosts: return QStringLiteral("indirect-costs");
    case CostCategory::Other: return QStringLiteral("other");
    }
    return {};
}

QString Budget::label(CostCategory c)
{
    switch (c) {
    case CostCategory::OwnStaff: return tr("Own staff");
    case CostCategory::ExternalServices: return tr("External services");
    case CostCategory::TravelLodging: return tr("Travel and lodging");
    case CostCategory::IndirectCosts: return tr("Indirect costs");
    case CostCategory::Other: return tr("Other");
    }
    return {};
}

std::optional<CostCategory> Budget::costCategoryFromKey(const QString &key)
{
    for (CostCategory c : costCategories())
        if (Budget::key(c) == key)
            return c;
    return std::nullopt;
}

QString Budget::key(FunderKind k)
{
    return k == FunderKind::Public ? QStringLiteral("public") : QStringLiteral("private");
}

QString Budget::label(FunderKind k)
{
    return k == FunderKind::Public ? tr("Public funder") : tr("Private funder");
}

std::optional<FunderKind> Budget::funderKindFromKey(const QString &key)
{
    for (FunderKind k : {FunderKind::Public, FunderKind::Private})
        if (Budget::key(k) == key)
            return k;
    return std::nullopt;
}

QString Budget::key(FundingStatus s)
{
    switch (s) {
    case FundingStatus::Confirmed: return QStringLiteral("confirmed");
    case FundingStatus::Applied: return QStringLiteral("applied");
    case FundingStatus::InKind: return QStringLiteral("in-kind");
    }
    return {};
}

QString Budget::label(FundingStatus s)
{
    switch (s) {
    case FundingStatus::Confirmed: return tr("Confirmed");
    case FundingStatus::Applied: return tr("Applied for");
    case FundingStatus::InKind: return tr("In kind");
    }
    return {};
}

std::optional<FundingStatus> Budget::fundingStatusFromKey(const QString &key)
{
    for (FundingStatus s : {FundingStatus::Confirmed, FundingStatus::Applied, FundingStatus::InKind})
        if (Budget::key(s) == key)
            return s;
    return std::nullopt;
}
