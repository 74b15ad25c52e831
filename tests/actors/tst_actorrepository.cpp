#include "ActorImport.h"
#include "ActorRepository.h"
#include "BodyRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "PersonRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Repositories against a real database file: constraints, refusals, rollback.
class TestActorRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Actor actor(const QString &name, const QString &number = {})
    {
        Actor a;
        a.name = name;
        a.organisationNumber = number;
        a.type = ActorType::Municipality;
        a.level = GeoLevel::Local;
        a.areas = Area::TrainingMatching | Area::Preparatory;
        a.roles = ActorRole::Employs;
        return a;
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("r.sqlite")), {Database::Mode::OpenOrCreate});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void addFindUpdateRoundTrip()
    {
        const ActorRepository repo(*m_db);
        auto id = repo.add(actor(QStringLiteral("Södertälje kommun"), QStringLiteral("212000–0159")));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto found = repo.find(*id);
        QVERIFY(found.ok());
        QCOMPARE(found->name, QStringLiteral("Södertälje kommun"));
        QCOMPARE(found->organisationNumber, QStringLiteral("212000-0159")); // en dash normalised
        QCOMPARE(found->areas, Areas(Area::TrainingMatching | Area::Preparatory));
        Actor changed = *found;
        changed.city = QStringLiteral("Södertälje");
        QVERIFY(repo.update(changed).ok());
        QCOMPARE(repo.find(*id)->city, QStringLiteral("Södertälje"));
    }

    void invalidNumberIsRefusedAndNothingWritten()
    {
        const ActorRepository repo(*m_db);
        auto id = repo.add(actor(QStringLiteral("Fel"), QStringLiteral("212000-0158")));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QVERIFY(id.errorMessage().contains(QStringLiteral("check digit")));
        QCOMPARE(*repo.count(), 0);
        QVERIFY(!repo.add(actor(QStringLiteral("   "))).ok());
    }

    void duplicateNumberNamesTheHolder()
    {
        const ActorRepository repo(*m_db);
        QVERIFY(repo.add(actor(QStringLiteral("Region Stockholm"), QStringLiteral("232100-0016"))).ok());
        auto dup = repo.add(actor(QStringLiteral("Kopia"), QStringLiteral("2321000016")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, Error::Kind::Duplicate);
        QVERIFY(dup.errorMessage().contains(QStringLiteral("Region Stockholm")));
        // The database's own constraint holds even past the repository's check.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO actor (name, organisation_number, type, level) "
                                       "VALUES ('X', '232100-0016', 'region', 'regional')")));
    }

    void deleteExplainsReferences()
    {
        const ActorRepository repo(*m_db);
        const qint64 id = *repo.add(actor(QStringLiteral("Region Örebro län"), QStringLiteral("232100-0164")));
        Person p;
        p.name = QStringLiteral("Anna Elverskog");
        p.actorId = id;
        QVERIFY(PersonRepository(*m_db).add(p).ok());
        Body b;
        b.name = QStringLiteral("Specifikt samverkansråd");
        b.kind = BodyKind::CooperationCouncil;
        b.ownerActorId = id;
        QVERIFY(BodyRepository(*m_db).add(b).ok());
        auto removed = repo.remove(id);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::InUse);
        QVERIFY(removed.errorMessage().contains(QStringLiteral("Anna Elverskog")));
        QVERIFY(removed.errorMessage().contains(QStringLiteral("Specifikt samverkansråd")));
        QVERIFY(repo.find(id).ok());
    }

    void deleteAndRestoreKeepsId()
    {
        const ActorRepository repo(*m_db);
        const qint64 id = *repo.add(actor(QStringLiteral("Haninge kommun"), QStringLiteral("212000-0084")));
        const Actor before = *repo.find(id);
        QVERIFY(repo.remove(id).ok());
        QCOMPARE(repo.find(id).error().kind, Error::Kind::NotFound);
        QVERIFY(repo.restore(before).ok());
        QCOMPARE(*repo.find(id), before);
    }

    void addManyIsAllOrNothing()
    {
        const ActorRepository repo(*m_db);
        ActorList batch{actor(QStringLiteral("A"), QStringLiteral("212000-0068")),
                        actor(QStringLiteral("B"), QStringLiteral("212000-0043")),
                        actor(QStringLiteral("C"), QStringLiteral("212000-0068"))}; // same as A
        auto ids = repo.addMany(batch);
        QVERIFY(!ids.ok());
        QCOMPARE(*repo.count(), 0);
        batch.removeLast();
        ids = repo.addMany(batch);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 2);
        QCOMPARE(*repo.count(), 2);
    }

    void importIsAllOrNothingUnlessAsked()
    {
        const QByteArray csv = QStringLiteral("namn;organisationsnummer;typ;nivå\n"
                                              "Huddinge kommun;212000-0068;kommun;lokal\n"
                                              "Fel AB;556036-0794;privat arbetsgivare;regional\n"
                                              "Järfälla kommun;212000–0043;municipality;local\n")
                                   .toUtf8();
        auto report = ActorImport::run(*m_db, csv, false);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->rowCount, 3);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, 3);
        QCOMPARE(report->problems.first().column, QStringLiteral("organisation_number"));
        QVERIFY(!report->written());
        QCOMPARE(*ActorRepository(*m_db).count(), 0);

        report = ActorImport::run(*m_db, csv, true);
        QVERIFY(report.ok());
        QCOMPARE(report->importedIds.size(), 2);
        QCOMPARE(*ActorRepository(*m_db).count(), 2);

        // The same file again: every number is now taken, named with its holder.
        report = ActorImport::run(*m_db, csv, true);
        QVERIFY(report.ok());
        QCOMPARE(report->importedIds.size(), 0);
        QCOMPARE(report->problems.size(), 3);
        QVERIFY(report->problems.first().toString().contains(QStringLiteral("Huddinge kommun")));
    }

    void demoDataHoldsTheSeeds()
    {
        QVERIFY(DemoData::populate(*m_db).ok());
        const ActorRepository repo(*m_db);
        const struct { const char *number; const char *name; } seeds[] = {
            {"232100-0016", "Region Stockholm"}, {"212000-0159", "Södertälje kommun"},
            {"212000-0084", "Haninge kommun"},   {"212000-0068", "Huddinge kommun"},
            {"212000-0043", "Järfälla kommun"},  {"802439-6262", "Riksföreningen Teknikcollege Sverige"},
            {"232100-0164", "Region Örebro län"},
        };
        for (const auto &s : seeds) {
            auto found = repo.findByOrganisationNumber(QString::fromLatin1(s.number));
            QVERIFY(found.ok());
            QVERIFY2(found->has_value(), s.number);
            QCOMPARE((*found)->name, QString::fromUtf8(s.name));
        }
        QVERIFY(*repo.count() >= 60);
        // Every organisation of the seed 004 attendance list is there, with its people.
        auto people = PersonRepository(*m_db).all();
        QVERIFY(people.ok());
        QStringList names;
        for (const Person &p : *people)
            names << p.name;
        for (const char *n : {"Irén Lejegren", "Håkan Söderman", "Anna Elverskog", "Ulla Kalander Karlsson"})
            QVERIFY2(names.contains(QString::fromUtf8(n)), n);
        QVERIFY(m_db->check()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActorRepository)
#include "tst_actorrepository.moc"
