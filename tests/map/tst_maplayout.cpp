#include "MapFilter.h"
#include "MapLayout.h"
#include "MapRevision.h"

#include <QRandomGenerator>
#include <QtTest>

// The landscape map laid out (001 §5.1, Bilaga 9): one tile per actor, in the cell of its
// type and level, never outside it and never over another; and the map's filters.
class TestMapLayout : public QObject
{
    Q_OBJECT

    static Actor actor(qint64 id, const char *name, ActorType type, GeoLevel level, const char *municipality = "",
                       Areas areas = {}, ActorRoles roles = {})
    {
        Actor a;
        a.id = id;
        a.name = QString::fromUtf8(name);
        a.type = type;
        a.level = level;
        a.municipality = QString::fromUtf8(municipality);
        a.areas = areas;
        a.roles = roles;
        return a;
    }

    static ActorList randomActors(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QVector<ActorType> types = Classification::actorTypes();
        const QVector<GeoLevel> levels = Classification::geoLevels();
        const QStringList municipalities{QStringLiteral("Eskilstuna"), QStringLiteral("Nyköping"),
                                         QStringLiteral("Katrineholm"), QStringLiteral("Strängnäs"), QString()};
        ActorList out;
        for (int i = 0; i < n; ++i) {
            Actor a;
            a.id = i + 1;
            a.name = QStringLiteral("Aktör %1").arg(rng.bounded(100000));
            a.type = types.at(rng.bounded(int(types.size())));
            a.level = levels.at(rng.bounded(int(levels.size())));
            a.municipality = municipalities.at(rng.bounded(int(municipalities.size())));
            a.areas = Areas(int(rng.bounded(8)));
            out.append(a);
        }
        return out;
    }

    // Every actor exactly once, in the cell of its type and level, inside it, no overlaps.
    static void checkPlacement(const MapLayout &layout, const ActorList &actors)
    {
        QCOMPARE(layout.tiles().size(), actors.size());
        QVector<int> seen(actors.size(), 0);
        for (const MapTile &t : layout.tiles())
            ++seen[t.actor];
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
        for (int c = 0; c < layout.cells().size(); ++c) {
            const MapCell &cell = layout.cells().at(c);
            const MapCellKey key = layout.keyOf(c);
            for (int i = 0; i < cell.tiles.size(); ++i) {
                const MapTile &t = layout.tiles().at(cell.tiles.at(i));
                const Actor &a = actors.at(t.actor);
                QCOMPARE(t.cell, c);
                QCOMPARE(a.type, key.type);
                QCOMPARE(a.level, key.level);
                if (key.municipality)
                    QCOMPARE(a.municipality.trimmed(), *key.municipality);
                QVERIFY2(cell.rect.contains(t.rect), qPrintable(a.name));
                QCOMPARE(layout.cellAt(t.rect.center()), c);
                for (int j = i + 1; j < cell.tiles.size(); ++j)
                    QVERIFY(!t.rect.intersects(layout.tiles().at(cell.tiles.at(j)).rect));
            }
        }
        // Cells do not overlap each other either.
        for (int c = 0; c < layout.cells().size(); ++c)
            for (int d = c + 1; d < layout.cells().size(); ++d)
                QVERIFY(!layout.cells().at(c).rect.intersects(layout.cells().at(d).rect));
    }

private slots:
    void columnsAreTypesGroupedByRoleAndRowsAreLevels()
    {
        const ActorList actors{
            actor(1, "Almi Mälardalen", ActorType::BusinessSupport, GeoLevel::Regional),
            actor(2, "Volvo CE", ActorType::PrivateEmployer, GeoLevel::Local, "Eskilstuna"),
            actor(3, "Mälardalens universitet", ActorType::University, GeoLevel::Regional),
            actor(4, "Arbetsförmedlingen", ActorType::Authority, GeoLevel::National),
            actor(5, "Eskilstuna kommun", ActorType::Municipality, GeoLevel::Local, "Eskilstuna"),
        };
        const MapLayout layout = MapLayout::build(actors);
        QVector<ActorType> types;
        for (const MapColumn &c : layout.columns())
            types << c.type;
        // Empty types are left out; employers first, then educators, authorities (with the
        // municipalities), business support.
        QCOMPARE(types, (QVector<ActorType>{ActorType::PrivateEmployer, ActorType::University, ActorType::Municipality,
                                             ActorType::Authority, ActorType::BusinessSupport}));
        QCOMPARE(layout.groups().size(), 4);
        QCOMPARE(layout.groups().first().group, ActorGroup::Employers);
        QCOMPARE(layout.groups().at(2).group, ActorGroup::Authorities);
        QCOMPARE(layout.groups().at(2).rect.width(),
                 layout.columns().at(2).header.width() + layout.columns().at(3).header.width());
        QVector<GeoLevel> levels;
        for (const MapRow &r : layout.rows())
            levels << r.level;
        // Cross-regional only when someone is.
        QCOMPARE(levels, (QVector<GeoLevel>{GeoLevel::National, GeoLevel::Regional, GeoLevel::Local}));
        checkPlacement(layout, actors);
        const int almi = layout.tileOfActor(0);
        QCOMPARE(layout.keyOf(layout.tiles().at(almi).cell).type, ActorType::BusinessSupport);
        QVERIFY(layout.bounds().contains(layout.tiles().at(almi).rect));
    }

