#include "CostAllocation.h"

#include <QtTest>

char *toString(const Money &m)
{
    return QTest::toString(m.toString(true, true));
}

namespace {

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

using Party = CostAllocation::Party;

QVector<Money> amounts(const QVector<CostAllocation::Share> &shares)
{
    QVector<Money> out;
    for (const auto &s : shares)
        out << s.amount;
    return out;
}

Money sum(const QVector<CostAllocation::Share> &shares)
{
    Money total;
    for (const auto &s : shares)
        total += s.amount;
    return total;
}

// The four municipalities of seed 000 with plausible populations (about 2023).
QVector<Party> stockholmMunicipalities()
{
    return {{2, QStringLiteral("Södertälje kommun"), 101427},
            {3, QStringLiteral("Haninge kommun"), 97089},
            {4, QStringLiteral("Huddinge kommun"), 115526},
            {5, QStringLiteral("Järfälla kommun"), 85269}};
}

QVector<Party> seedParties()
{
    return QVector<Party>{{1, QStringLiteral("Region Stockholm"), 0}} + stockholmMunicipalities();
}

} // namespace

class TestCostAllocation : public QObject
{
    Q_OBJECT

private slots:
    void equalThirdsRemainderToTheFirst()
    {
        const CostAllocation a(CostAllocation::Method::Equal,
                               {{1, QStringLiteral("A"), 0}, {2, QStringLiteral("B"), 0}, {3, QStringLiteral("C"), 0}});
        const auto shares = a.allocate(kr(100000));
        QVERIFY2(shares.ok(), qPrintable(shares.errorMessage()));
        QCOMPARE(amounts(shares.value()), (QVector<Money>{kr(33334), kr(33333), kr(33333)}));
        QCOMPARE(sum(shares.value()), kr(100000));
        QCOMPARE(shares->at(0).actorId, qint64(1));
        QCOMPARE(shares->at(2).name, QStringLiteral("C"));

        // In öre: 33 333,34 + 33 333,33 + 33 333,33.
        const auto ore = a.allocate(kr(100000), CostAllocation::Unit::Ore);
        QCOMPARE(amounts(ore.value()), (QVector<Money>{Money::fromOre(3333334), Money::fromOre(3333333),
                                                       Money::fromOre(3333333)}));
        // 2 kr among three: the first two listed get a krona each.
        QCOMPARE(amounts(a.allocate(kr(2)).value()), (QVector<Money>{kr(1), kr(1), kr(0)}));
        // A credit is shared with the signs reversed.
        QCOMPARE(amounts(a.allocate(kr(-100000)).value()), (QVector<Money>{kr(-33334), kr(-33333), kr(-33333)}));
        QCOMPARE(amounts(a.allocate(Money()).value()), (QVector<Money>{Money(), Money(), Money()}));
    }

    void equalAmongTheFiveSeedParties()
    {
        // Seed 000: the region and four municipalities share e.g. a membership fee.
        const CostAllocation a(CostAllocation::Method::Equal, seedParties());
        const auto shares = a.allocate(kr(123457));
        QCOMPARE(amounts(shares.value()), (QVector<Money>{kr(24692), kr(24692), kr(24691), kr(24691), kr(24691)}));
        QCOMPARE(sum(shares.value()), kr(123457));
    }

    void largestRemainderNotFirstListed()
    {
        // 100 kr in thirds by weights 1 : 2 -> 33,33 and 66,67: the second has the larger remainder.
        const CostAllocation a(CostAllocation::Method::Proportional,
                               {{1, QStringLiteral("A"), 1}, {2, QStringLiteral("B"), 2}});
        QCOMPARE(amounts(a.allocate(kr(100)).value()), (QVector<Money>{kr(33), kr(67)}));
        // 10 kr by 10 : 25 : 65 -> 1, 2,5, 6,5: equal remainders, the earlier listed gets it.
        const CostAllocation b(CostAllocation::Method::Proportional,
                               {{1, QStringLiteral("A"), 10}, {2, QStringLiteral("B"), 25}, {3, QStringLiteral("C"), 65}});
        QCOMPARE(amounts(b.allocate(kr(10)).value()), (QVector<Money>{kr(1), kr(3), kr(6)}));
        QCOMPARE(CostAllocation::largestRemainder(100, {1, 1, 1, 1, 1, 1, 1}),
                 (QVector<qint64>{15, 15, 14, 14, 14, 14, 14}));
        QCOMPARE(CostAllocation::largestRemainder(5, {0, 1, 0}), (QVector<qint64>{0, 5, 0}));
    }

    void fixedPercentages()
    {
        // The region 40 %, each municipality 15 %.
        QVector<Party> parties = seedParties();
        parties[0].weight = 4000;
        for (int i = 1; i < parties.size(); ++i)
            parties[i].weight = 1500;
        const CostAllocation a(CostAllocation::Method::FixedPercent, parties);
        QVERIFY(a.validate().ok());
        const auto shares = a.allocate(kr(1250000));
        QCOMPARE(amounts(shares.value()),
                 (QVector<Money>{kr(500000), kr(187500), kr(187500), kr(187500), kr(187500)}));
        // 1 000 001 kr: 400 000,40 and 150 000,15 each -> the region's 0,40 is the largest remainder.
        QCOMPARE(amounts(a.allocate(kr(1000001)).value()),
                 (QVector<Money>{kr(400001), kr(150000), kr(150000), kr(150000), kr(150000)}));
        QCOMPARE(sum(a.allocate(Money::fromOre(100000099), CostAllocation::Unit::Ore).value()),
                 Money::fromOre(100000099));
    }

