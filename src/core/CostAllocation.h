#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// How the parties to an agreement share a cost (seed 000: the process leader, the
// membership fee and agreed activities; the region invoices the others).
//
// Methods:
//  - Equal: every party the same share;
//  - FixedPercent: each party's weight is its share in basis points (2500 = 25 %);
//    the weights must add up to exactly 10 000 (100 %);
//  - Proportional: each party's weight is a number such as its population; weights
//    are 0 or more and not all 0.
//
// Where the rounding goes: the cost is counted in units (öre, or whole kronor with
// Unit::Kronor) and every party first gets the whole units of its exact share
// (rounded down). The units left over - fewer than the number of parties - go one
// each to the parties with the largest remainders (the largest-remainder method);
// among equal remainders the party listed first gets it first. So the shares always
// add up exactly to the cost, no share differs from its exact value by a unit or more,
// and 100 000 kr in equal thirds is 33 334 + 33 333 + 33 333 kr.
// A negative cost (a credit) is shared the same way with every sign reversed.
class CostAllocation
{
    Q_DECLARE_TR_FUNCTIONS(CostAllocation)

public:
    enum class Method { Equal, FixedPercent, Proportional };
    enum class Unit { Ore, Kronor };

    struct Party
    {
        qint64 actorId = 0;  // the actor in the register (0 when not yet chosen)
        QString name;        // shown in messages and invoices
        qint64 weight = 0;   // basis points (FixedPercent) or a number (Proportional)
    };

    struct Share
    {
        qint64 actorId = 0;
        QString name;
        Money amount;
    };

    CostAllocation() = default;
    CostAllocation(Method method, QVector<Party> parties)
        : m_method(method), m_parties(std::move(parties)) {}

    Method method() const { return m_method; }
    void setMethod(Method method) { m_method = method; }
    const QVector<Party> &parties() const { return m_parties; }
    void setParties(const QVector<Party> &parties) { m_parties = parties; }

    // Problems with the definition itself (no parties, percentages not adding up to
    // 100 %, negative weights, the same actor twice).
    Status validate() const;
    // Each party's share of the cost, in the parties' order; they add up exactly to the
    // cost. With Unit::Kronor the cost must be in whole kronor.
    Result<QVector<Share>> allocate(Money cost, Unit unit = Unit::Kronor) const;

    // The weights actually used (1 per party for Equal).
    QVector<qint64> effectiveWeights() const;

    // The largest-remainder split of total units among weights (>= 0, sum > 0);
    // ties go to the lower index. Sums exactly to total (which may be negative).
    static QVector<qint64> largestRemainder(qint64 total, const QVector<qint64> &weights);

    static QString key(Method m);
    static QString label(Method m);

private:
    Method m_method = Method::Equal;
    QVector<Party> m_parties;
};
