#include "ActorRepository.h"
#include "Agreement.h"
#include "AgreementRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

} // namespace

// Agreements in a real database file: the round trip, the demo agreement of seed 000,
// refused input that leaves nothing behind, and the references from the actor register.
class TestAgreementRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_actors; // the region, then four municipalities

    qint64 addActor(const QString &name, ActorType type)
    {
        Actor a;
        a.name = name;
        a.type = type;
        a.level = type == ActorType::Region ? GeoLevel::Regional : GeoLevel::Local;
        a.areas = Area::TrainingMatching;
        auto id = ActorRepository(*m_db).add(a);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        return *id;
    }

    Agreement sample() const
    {
        Agreement a;
        a.name = QStringLiteral("Samverkansavtal Prov");
        a.term = AgreementTerm(d("2025-01-01"), d("2029-12-31"), 12, 12, 9);
        a.hostActorId = m_actors.at(0);
        const qint64 weights[] = {4000, 1500, 1500, 1500, 1500};
        for (int i = 0; i < m_actors.size(); ++i)
            a.parties.append({m_actors.at(i), {}, ActorType::Municipality, {}, {}, weights[i]});
        a.parties[3].joinedOn = d("2025-01-01");
        a.parties[4].leftOn = d("2031-12-31");
        a.method = CostAllocation::Method::FixedPercent;
        a.amendments = {{1, d("2025-06-10"), QStringLiteral("Huddinge kommun ansluter från 2026.")},
                        {2, d("2026-02-01"), QStringLiteral("Aktivitetsbudgeten höjs.")}};
        a.costs = {{QStringLiteral("Processledare"), {{2025, kr(1000000)}, {2026, kr(1030000)}}},
                   {QStringLiteral("Medlemsavgift"), {{2025, Money::fromOre(5000050)}}}};
        a.notes = QStringLiteral("Prov");
        return a;
    }

    int count(const char *sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("a.sqlite")), {Database::Mode::OpenOrCreate});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_actors = {addActor(QStringLiteral("Region Stockholm"), ActorType::Region),
                    addActor(QStringLiteral("Södertälje kommun"), ActorType::Municipality),
                    addActor(QStringLiteral("Haninge kommun"), ActorType::Municipality),
                    addActor(QStringLiteral("Huddinge kommun"), ActorType::Municipality),
                    addActor(QStringLiteral("Järfälla kommun"), ActorType::Municipality)};
    }

    void roundTrip()
    {
        const AgreementRepository repo(*m_db);
        const Agreement a = sample();
        auto id = repo.add(a);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto loaded = repo.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        Agreement want = a;
        want.id = *id;
        // Names and types come from the register.
        QCOMPARE(loaded->parties.at(0).name, QStringLiteral("Region Stockholm"));
        QCOMPARE(loaded->parties.at(0).type, ActorType::Region);
        for (int i = 0; i < want.parties.size(); ++i) {
            want.parties[i].name = loaded->parties.at(i).name;
            want.parties[i].type = loaded->parties.at(i).type;
        }
        QVERIFY(*loaded == want);
        QCOMPARE(loaded->amendments.at(1).text, QStringLiteral("Aktivitetsbudgeten höjs."));
        QCOMPARE(loaded->costs.at(1).amount(2025), Money::fromOre(5000050));
        QCOMPARE(loaded->parties.at(3).joinedOn, d("2025-01-01"));
        QCOMPARE(loaded->parties.at(4).leftOn, d("2031-12-31"));

        // Edit: an amendment removed, a cost changed, the method changed.
        Agreement edited = *loaded;
        edited.amendments.removeFirst();
        edited.costs[0].amounts[2027] = kr(1060900);
        edited.method = CostAllocation::Method::Equal;
        QVERIFY(repo.save(edited).ok());
        QVERIFY(*repo.load(*id) == edited);
        QCOMPARE(count("SELECT COUNT(*) FROM agreement_amendment"), 1);

        auto listed = repo.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().parties, 5);
        QCOMPARE(listed->first().end, d("2029-12-31"));

        // Remove and put back with the same id (undo).
        QVERIFY(repo.remove(*id).ok());
        QCOMPARE(count("SELECT COUNT(*) FROM agreement_party"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM shared_cost_amount"), 0);
        QVERIFY(repo.restore(edited).ok());
        QVERIFY(*repo.load(*id) == edited);
        QVERIFY((*m_db).check()->isEmpty());
    }

    void leapDayTermRoundTrip()
    {
        // A term ending on a leap day, stored and read back: the deadlines come out the same.
        const AgreementRepository repo(*m_db);
        Agreement a = sample();
        a.term = AgreementTerm(d("2024-03-01"), d("2028-02-29"), 12, 12, 9);
        a.costs = {{QStringLiteral("Processledare"), {{2028, kr(900000)}}}};
        const qint64 id = *repo.add(a);
        const Agreement loaded = *repo.load(id);
        QCOMPARE(loaded.term.initialEnd(), d("2028-02-29"));
        QCOMPARE(loaded.term.noticeDeadline(0), d("2027-02-28"));
        QCOMPARE(loaded.term.nextNoticeDeadline(d("2027-03-01")), d("2028-05-28"));
        QCOMPARE(loaded.term.termEnd(4), d("2032-02-29"));
        QCOMPARE(loaded.term.nextNoticeDeadline(d("2031-05-30")), d("2032-05-28"));
        // Across the end of the first term: the day after it, the first extension runs.
        QCOMPARE(loaded.term.currentTermEnd(d("2028-03-01")), d("2029-02-28"));
    }

    void badInputLeavesNothing()
    {
        const AgreementRepository repo(*m_db);
        const qint64 id = *repo.add(sample());
        const Agreement stored = *repo.load(id);

        Agreement bad = stored;
        bad.parties[0].weight = 3000; // 90 %
        const Status percent = repo.save(bad);
        QVERIFY(!percent.ok());
        QVERIFY2(percent.errorMessage().contains(QStringLiteral("in 2025: The percentages add up to 90")),
                 qPrintable(percent.errorMessage()));
        QVERIFY(*repo.load(id) == stored);

        bad = stored;
        bad.term = AgreementTerm(d("2025-01-01"), d("2024-12-31"));
        QVERIFY(repo.save(bad).errorMessage().contains(QStringLiteral("ends (2024-12-31) before it starts (2025-01-01)")));
        QVERIFY(*repo.load(id) == stored);

        // A party that is no longer in the register: named, nothing written.
        bad = stored;
        bad.parties.append({999, QStringLiteral("Nacka kommun"), ActorType::Municipality, {}, {}, 0});
        bad.method = CostAllocation::Method::Equal;
        const Status gone = repo.save(bad);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY2(gone.errorMessage().startsWith(QStringLiteral("The party Nacka kommun of Samverkansavtal Prov is no "
                                                               "longer in the actor register.")),
                 qPrintable(gone.errorMessage()));
        QVERIFY(*repo.load(id) == stored);
        const int agreements = count("SELECT COUNT(*) FROM agreement");
        QVERIFY(!repo.add(bad).ok());
        QCOMPARE(count("SELECT COUNT(*) FROM agreement"), agreements);
        QCOMPARE(count("SELECT COUNT(*) FROM shared_cost"), 2);

        // Saving an agreement that was deleted meanwhile.
        Agreement missing = stored;
        missing.id = 12345;
        QCOMPARE(repo.save(missing).error().kind, Error::Kind::NotFound);
    }

    void aPartyCannotBeDeletedFromTheRegister()
    {
        const AgreementRepository repo(*m_db);
        QVERIFY(repo.add(sample()).ok());
        const Status s = ActorRepository(*m_db).remove(m_actors.at(2));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::InUse);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("a party to the agreement Samverkansavtal Prov")),
                 qPrintable(s.errorMessage()));
        QVERIFY(ActorRepository(*m_db).find(m_actors.at(2)).ok());
    }

    void demoHoldsSeed000()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QFile::remove(path);
        auto db = Database::open(path, {Database::Mode::Create});
        QVERIFY(db.ok());
        const Status populated = DemoData::populate(**db);
        QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
        const AgreementRepository repo(**db);
        auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const Agreement a = *repo.load(list->first().id);
        QCOMPARE(a.name, QStringLiteral("Samverkansavtal Teknikcollege Stockholmsregionen"));
        QStringList names;
        for (const AgreementParty &p : a.parties)
            names << p.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Region Stockholm"), QStringLiteral("Södertälje kommun"),
                                     QStringLiteral("Haninge kommun"), QStringLiteral("Huddinge kommun"),
                                     QStringLiteral("Järfälla kommun")}));
        QCOMPARE(a.hostName(), QStringLiteral("Region Stockholm"));
        QCOMPARE(a.term.initialEnd(), d("2029-12-31"));
        QCOMPARE(a.term.noticeMonths(), 12);
        QCOMPARE(a.term.renewalMonths(), 12);
        QCOMPARE(a.term.renewalNoticeMonths(), 9);
        QCOMPARE(a.term.noticeDeadline(0), d("2028-12-31")); // "dvs senast den 31 december 2028"
        QCOMPARE(a.minimumMunicipalities, 3);
        QVERIFY(a.regionRequired);
        QCOMPARE(a.municipalitiesOn(d("2026-01-01")), 4);
        QVERIFY(a.validityProblems(d("2026-01-01")).isEmpty());
        QCOMPARE(a.costs.size(), 3);
        for (int year : a.costYears()) {
            auto c = a.charges(year);
            QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
            Money sum;
            for (const PartyCharge &p : c->parties)
                sum += p.total;
            QCOMPARE(sum.ore(), a.costTotal(year).ore());
        }
        QCOMPARE(a.charges(2025)->party(a.hostActorId)->total, kr(480000));

        const auto listed = TestSupport::runCli({QStringLiteral("list"), QStringLiteral("agreements"),
                                                 QStringLiteral("--db"), path});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QString::fromUtf8(listed.out).split(QStringLiteral("\r\n")).value(1),
                 QStringLiteral("%1;Samverkansavtal Teknikcollege Stockholmsregionen;2025-01-01;2029-12-31;5")
                     .arg(a.id));
    }
};

QTEST_GUILESS_MAIN(TestAgreementRepository)
#include "tst_agreementrepository.moc"
