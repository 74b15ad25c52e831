#include "ActorRepository.h"
#include "Budget.h"
#include "BudgetRepository.h"
#include "Database.h"
#include "DemoData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

QMap<int, Money> perYear(qint64 a, qint64 b, qint64 c)
{
    return {{2023, kr(a)}, {2024, kr(b)}, {2025, kr(c)}};
}

} // namespace

// Budgets in a real database file: the round trip through the core API, the demo budget
// of seed 002, the constraints and the references from the actor register.
class TestBudgetRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_region = 0, m_municipality = 0, m_chamber = 0;

    qint64 addActor(const QString &name, ActorType type, GeoLevel level)
    {
        Actor a;
        a.name = name;
        a.type = type;
        a.level = level;
        a.areas = Area::TrainingMatching;
        auto id = ActorRepository(*m_db).add(a);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        return *id;
    }

    // Seed 002's budget, with a line of the person's own, a per-year cap and a cap by amount only.
    Budget sample() const
    {
        Budget b = Budget::create(2023, 2025, QStringLiteral("Prov")).value();
        const qint64 staff = b.addCostLine({0, CostCategory::OwnStaff, {}, perYear(339300, 346086, 353008), {}}).value();
        (void)b.addCostLine({0, CostCategory::ExternalServices, {}, perYear(142000, 142000, 142000), {}}).value();
        (void)b.addCostLine({0, CostCategory::Other, QStringLiteral("Lokalhyra"),
                             {{2023, Money::fromOre(800050)}, {2024, kr(0)}}, {}}).value();
        (void)b.addCostLine({0, CostCategory::IndirectCosts, {}, {},
                             LineComputation{staff, 1500, Money::Rounding::ToKronor}}).value();
        (void)b.addFinancingLine({0, m_region, QStringLiteral("Region Örebro län"), FunderKind::Public,
                                  FundingStatus::Applied, perYear(270096, 274000, 277980)}).value();
        (void)b.addFinancingLine({0, m_municipality, QStringLiteral("Örebro kommun"), FunderKind::Public,
                                  FundingStatus::Confirmed, perYear(200000, 200000, 200000)}).value();
        (void)b.addFinancingLine({0, m_chamber, QStringLiteral("Handelskammaren Mälardalen"), FunderKind::Private,
                                  FundingStatus::InKind, perYear(70099, 73999, 77979)}).value();
        FunderCap cap;
        cap.funderActorId = m_region;
        cap.maxBasisPoints = 5000;
        cap.maxAmount = kr(822076);
        cap.scope = FunderCap::Scope::PerYear;
        cap.rateLimitRoundedToKronor = true;
        if (!b.setFunderCap(cap))
            qFatal("cap refused");
        FunderCap amountOnly;
        amountOnly.funderActorId = m_municipality;
        amountOnly.maxAmount = kr(500000);
        if (!b.setFunderCap(amountOnly))
            qFatal("cap refused");
        return b;
    }

    static void compareBudgets(const Budget &got, const Budget &want)
    {
        QCOMPARE(got.name(), want.name());
        QCOMPARE(got.years(), want.years());
        QCOMPARE(got.costTotalsPerYear(), want.costTotalsPerYear());
        QCOMPARE(got.financingTotalsPerYear(), want.financingTotalsPerYear());
        QCOMPARE(got.costTotal(), want.costTotal());
        QCOMPARE(got.financingTotal(), want.financingTotal());
        QCOMPARE(got.checkMessages(), want.checkMessages());
        QCOMPARE(got.costLines().size(), want.costLines().size());
        QCOMPARE(got.financingLines().size(), want.financingLines().size());
        for (int i = 0; i < want.costLines().size(); ++i) {
            const CostLine &g = got.costLines().at(i);
            const CostLine &w = want.costLines().at(i);
            QCOMPARE(g.category, w.category);
            QCOMPARE(g.name, w.name);
            QCOMPARE(got.lineName(g.id), want.lineName(w.id));
            QCOMPARE(g.amounts, w.amounts);
            QCOMPARE(bool(g.computation), bool(w.computation));
            if (w.computation) {
                QCOMPARE(g.computation->basisPoints, w.computation->basisPoints);
                QCOMPARE(g.computation->rounding, w.computation->rounding);
                QCOMPARE(got.lineName(g.computation->sourceLineId), want.lineName(w.computation->sourceLineId));
            }
            for (int year : want.years())
                QCOMPARE(got.amount(g.id, year), want.amount(w.id, year));
        }
        for (int i = 0; i < want.financingLines().size(); ++i) {
            const FinancingLine &g = got.financingLines().at(i);
            const FinancingLine &w = want.financingLines().at(i);
            QCOMPARE(g.funderActorId, w.funderActorId);
            QCOMPARE(g.funderName, w.funderName);
            QCOMPARE(g.kind, w.kind);
            QCOMPARE(g.status, w.status);
            QCOMPARE(g.amounts, w.amounts);
        }
        QCOMPARE(got.funderCaps().size(), want.funderCaps().size());
        for (const FunderCap &w : want.funderCaps()) {
            auto it = std::find_if(got.funderCaps().cbegin(), got.funderCaps().cend(),
                                   [&](const FunderCap &c) { return c.funderActorId == w.funderActorId; });
            QVERIFY(it != got.funderCaps().cend());
            QCOMPARE(it->maxBasisPoints, w.maxBasisPoints);
            QCOMPARE(it->maxAmount, w.maxAmount);
            QCOMPARE(it->scope, w.scope);
            QCOMPARE(it->rateLimitRoundedToKronor, w.rateLimitRoundedToKronor);
        }
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("b.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.sqlite")), {Database::Mode::OpenOrCreate});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        m_region = addActor(QStringLiteral("Region Örebro län"), ActorType::Region, GeoLevel::Regional);
        m_municipality = addActor(QStringLiteral("Örebro kommun"), ActorType::Municipality, GeoLevel::Local);
        m_chamber = addActor(QStringLiteral("Handelskammaren Mälardalen"), ActorType::EmployerOrganisation,
                             GeoLevel::CrossRegional);
    }

    void roundTripEqualsTheOriginal()
    {
        const BudgetRepository repo(*m_db);
        const Budget original = sample();
        QVERIFY(!original.checkMessages().isEmpty()); // the rent unbalances it: checks must survive too
        auto id = repo.add(QString(), original, m_chamber);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto loaded = repo.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        compareBudgets(*loaded, original);

        auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().id, *id);
        QCOMPARE(list->first().name, QStringLiteral("Prov"));
        QCOMPARE(list->first().firstYear, 2023);
        QCOMPARE(list->first().lastYear, 2025);
        QCOMPARE(list->first().ownerActorId, m_chamber);

        // save() replaces lines and amounts: edit the loaded budget, save, load again.
        Budget edited = *loaded;
        const qint64 rent = edited.costLines().at(2).id;
        QVERIFY(edited.removeLine(rent).ok());
        QVERIFY(edited.setAmount(edited.costLines().at(0).id, 2025, kr(353009)).ok());
        QVERIFY(edited.setYears(2023, 2026).ok());
        edited.setName(QStringLiteral("Prov 2"));
        QVERIFY(repo.save(*id, edited).ok());
        auto again = repo.load(*id);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        compareBudgets(*again, edited);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_line")), 6);
        QCOMPARE(repo.list()->first().lastYear, 2026);

        QCOMPARE(repo.load(4711).error().kind, Error::Kind::NotFound);
        QVERIFY(!repo.save(4711, edited).ok());
    }

    void badBudgetsAreRefusedAndNothingWritten()
    {
        const BudgetRepository repo(*m_db);
        QCOMPARE(repo.add(QStringLiteral("  "), Budget::create(2023, 2025).value()).error().kind, Error::Kind::Invalid);
        QCOMPARE(repo.add(QStringLiteral("Inga år"), Budget()).error().kind, Error::Kind::Invalid);
        Budget b = sample();
        FinancingLine ghost{0, 4711, QStringLiteral("Spökfinansiär"), FunderKind::Private, FundingStatus::Applied,
                            perYear(1, 1, 1)};
        QVERIFY(b.addFinancingLine(ghost).ok());
        auto refused = repo.add(QStringLiteral("Spöke"), b);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Spökfinansiär")), qPrintable(refused.errorMessage()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_line")), 0);
    }

    void demoBudgetHasTheSeedFigures()
    {
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QFile::remove(path);
        auto db = Database::open(path, {Database::Mode::Create});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        const Status populated = DemoData::populate(*m_db);
        QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));

        const BudgetRepository repo(*m_db);
        auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        auto b = repo.load(list->first().id);
        QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
        QCOMPARE(b->years(), (QVector<int>{2023, 2024, 2025}));
        QCOMPARE(b->costTotalsPerYear(), (QVector<Money>{kr(540195), kr(547999), kr(555959)}));
        QCOMPARE(b->financingTotalsPerYear(), (QVector<Money>{kr(540195), kr(547999), kr(555959)}));
        QCOMPARE(b->costTotal(), kr(1644153));
        QVERIFY2(b->checks().isEmpty(), qPrintable(b->checkMessages().join(QLatin1Char('\n'))));
        const CostLine &indirect = b->costLines().last();
        QCOMPARE(indirect.category, CostCategory::IndirectCosts);
        QVERIFY(indirect.computation.has_value());
        QCOMPARE(b->lineTotal(indirect.id), kr(155759));
        auto region = ActorRepository(*m_db).findByOrganisationNumber(QStringLiteral("232100-0164"));
        QVERIFY(region.ok() && region->has_value());
        QCOMPARE(b->funderTotal((*region)->id), kr(822076));
        QCOMPARE(b->funderCaps().size(), 1);
        QCOMPARE(b->funderCaps().first().funderActorId, (*region)->id);
        QCOMPARE(b->funderCaps().first().maxBasisPoints, std::optional<int>(5000));
        QVERIFY(m_db->check()->isEmpty());
    }

    void negativeAmountIsRefusedByTheDatabase()
    {
        const BudgetRepository repo(*m_db);
        auto id = repo.add(QString(), sample(), 0);
        QVERIFY(id.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM budget_line")) && q.next());
        const qint64 line = q.value(0).toLongLong();
        q.prepare(QStringLiteral("INSERT INTO budget_amount (line_id, year, amount_ore) VALUES (?, 2026, -100)"));
        q.addBindValue(line);
        QVERIFY(!q.exec());
        q.prepare(QStringLiteral("UPDATE budget_amount SET amount_ore = -1 WHERE line_id = ?"));
        q.addBindValue(line);
        QVERIFY(!q.exec());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_amount WHERE amount_ore < 0")), 0);
    }

    void funderCannotBeDeletedFromUnderABudget()
    {
        const BudgetRepository repo(*m_db);
        auto id = repo.add(QStringLiteral("Yrkeshögskolesamverkan"), sample(), 0);
        QVERIFY(id.ok());
        const ActorRepository actors(*m_db);
        for (qint64 funder : {m_region, m_municipality, m_chamber}) {
            const Status removed = actors.remove(funder);
            QVERIFY(!removed.ok());
            QCOMPARE(removed.error().kind, Error::Kind::InUse);
            QVERIFY2(removed.errorMessage().contains(QStringLiteral("Yrkeshögskolesamverkan")),
                     qPrintable(removed.errorMessage()));
        }
        // The owner alone is enough to keep an actor.
        const qint64 owner = addActor(QStringLiteral("Ägaren AB"), ActorType::PrivateEmployer, GeoLevel::Local);
        auto owned = repo.add(QStringLiteral("Ägd budget"), Budget::create(2024, 2024).value(), owner);
        QVERIFY(owned.ok());
        QVERIFY(actors.references(owner)->join(QString()).contains(QStringLiteral("Ägd budget")));
        QVERIFY(!actors.remove(owner).ok());
        QVERIFY(repo.remove(*owned).ok());
        QVERIFY(actors.remove(owner).ok());
    }

    void removeCascades()
    {
        const BudgetRepository repo(*m_db);
        auto keep = repo.add(QStringLiteral("Behålls"), sample(), 0);
        auto gone = repo.add(QStringLiteral("Tas bort"), sample(), 0);
        QVERIFY(keep.ok() && gone.ok());
        const int lines = count(QStringLiteral("SELECT COUNT(*) FROM budget_line"));
        const int amounts = count(QStringLiteral("SELECT COUNT(*) FROM budget_amount"));
        QVERIFY(repo.remove(*gone).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_line")), lines / 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_amount")), amounts / 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM funder_cap")), 2);
        QCOMPARE(repo.remove(*gone).error().kind, Error::Kind::NotFound);
        QVERIFY(repo.load(*keep).ok());
        QVERIFY(m_db->check()->isEmpty());
        // With the budgets gone the funders can go too.
        QVERIFY(repo.remove(*keep).ok());
        QVERIFY(ActorRepository(*m_db).remove(m_region).ok());
    }
};

QTEST_GUILESS_MAIN(TestBudgetRepository)
#include "tst_budgetrepository.moc"
