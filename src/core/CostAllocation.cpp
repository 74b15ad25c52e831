#include "CostAllocation.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

QVector<qint64> CostAllocation::effectiveWeights() const
{
    QVector<qint64> weights;
    weights.reserve(m_parties.size());
    for (const Party &p : m_parties)
        weights << (m_method == Method::Equal ? 1 : p.weight);
    return weights;
}

Status CostAllocation::validate() const
{
    if (m_parties.isEmpty())
        return invalid(tr("A cost allocation needs at least one party."));
    QSet<qint64> seen;
    for (const Party &p : m_parties) {
        if (p.actorId > 0 && seen.contains(p.actorId))
            return invalid(tr("%1 is listed twice in the cost allocation.").arg(p.name));
        seen.insert(p.actorId);
    }
    if (m_method == Method::Equal)
        return Status::success();
    qint64 sum = 0;
    for (const Party &p : m_parties) {
        if (p.weight < 0)
            return invalid(m_method == Method::FixedPercent
                               ? tr("%1 has a negative share (%2).")
                                     .arg(p.name, Money::percentText(int(qMax<qint64>(p.weight, -100000000))))
                               : tr("%1 has a negative number (%2).").arg(p.name).arg(p.weight));
        if (p.weight > Q_INT64_C(1000000000000))
            return invalid(tr("%1 has too large a number (%2).").arg(p.name).arg(p.weight));
        sum += p.weight;
    }
    if (m_method == Method::FixedPercent && sum != 10000)
        return invalid(tr("The percentages add up to %1, not %2.")
                           .arg(Money::percentText(int(qMin<qint64>(sum, 100000000))),
                                Money::percentText(10000)));
    if (m_method == Method::Proportional && sum == 0)
        return invalid(tr("Every party has 0; give at least one party a number to share by."));
    return Status::success();
}

QVector<qint64> CostAllocation::largestRemainder(qint64 total, const QVector<qint64> &weights)
{
    QVector<qint64> shares(weights.size(), 0);
    const qint64 weightSum = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    if (weights.isEmpty() || weightSum <= 0)
        return shares;
    const bool negative = total < 0;
    const qint64 units = negative ? -total : total;

    QVector<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        MoneyMath::mulDivFloor(units, weights.at(i), weightSum, &shares[i], &remainders[i]);
        given += shares.at(i);
    }
    // Fewer than weights.size() units are left; the largest remainders get one each,
    // the first listed first among equals (stable sort keeps the list order).
    QVector<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders.at(a) > remainders.at(b); });
    for (int k = 0; given < units && k < order.size(); ++k, ++given)
        ++shares[order.at(k)];
    Q_ASSERT(given == units);
    if (negative)
        for (qint64 &s : shares)
            s = -s;
    return shares;
}

Result<QVector<CostAllocation::Share>> CostAllocation::allocate(Money cost, Unit unit) const
{
    if (const Status s = validate(); !s)
        return s.error();
    if (unit == Unit::Kronor && !cost.isWholeKronor())
        return invalid(tr("%1 cannot be shared in whole kronor; round it to whole kronor or share "
                          "it in öre.").arg(cost.toString(true, true)));
    const qint64 step = unit == Unit::Kronor ? 100 : 1;
    const QVector<qint64> units = largestRemainder(cost.ore() / step, effectiveWeights());
    QVector<Share> out;
    out.reserve(m_parties.size());
    for (int i = 0; i < m_parties.size(); ++i)
        out << Share{m_parties.at(i).actorId, m_parties.at(i).name, Money::fromOre(units.at(i) * step)};
    return out;
}

QString CostAllocation::key(Method m)
{
    switch (m) {
    case Method::Equal: return QStringLiteral("equal");
    case Method::FixedPercent: return QStringLiteral("percent");
    case Method::Proportional: return QStringLiteral("proportional");
    }
    return {};
}

QString CostAllocation::label(Method m)
{
    switch (m) {
    case Method::Equal: return tr("Equal shares");
    case Method::FixedPercent: return tr("Fixed percentages");
    case Method::Proportional: return tr("In proportion to a number (such as population)");
    }
    return {};
}