    void tilesOfACellAreInSwedishNameOrder()
    {
        const ActorList actors{
            actor(1, "Örebro", ActorType::PrivateEmployer, GeoLevel::Regional),
            actor(2, "Ängby", ActorType::PrivateEmployer, GeoLevel::Regional),
            actor(3, "Bravida", ActorType::PrivateEmployer, GeoLevel::Regional),
            actor(4, "Zeta", ActorType::PrivateEmployer, GeoLevel::Regional),
        };
        const MapLayout layout = MapLayout::build(actors);
        QCOMPARE(layout.cells().size(), 3); // national, regional, local of one column
        const MapCell &cell = layout.cells().at(1);
        QStringList names;
        for (int t : cell.tiles)
            names << actors.at(layout.tiles().at(t).actor).name;
        QCOMPARE(names, (QStringList{QStringLiteral("Bravida"), QStringLiteral("Zeta"), QStringLiteral("Ängby"),
                                     QStringLiteral("Örebro")}));
    }

    void localActorsGetALanePerMunicipality()
    {
        const ActorList actors{
            actor(1, "Volvo CE", ActorType::PrivateEmployer, GeoLevel::Local, "Eskilstuna"),
            actor(2, "Nyköpings gymnasium", ActorType::UpperSecondary, GeoLevel::Local, "Nyköping"),
            actor(3, "Eskilstuna kommun", ActorType::Municipality, GeoLevel::Local, "Eskilstuna"),
            actor(4, "Föreningen", ActorType::CivilSociety, GeoLevel::Local, ""),
            actor(5, "Region Sörmland", ActorType::Region, GeoLevel::Regional),
        };
        MapLayoutOptions o;
        o.municipalityLanes = true;
        const MapLayout layout = MapLayout::build(actors, o);
        QStringList lanes;
        for (const MapRow &r : layout.rows())
            if (r.lane)
                lanes << r.municipality;
        QCOMPARE(lanes, (QStringList{QStringLiteral("Eskilstuna"), QStringLiteral("Nyköping"), QString()}));
        QCOMPARE(layout.levelBands().size(), 1);
        QCOMPARE(layout.levelBands().first().level, GeoLevel::Local);
        checkPlacement(layout, actors);
        const MapCellKey volvo = layout.keyOf(layout.tiles().at(layout.tileOfActor(0)).cell);
        QCOMPARE(volvo.municipality.value_or(QStringLiteral("?")), QStringLiteral("Eskilstuna"));
    }