    void percentagesMustAddUpTo100()
    {
        QVector<Party> parties = seedParties();
        parties[0].weight = 3950;
        for (int i = 1; i < parties.size(); ++i)
            parties[i].weight = 1500;
        CostAllocation a(CostAllocation::Method::FixedPercent, parties);
        const Status st = a.validate();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, Error::Kind::Invalid);
        const QChar nbsp(0x00A0);
        QCOMPARE(st.errorMessage(), QStringLiteral("The percentages add up to 99,5%1%, not 100%1%.").arg(nbsp));
        const auto refused = a.allocate(kr(100000));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(), st.errorMessage());

        parties[0].weight = 4100;
        a.setParties(parties);
        QVERIFY(a.validate().errorMessage().contains(QStringLiteral("101%1%").arg(nbsp)));
        parties[0].weight = 4000;
        a.setParties(parties);
        QVERIFY(a.validate().ok());
        parties[1].weight = -1500;
        parties[2].weight = 4500;
        a.setParties(parties);
        QVERIFY(a.validate().errorMessage().startsWith(QStringLiteral("Södertälje kommun has a negative share")));
    }

    void proportionalByPopulation()
    {
        const CostAllocation a(CostAllocation::Method::Proportional, stockholmMunicipalities());
        const auto shares = a.allocate(kr(987654));
        QVERIFY(shares.ok());
        // Exact shares 250 869,08 / 240 139,49 / 285 741,48 / 210 903,95 kr: the two whole
        // kronor left go to Järfälla (0,95) and Haninge (0,49).
        QCOMPARE(amounts(shares.value()), (QVector<Money>{kr(250869), kr(240140), kr(285741), kr(210904)}));
        QCOMPARE(sum(shares.value()), kr(987654));
        const auto ore = a.allocate(kr(987654), CostAllocation::Unit::Ore);
        QCOMPARE(amounts(ore.value()), (QVector<Money>{Money::fromOre(25086908), Money::fromOre(24013949),
                                                       Money::fromOre(28574148), Money::fromOre(21090395)}));
        QCOMPARE(sum(ore.value()), kr(987654));
    }

    void sharesAlwaysSumExactly()
    {
        // Many costs and weights: the shares add up to the cost and each is within one unit
        // of its exact value.
        const QVector<QVector<qint64>> weightSets{{1, 1, 1}, {101427, 97089, 115526, 85269}, {1, 0, 2, 7},
                                                  {3333, 3333, 3334}, {1, 999999}};
        for (const QVector<qint64> &weights : weightSets) {
            qint64 weightSum = 0;
            for (qint64 w : weights)
                weightSum += w;
            for (qint64 cost : {Q_INT64_C(0), Q_INT64_C(1), Q_INT64_C(2), Q_INT64_C(99), Q_INT64_C(100000),
                                Q_INT64_C(1644153), Q_INT64_C(822076), Q_INT64_C(99999999999999)}) {
                const QVector<qint64> shares = CostAllocation::largestRemainder(cost, weights);
                qint64 total = 0;
                for (int i = 0; i < shares.size(); ++i) {
                    total += shares.at(i);
                    // |share - cost * w / W| < 1  <=>  |share * W - cost * w| < W
                    const long double diff = (long double)shares.at(i) * weightSum - (long double)cost * weights.at(i);
                    QVERIFY(diff < weightSum && -diff < weightSum);
                }
                QCOMPARE(total, cost);
            }
        }
    }

    void refusesBadDefinitions()
    {
        QCOMPARE(CostAllocation(CostAllocation::Method::Equal, {}).validate().errorMessage(),
                 QStringLiteral("A cost allocation needs at least one party."));
        QVector<Party> twice = stockholmMunicipalities();
        twice << Party{2, QStringLiteral("Södertälje kommun"), 5};
        QCOMPARE(CostAllocation(CostAllocation::Method::Proportional, twice).validate().errorMessage(),
                 QStringLiteral("Södertälje kommun is listed twice in the cost allocation."));
        QVector<Party> zeros = stockholmMunicipalities();
        for (Party &p : zeros)
            p.weight = 0;
        QVERIFY(CostAllocation(CostAllocation::Method::Proportional, zeros)
                    .allocate(kr(5)).errorMessage().startsWith(QStringLiteral("Every party has 0")));
        QVector<Party> negative = stockholmMunicipalities();
        negative[3].weight = -85269;
        QCOMPARE(CostAllocation(CostAllocation::Method::Proportional, negative).validate().errorMessage(),
                 QStringLiteral("Järfälla kommun has a negative number (-85269)."));
        // Whole kronor cannot split 100,50 kr exactly; öre can.
        const CostAllocation equal(CostAllocation::Method::Equal, stockholmMunicipalities());
        const auto halfKrona = equal.allocate(Money::fromOre(10050));
        QVERIFY(!halfKrona.ok());
        QVERIFY(halfKrona.errorMessage().startsWith(QString::fromUtf8("100,50\u00a0kr cannot be shared in whole kronor")));
        QCOMPARE(sum(equal.allocate(Money::fromOre(10050), CostAllocation::Unit::Ore).value()), Money::fromOre(10050));
        // Equal ignores weights.
        QCOMPARE(CostAllocation(CostAllocation::Method::Equal, negative).effectiveWeights(),
                 (QVector<qint64>{1, 1, 1, 1}));
    }

    void keysAndLabels()
    {
        QCOMPARE(CostAllocation::key(CostAllocation::Method::FixedPercent), QStringLiteral("percent"));
        QCOMPARE(CostAllocation::label(CostAllocation::Method::Equal), QStringLiteral("Equal shares"));
    }
};

QTEST_GUILESS_MAIN(TestCostAllocation)
#include "tst_costallocation.moc"
