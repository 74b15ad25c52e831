#include "Agreement.h"

#include <QtTest>

char *toString(const Money &m)
{
    return QTest::toString(m.toString(true, true));
}

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

// Seed 000: Region Stockholm and four municipalities; the region 40 %, each municipality 15 %.
Agreement seed000()
{
    Agreement a;
    a.name = QStringLiteral("Samverkansavtal Teknikcollege Stockholmsregionen");
    a.term = AgreementTerm(d("2025-01-01"), d("2029-12-31"), 12, 12, 9);
    a.hostActorId = 1;
    a.parties = {{1, QStringLiteral("Region Stockholm"), ActorType::Region, {}, {}, 4000},
                 {2, QStringLiteral("Södertälje kommun"), ActorType::Municipality, {}, {}, 1500},
                 {3, QStringLiteral("Haninge kommun"), ActorType::Municipality, {}, {}, 1500},
                 {4, QStringLiteral("Huddinge kommun"), ActorType::Municipality, {}, {}, 1500},
                 {5, QStringLiteral("Järfälla kommun"), ActorType::Municipality, {}, {}, 1500}};
    a.method = CostAllocation::Method::FixedPercent;
    a.costs = {{QStringLiteral("Processledare"), {{2025, kr(1000000)}, {2026, kr(1030000)}, {2027, kr(1060901)}}},
               {QStringLiteral("Medlemsavgift"), {{2025, kr(50000)}, {2026, kr(50000)}, {2027, kr(50003)}}},
               {QStringLiteral("Aktiviteter"), {{2025, kr(150000)}, {2027, Money::fromOre(15000050)}}}};
    return a;
}

Money sumOf(const YearCharges &c)
{
    Money s;
    for (const PartyCharge &p : c.parties)
        s += p.total;
    return s;
}

} // namespace