    void fiveThousandActorsArePlacedWithoutOverlap()
    {
        const ActorList actors = randomActors(5000, 7);
        checkPlacement(MapLayout::build(actors), actors);
        MapLayoutOptions o;
        o.municipalityLanes = true;
        checkPlacement(MapLayout::build(actors, o), actors);
    }

    void emptyMapHasNoTiles()
    {
        const MapLayout layout = MapLayout::build({});
        QVERIFY(layout.tiles().isEmpty());
        QCOMPARE(layout.cellAt(QPointF(10, 10)), -1);
    }

    void filterMatchesEveryCriterionGiven()
    {
        const ActorList actors{
            actor(1, "Volvo CE", ActorType::PrivateEmployer, GeoLevel::Local, "Eskilstuna", Area::TrainingMatching,
                  ActorRole::Employs),
            actor(2, "Komvux Nyköping", ActorType::AdultEducation, GeoLevel::Local, "Nyköping",
                  Area::TrainingMatching | Area::TransitionGuidance, ActorRole::Educates),
            actor(3, "Samordningsförbundet RAR", ActorType::CooperationBody, GeoLevel::Regional, "",
                  Area::Preparatory, ActorRole::FocusesOnGroups),
        };
        MapFilter f;
        QVERIFY(f.isEmpty());
        QCOMPARE(f.apply(actors), (QVector<bool>{true, true, true}));
        f.text = QStringLiteral("nyköp"); // name or municipality, any case
        QCOMPARE(f.apply(actors), (QVector<bool>{false, true, false}));
        f = {};
        f.areas = Area::TransitionGuidance | Area::Preparatory;
        QCOMPARE(f.apply(actors), (QVector<bool>{false, true, true}));
        f.roles = ActorRole::FocusesOnGroups;
        QCOMPARE(f.apply(actors), (QVector<bool>{false, false, true}));
        f = {};
        f.type = ActorType::PrivateEmployer;
        QCOMPARE(f.apply(actors), (QVector<bool>{true, false, false}));
        f = {};
        f.municipality = QStringLiteral("eskilstuna");
        QCOMPARE(f.apply(actors), (QVector<bool>{true, false, false}));
        f = {};
        f.members = QSet<qint64>{2, 3};
        QCOMPARE(f.apply(actors), (QVector<bool>{false, true, true}));
        f.text = QStringLiteral("komvux");
        QCOMPARE(f.apply(actors), (QVector<bool>{false, true, false}));
    }

    void diffFindsAddedRemovedRenamedAndReclassified()
    {
        const ActorList before{
            actor(1, "Volvo CE", ActorType::PrivateEmployer, GeoLevel::Local, "Eskilstuna"),
            actor(2, "Komvux", ActorType::AdultEducation, GeoLevel::Local, "Nyköping"),
            actor(3, "Almi", ActorType::BusinessSupport, GeoLevel::Regional),
        };
        ActorList after = before;
        after.removeAt(2);                              // Almi removed
        after[0].name = QStringLiteral("Volvo Construction Equipment"); // renamed
        after[1].level = GeoLevel::Regional;            // reclassified
        after.append(actor(4, "IUC Sörmland", ActorType::BusinessSupport, GeoLevel::Regional)); // added
        const MapRevisionDiff d = MapRevisionDiff::compute(before, after);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().name, QStringLiteral("IUC Sörmland"));
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed.first().name, QStringLiteral("Almi"));
        QCOMPARE(d.renamed.size(), 1);
        QCOMPARE(d.renamed.first().second.name, QStringLiteral("Volvo Construction Equipment"));
        QCOMPARE(d.reclassified.size(), 1);
        QCOMPARE(d.reclassified.first().first.level, GeoLevel::Local);
        QCOMPARE(d.describe().size(), 4);
        QVERIFY(MapRevisionDiff::compute(before, before).isEmpty());
        QVERIFY(MapFacts::sameMap(before, ActorList{before.at(2), before.at(0), before.at(1)}));
        QVERIFY(!MapFacts::sameMap(before, after));
    }
};

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
