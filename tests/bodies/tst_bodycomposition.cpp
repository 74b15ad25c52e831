#include "BodyComposition.h"

#include <QtTest>

// The seeds' composition rules (000: steering groups; 001 §6.4.1: industry forums).
class TestBodyComposition : public QObject
{
    Q_OBJECT
    using Seat = BodyComposition::Seat;
    static Seat seat(MemberRole role, ActorType type, const char *name = "x")
    {
        return Seat{role, type, QString::fromUtf8(name)};
    }

private slots:
    void steeringGroupOfOnlyPublicPartiesBreaksBothRules()
    {
        const QVector<Seat> seats{seat(MemberRole::Member, ActorType::Region), seat(MemberRole::Member, ActorType::Municipality),
                                  seat(MemberRole::Member, ActorType::Municipality),
                                  seat(MemberRole::CoOpted, ActorType::Authority)};
        const QStringList w = BodyComposition::warnings(BodyKind::RegionalSteeringGroup, seats);
        QCOMPARE(w.size(), 2);
        QVERIFY(w.at(0).contains(QStringLiteral("0 of 3")));
        QVERIFY(w.at(1).contains(QStringLiteral("no chair")));
    }

    void companiesInMajorityWithIndustryChairPasses()
    {
        const QVector<Seat> seats{seat(MemberRole::Chair, ActorType::PrivateEmployer, "Scania"),
                                  seat(MemberRole::Member, ActorType::PrivateEmployer),
                                  seat(MemberRole::Member, ActorType::Municipality)};
        QVERIFY(BodyComposition::warnings(BodyKind::LocalSteeringGroup, seats).isEmpty());
    }

    void coOptedCompaniesDoNotCount()
    {
        const QVector<Seat> seats{seat(MemberRole::Chair, ActorType::PrivateEmployer),
                                  seat(MemberRole::Member, ActorType::Municipality),
                                  seat(MemberRole::CoOpted, ActorType::PrivateEmployer),
                                  seat(MemberRole::CoOpted, ActorType::PrivateEmployer)};
        const QStringList w = BodyComposition::warnings(BodyKind::RegionalSteeringGroup, seats);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().contains(QStringLiteral("1 of 2")));
    }

    void halfIsNotAMajority()
    {
        const QVector<Seat> seats{seat(MemberRole::Chair, ActorType::PrivateEmployer),
                                  seat(MemberRole::Member, ActorType::Region)};
        QCOMPARE(BodyComposition::warnings(BodyKind::RegionalSteeringGroup, seats).size(), 1);
    }

    void chairFromPublicSectorIsNamed()
    {
        const QVector<Seat> seats{seat(MemberRole::Chair, ActorType::Region, "Irén Lejegren"),
                                  seat(MemberRole::Member, ActorType::PrivateEmployer),
                                  seat(MemberRole::Member, ActorType::PrivateEmployer)};
        const QStringList w = BodyComposition::warnings(BodyKind::RegionalSteeringGroup, seats);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().contains(QStringLiteral("Irén Lejegren")));
    }

    void industryForumEmployerSideNotMinority()
    {
        QVector<Seat> seats{seat(MemberRole::Member, ActorType::PrivateEmployer),
                            seat(MemberRole::Member, ActorType::UpperSecondary)};
        QVERIFY(BodyComposition::warnings(BodyKind::IndustryForum, seats).isEmpty()); // an equal share is fine
        seats.append(seat(MemberRole::Member, ActorType::Authority));
        const QStringList w = BodyComposition::warnings(BodyKind::IndustryForum, seats);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().contains(QStringLiteral("1 of 3")));
        seats.append(seat(MemberRole::Member, ActorType::EmployerOrganisation));
        QVERIFY(BodyComposition::warnings(BodyKind::IndustryForum, seats).isEmpty());
    }

    void otherBodiesHaveNoMajorityRule()
    {
        const QVector<Seat> seats{seat(MemberRole::Member, ActorType::Municipality)};
        QVERIFY(BodyComposition::warnings(BodyKind::CooperationCouncil, seats).isEmpty());
    }

    void twoChairsAreFlagged()
    {
        const QVector<Seat> seats{seat(MemberRole::Chair, ActorType::Municipality),
                                  seat(MemberRole::Chair, ActorType::Region)};
        QVERIFY(BodyComposition::warnings(BodyKind::CooperationCouncil, seats).join(QLatin1Char(' ')).contains(QStringLiteral("2 chairs")));
    }
};

QTEST_GUILESS_MAIN(TestBodyComposition)
#include "tst_bodycomposition.moc"
