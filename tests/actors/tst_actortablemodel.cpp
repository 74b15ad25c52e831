#include "ActorTableModel.h"
#include "BodyTableModel.h"
#include "MemberTableModel.h"
#include "PersonTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The register's model: filtering and sorting in the model, checked by Qt's model tester.
class TestActorTableModel : public QObject
{
    Q_OBJECT

    static Actor make(qint64 id, const QString &name, ActorType type, GeoLevel level, const QString &municipality,
                      Areas areas = {}, const QString &number = {})
    {
        Actor a;
        a.id = id;
        a.name = name;
        a.type = type;
        a.level = level;
        a.municipality = municipality;
        a.areas = areas;
        a.organisationNumber = number;
        return a;
    }

    static ActorList sample()
    {
        return {
            make(1, QStringLiteral("Örebro kommun"), ActorType::Municipality, GeoLevel::Local, QStringLiteral("Örebro"),
                 Area::TrainingMatching),
            make(2, QStringLiteral("Region Örebro län"), ActorType::Region, GeoLevel::Regional, QString(),
                 Area::TrainingMatching | Area::TransitionGuidance, QStringLiteral("232100-0164")),
            make(3, QStringLiteral("Arbetsförmedlingen"), ActorType::Authority, GeoLevel::National, QString(),
                 Area::TransitionGuidance),
            make(4, QStringLiteral("Zenit AB"), ActorType::PrivateEmployer, GeoLevel::Local, QStringLiteral("Kumla")),
            make(5, QStringLiteral("Åkeri i Kumla AB"), ActorType::PrivateEmployer, GeoLevel::Local,
                 QStringLiteral("Kumla")),
            make(6, QStringLiteral("Samordningsförbundet RAR"), ActorType::CooperationBody, GeoLevel::Regional,
                 QString(), Area::Preparatory),
        };
    }

    static QStringList names(const ActorTableModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, ActorTableModel::Name).data().toString();
        return out;
    }

private slots:
    void passesTheModelTester()
    {
        ActorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActors(sample());
        model.setFilterText(QStringLiteral("ö"));
        model.sort(ActorTableModel::Municipality, Qt::DescendingOrder);
        model.setFilterText(QString());
        model.upsert(make(7, QStringLiteral("Ny AB"), ActorType::PrivateEmployer, GeoLevel::Local, QString()));
        model.removeById(3);
        QCOMPARE(model.rowCount(), 6);
    }

    void sortsTheSwedishWay()
    {
        ActorTableModel model;
        model.setActors(sample());
        // Swedish collation: Å and Ö after Z.
        QCOMPARE(names(model), (QStringList{QStringLiteral("Arbetsförmedlingen"), QStringLiteral("Region Örebro län"),
                                            QStringLiteral("Samordningsförbundet RAR"), QStringLiteral("Zenit AB"),
                                            QStringLiteral("Åkeri i Kumla AB"), QStringLiteral("Örebro kommun")}));
        model.sort(ActorTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(model).first(), QStringLiteral("Örebro kommun"));
    }

    void filtersByTextNumberAndMunicipality()
    {
        ActorTableModel model;
        model.setActors(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilterText(QStringLiteral("örebro"));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Region Örebro län"), QStringLiteral("Örebro kommun")}));
        QCOMPARE(reset.count(), 1);
        model.setFilterText(QStringLiteral("ÖREBRO K")); // grows: narrowed from the current rows
        QCOMPARE(names(model), QStringList{QStringLiteral("Örebro kommun")});
        model.setFilterText(QStringLiteral("2321000164")); // digits without the dash
        QCOMPARE(names(model), QStringList{QStringLiteral("Region Örebro län")});
        model.setFilterText(QStringLiteral("kumla"));
        QCOMPARE(model.rowCount(), 2);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.totalCount(), 6);
    }

    void filtersByClassification()
    {
        ActorTableModel model;
        model.setActors(sample());
        ActorFilter f;
        f.type = ActorType::PrivateEmployer;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = {};
        f.areas = Area::TransitionGuidance;
        model.setFilter(f);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Arbetsförmedlingen"), QStringLiteral("Region Örebro län")}));
        f.level = GeoLevel::National;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList{QStringLiteral("Arbetsförmedlingen")});
        f.text = QStringLiteral("region");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    void editsKeepFilterAndOrder()
    {
        ActorTableModel model;
        model.setActors(sample());
        model.setFilterText(QStringLiteral("kumla"));
        Actor renamed = *model.actorById(4);
        renamed.municipality = QStringLiteral("Örebro");
        model.upsert(renamed); // no longer matches "kumla"
        QCOMPARE(names(model), QStringList{QStringLiteral("Åkeri i Kumla AB")});
        QCOMPARE(model.rowOf(4), -1);
        QCOMPARE(model.rowOf(5), 0);
        QCOMPARE(model.index(0, 0).data(ActorTableModel::IdRole).toLongLong(), 5);
    }

    void otherModelsPassTheTester()
    {
        PersonTableModel people;
        QAbstractItemModelTester t1(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Person p;
        p.id = 1;
        p.name = QStringLiteral("Irén Lejegren");
        p.actorId = 2;
        people.setRecords({p});
        people.setOrganisationNames({{2, QStringLiteral("Region Örebro län")}});
        QCOMPARE(people.index(0, PersonTableModel::Organisation).data().toString(), QStringLiteral("Region Örebro län"));
        p.id = 2;
        p.name = QStringLiteral("Håkan Söderman");
        people.upsert(p);
        people.removeById(1);
        QCOMPARE(people.rowCount(), 1);

        BodyTableModel bodies;
        QAbstractItemModelTester t2(&bodies, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Body b;
        b.id = 9;
        b.name = QStringLiteral("Branschforum Gröna näringar");
        bodies.setRecords({b});
        bodies.setWarnings(9, {QStringLiteral("x")});
        QCOMPARE(bodies.data(bodies.index(0, 0), BodyTableModel::WarningsRole).toStringList(), QStringList{QStringLiteral("x")});

        MemberTableModel members;
        QAbstractItemModelTester t3(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MemberDetail d;
        d.membership.id = 1;
        d.organisationName = QStringLiteral("Region Stockholm");
        members.setMembers(9, {d});
        QCOMPARE(members.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActorTableModel)
#include "tst_actortablemodel.moc"