// The agreement as a whole: validity as parties leave, and what each party pays.
class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void seedAgreementIsValid()
    {
        const Agreement a = seed000();
        QVERIFY2(a.validate().ok(), qPrintable(a.validate().errorMessage()));
        QCOMPARE(a.municipalitiesOn(d("2026-01-01")), 4);
        QVERIFY(a.regionIsPartyOn(d("2026-01-01")));
        QVERIFY(a.validityProblems(d("2026-01-01")).isEmpty());
        QVERIFY(a.lapseWarning(d("2026-01-01")).isEmpty());
        QCOMPARE(a.hostName(), QStringLiteral("Region Stockholm"));
        QCOMPARE(a.costYears(), (QVector<int>{2025, 2026, 2027}));
        QCOMPARE(a.nextAmendmentNumber(), 1);
    }

    void chargesSumToTheCostToTheKrona()
    {
        const Agreement a = seed000();
        const auto y2025 = a.charges(2025);
        QVERIFY2(y2025.ok(), qPrintable(y2025.errorMessage()));
        QCOMPARE(y2025->total, kr(1200000));
        QCOMPARE(y2025->party(1)->total, kr(480000));
        QCOMPARE(y2025->party(2)->total, kr(180000));
        QCOMPARE(y2025->party(2)->perCost, (QVector<Money>{kr(150000), kr(7500), kr(22500)}));
        QCOMPARE(sumOf(*y2025), y2025->total);

        // 2027: 1 060 901 kr at 40/15 % leaves 0,40 and 0,15 kr: the krona goes to the
        // region (largest remainder). 50 003 kr: 20 001,20 and 7 500,45 each -> the 2 kronor
        // left go to the first two municipalities (equal remainders, listed first).
        const auto y2027 = a.charges(2027);
        QVERIFY(y2027.ok());
        QCOMPARE(y2027->party(1)->perCost.at(0), kr(424361));
        QCOMPARE(y2027->party(2)->perCost.at(0), kr(159135));
        QCOMPARE(y2027->party(1)->perCost.at(1), kr(20001));
        QCOMPARE(y2027->party(2)->perCost.at(1), kr(7501));
        QCOMPARE(y2027->party(3)->perCost.at(1), kr(7501));
        QCOMPARE(y2027->party(4)->perCost.at(1), kr(7500));
        QCOMPARE(y2027->party(5)->perCost.at(1), kr(7500));
        // A cost with öre is shared in öre.
        QCOMPARE(y2027->party(1)->perCost.at(2), Money::fromOre(6000020));
        for (int i = 0; i < a.costs.size(); ++i) {
            Money share;
            for (const PartyCharge &p : y2027->parties)
                share += p.perCost.at(i);
            QCOMPARE(share, a.costs.at(i).amount(2027));
        }
        QCOMPARE(sumOf(*y2027), a.costTotal(2027));
        // A year without costs: every party pays nothing.
        const auto y2030 = a.charges(2030);
        QVERIFY(y2030.ok());
        QCOMPARE(y2030->total, Money());
        QCOMPARE(y2030->parties.size(), 5);
    }

    void equalAndProportional()
    {
        Agreement a = seed000();
        a.method = CostAllocation::Method::Equal;
        QVERIFY(a.validate().ok());
        const auto eq = a.charges(2025);
        QCOMPARE(eq->party(1)->perCost.at(0), kr(200000));
        QCOMPARE(sumOf(*eq), kr(1200000));
        a.method = CostAllocation::Method::Proportional;
        a.basisLabel = QStringLiteral("Population");
        const qint64 population[] = {2454821, 101427, 97089, 115526, 85269};
        for (int i = 0; i < 5; ++i)
            a.parties[i].weight = population[i];
        QVERIFY(a.validate().ok());
        const auto prop = a.charges(2026);
        QVERIFY(prop.ok());
        QCOMPARE(sumOf(*prop), kr(1080000));
    }

    void percentagesNotAddingUpAreRefused()
    {
        Agreement a = seed000();
        a.parties[0].weight = 3900;
        const Status s = a.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.errorMessage(), QStringLiteral("The cost allocation of Samverkansavtal Teknikcollege "
                                                  "Stockholmsregionen in 2025: The percentages add up to "
                                                  "99\u00a0%, not 100\u00a0%."));
        QVERIFY(!a.charges(2025).ok());
    }

    void aPartyThatLeavesStopsPaying()
    {
        // Järfälla leaves at the end of 2025: from 2026 the four others pay, and fixed
        // percentages no longer add up, which is said with the year.
        Agreement a = seed000();
        a.parties[4].leftOn = d("2025-12-31");
        QVERIFY(a.parties[4].paysIn(2025));
        QVERIFY(!a.parties[4].paysIn(2026));
        QVERIFY(a.validate().errorMessage().contains(QStringLiteral("in 2026: The percentages add up to 85")));
        a.method = CostAllocation::Method::Equal;
        QVERIFY(a.validate().ok());
        QCOMPARE(a.charges(2025)->parties.size(), 5);
        QCOMPARE(a.charges(2026)->parties.size(), 4);
        QCOMPARE(a.charges(2026)->party(1)->perCost.at(0), kr(257500));
        QCOMPARE(sumOf(*a.charges(2026)), kr(1080000));
    }

    void validityWhenPartiesLeave()
    {
        Agreement a = seed000();
        // One municipality leaving keeps three: still valid, no lapse.
        a.parties[4].leftOn = d("2028-12-31");
        QVERIFY(a.lapseWarning(d("2026-06-01")).isEmpty());
        QCOMPARE(a.municipalitiesOn(d("2029-01-01")), 3);
        // A second one leaving in 2030 leaves two: the agreement lapses at the end of the
        // term running then (the first one-year extension, 2030-12-31).
        a.parties[3].leftOn = d("2030-03-31");
        QCOMPARE(a.lapseWarning(d("2026-06-01")),
                 QStringLiteral("Only 2 municipalities remain; unless new parties join, the agreement ends on "
                                "2030-12-31, at the end of the current term."));
        QVERIFY(a.validityProblems(d("2030-03-31")).isEmpty());
        QCOMPARE(a.validityProblems(d("2030-04-01")),
                 QStringList{QStringLiteral("The agreement needs at least 3 municipalities as parties; it has 2.")});
        // A new municipality joining in time keeps it valid.
        a.parties.append({6, QStringLiteral("Nacka kommun"), ActorType::Municipality, d("2030-01-01"), {}, 0});
        QVERIFY(a.lapseWarning(d("2026-06-01")).isEmpty());
        // The region leaving: the validity condition fails.
        a.parties[0].leftOn = d("2027-12-31");
        QVERIFY(a.validityProblems(d("2028-01-01")).contains(QStringLiteral("The region must be a party to the agreement.")));
        QVERIFY(a.warnings(d("2028-01-01"), 90).contains(QStringLiteral("The region must be a party to the agreement.")));
        // Leaving before joining is refused.
        a.parties[5].leftOn = d("2029-12-31");
        a.parties[5].joinedOn = d("2030-01-01");
        QVERIFY(a.validate().errorMessage().contains(QStringLiteral("Nacka kommun leaves")));
    }

    void lapseWhenTooFewFromTheStart()
    {
        Agreement a = seed000();
        a.parties.remove(2, 2); // only Södertälje and Järfälla
        QCOMPARE(a.lapseWarning(d("2027-06-01")),
                 QStringLiteral("Only 2 municipalities remain; unless new parties join, the agreement ends on "
                                "2029-12-31, at the end of the current term."));
    }

    void warningsAheadOfTheNoticeDeadline()
    {
        const Agreement a = seed000();
        QVERIFY(a.warnings(d("2028-09-01"), 91).isEmpty());
        const QStringList w = a.warnings(d("2028-10-15"), 91);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().startsWith(QStringLiteral("Notice of termination must be given by 2028-12-31 (in 77 days)")));
        // Three months ahead: from 2028-09-30 on.
        QVERIFY(a.warningsAhead(d("2028-09-29")).isEmpty());
        QCOMPARE(a.warningsAhead(d("2028-09-30")).size(), 1);
        QCOMPARE(a.warningsAhead(d("2028-12-31")).size(), 1);
        QVERIFY(a.warningsAhead(d("2029-01-01")).isEmpty()); // the next deadline is 2030-03-31
        QCOMPARE(a.warningsAhead(d("2029-12-31")).size(), 1);
    }

    void badInput()
    {
        Agreement a = seed000();
        a.term = AgreementTerm(d("2030-01-01"), d("2029-12-31"));
        QVERIFY(a.validate().errorMessage().endsWith(QStringLiteral("The agreement ends (2029-12-31) before it starts (2030-01-01).")));
        a = seed000();
        a.parties.append(a.parties.at(1));
        QCOMPARE(a.validate().errorMessage(), QStringLiteral("Södertälje kommun is a party to Samverkansavtal "
                                                             "Teknikcollege Stockholmsregionen twice."));
        a = seed000();
        a.amendments = {{1, d("2026-03-01"), QStringLiteral("Nacka kommun ansluter.")},
                        {1, d("2026-04-01"), QStringLiteral("Budget 2027.")}};
        QVERIFY(a.validate().errorMessage().contains(QStringLiteral("two amendments numbered 1")));
        a.amendments[1].number = 2;
        QVERIFY(a.validate().ok());
        QCOMPARE(a.nextAmendmentNumber(), 3);
        a.amendments[1].text = QStringLiteral("  ");
        QCOMPARE(a.validate().errorMessage(), QStringLiteral("Amendment 2 to Samverkansavtal Teknikcollege "
                                                             "Stockholmsregionen has no text."));
        a = seed000();
        a.costs[0].amounts[2026] = kr(-5);
        QVERIFY(a.validate().errorMessage().startsWith(QStringLiteral("Processledare in 2026 is negative")));
        a = seed000();
        a.hostActorId = 99;
        QVERIFY(a.validate().errorMessage().startsWith(QStringLiteral("The party that invoices")));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
