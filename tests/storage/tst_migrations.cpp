#include "ActorRepository.h"
#include "AgreementRepository.h"
#include "BodyRepository.h"
#include "BudgetRepository.h"
#include "Database.h"
#include "MapRevisionRepository.h"
#include "MeetingRepository.h"
#include "MinutesRepository.h"
#include "PersonRepository.h"
#include "TestSupport.h"
#include "WheelRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

// Every released schema is kept as a fixture, tests/data/schema/vN.sqlite, made by the
// program of that release (`verkstan-cli init --demo`) with the rows its demo data
// leaves out added by tests/data/schema/add-extra-rows.sh, so that every table has
// rows and there are minutes in every state, sealed ones among them. Each fixture must
// upgrade to the current schema with every field of every row as it was.
//
// When a release adds a migration: build/bin/verkstan-cli init --db
// tests/data/schema/vN.sqlite --demo, add rows for its new tables to extra-rows.sql
// and run add-extra-rows.sh on the file; a column added to an old table goes in
// addedColumns() below with the value old rows get.
namespace {

struct Table
{
    QStringList columns;
    QVector<QVariantList> rows; // in rowid order
};
using Snapshot = QMap<QString, Table>;

// Every table of an SQLite file, read as SQLite stores it (the full-text index's own
// tables are left out: they are rebuilt from minutes_item).
Snapshot snapshot(const QString &path)
{
    Snapshot out;
    const QString name = QStringLiteral("snapshot");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!c.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name NOT LIKE 'minutes_item_search%' ORDER BY name"));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &t : std::as_const(tables)) {
            Table table;
            QSqlQuery rows(c);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(t)))
                qFatal("cannot read %s", qPrintable(t));
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                table.columns << record.fieldName(i);
            while (rows.next()) {
                QVariantList row;
                for (int i = 0; i < record.count(); ++i)
                    row << rows.value(i);
                table.rows << row;
            }
            out.insert(t, table);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Columns that migrations added to tables that existed before, with the value they
// give every old row.
const QHash<QString, QVariant> &addedColumns()
{
    static const QHash<QString, QVariant> columns{
        {QStringLiteral("body.item_numbering"), QStringLiteral("per_meeting")}, // 0008
    };
    return columns;
}

// Columns added to old tables whose value for an old row depends on that row.
using RowRule = std::function<QVariant(const QStringList &columns, const QVariantList &row)>;
const QHash<QString, RowRule> &computedColumns()
{
    static const QHash<QString, RowRule> columns{
        // 0009: the seals made so far are seal format 1; minutes not sealed have none.
        {QStringLiteral("minutes.seal_format"),
         [](const QStringList &columns, const QVariantList &row) {
             return row.at(columns.indexOf(QStringLiteral("content_hash"))).isNull() ? QVariant() : QVariant(1);
         }},
    };
    return columns;
}

QString describe(const QVariantList &row)
{
    QStringList parts;
    for (const QVariant &v : row)
        parts << (v.isNull() ? QStringLiteral("NULL") : v.toString().left(40));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    static void fixtures()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(TestSupport::dataPath(QStringLiteral("schema")));
        const QStringList files = dir.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no schema fixtures in tests/data/schema");
        for (int v = 1; v <= Database::latestSchemaVersion(); ++v) {
            const QString f = QStringLiteral("v%1.sqlite").arg(v);
            // Every schema must have its fixture, or the next release cannot test upgrading from it.
            QVERIFY2(files.contains(f), qPrintable(QStringLiteral("tests/data/schema/%1 is missing").arg(f)));
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << v;
        }
    }

    // A writable copy of the fixture in dir.
    static QString copyOf(const QString &fixture, const QTemporaryDir &dir)
    {
        const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
        QFile::remove(copy);
        if (!QFile::copy(fixture, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

private slots:
    void fixtureHasRowsInEveryTable_data() { fixtures(); }
    void fixtureHasRowsInEveryTable()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        const Snapshot before = snapshot(fixture);
        const Table &versions = before.value(QStringLiteral("schema_version"));
        QVERIFY(!versions.rows.isEmpty());
        QCOMPARE(versions.rows.last().at(0).toInt(), version);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(!it->rows.isEmpty(), qPrintable(QStringLiteral("table %1 has no rows").arg(it.key())));
        if (version >= 4) {
            // Minutes in every state, final ones sealed.
            const Table &minutes = before.value(QStringLiteral("minutes"));
            const int state = int(minutes.columns.indexOf(QStringLiteral("state")));
            const int hash = int(minutes.columns.indexOf(QStringLiteral("content_hash")));
            QSet<QString> states;
            for (const QVariantList &row : minutes.rows) {
                states << row.at(state).toString();
                if (row.at(state).toString() == QLatin1String("final"))
                    QCOMPARE(row.at(hash).toString().size(), 64);
            }
            QCOMPARE(states, (QSet<QString>{QStringLiteral("draft"), QStringLiteral("adjustment"),
                                            QStringLiteral("final")}));
        }
    }

    // Every field of every row is as it was; new columns of old tables hold their
    // documented value; tables that are new are empty; the schema version history
    // is kept and continued.
    void everyFieldSurvivesTheUpgrade_data() { fixtures(); }
    void everyFieldSurvivesTheUpgrade()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = copyOf(fixture, dir);
        QVERIFY(!copy.isEmpty());
        const Snapshot before = snapshot(copy);
        {
            auto db = Database::open(copy);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            const auto problems = (*db)->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        }
        const Snapshot after = snapshot(copy);

        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString &table = it.key();
            QVERIFY2(after.contains(table), qPrintable(table));
            const Table &old = *it;
            const Table &now = after.value(table);
            QStringList added;
            for (const QString &c : now.columns)
                if (!old.columns.contains(c))
                    added << c;
            for (const QString &c : old.columns)
                QVERIFY2(now.columns.contains(c), qPrintable(QStringLiteral("%1.%2 is gone").arg(table, c)));
            for (const QString &c : std::as_const(added))
                QVERIFY2(addedColumns().contains(table + QLatin1Char('.') + c)
                             || computedColumns().contains(table + QLatin1Char('.') + c),
                         qPrintable(QStringLiteral("%1.%2 is new: say in addedColumns() what old rows get").arg(table, c)));
            if (table == QLatin1String("schema_version")) {
                QCOMPARE(now.rows.size(), Database::latestSchemaVersion());
                for (int i = 0; i < old.rows.size(); ++i)
                    QCOMPARE(now.rows.at(i), old.rows.at(i));
                for (int i = 0; i < now.rows.size(); ++i)
                    QCOMPARE(now.rows.at(i).at(0).toInt(), i + 1);
                continue;
            }
            QCOMPARE(now.rows.size(), old.rows.size());
            for (int r = 0; r < old.rows.size(); ++r) {
                const QVariantList &o = old.rows.at(r);
                const QVariantList &n = now.rows.at(r);
                for (int c = 0; c < old.columns.size(); ++c) {
                    const QVariant &was = o.at(c);
                    const QVariant &is = n.at(now.columns.indexOf(old.columns.at(c)));
                    // Exact: the same SQLite value, NULL stays NULL.
                    QVERIFY2(was.isNull() == is.isNull() && was == is,
                             qPrintable(QStringLiteral("%1.%2 of row %3 was %4, is %5 (row: %6)")
                                            .arg(table, old.columns.at(c))
                                            .arg(r)
                                            .arg(was.isNull() ? QStringLiteral("NULL") : was.toString(),
                                                 is.isNull() ? QStringLiteral("NULL") : is.toString(), describe(o))));
                }
                for (const QString &c : std::as_const(added)) {
                    const QString key = table + QLatin1Char('.') + c;
                    const QVariant is = n.at(now.columns.indexOf(c));
                    const QVariant expected = computedColumns().contains(key) ? computedColumns().value(key)(old.columns, o)
                                                                              : addedColumns().value(key);
                    QVERIFY2(is.isNull() == expected.isNull() && (is.isNull() || is == expected),
                             qPrintable(QStringLiteral("%1 of row %2 is %3, expected %4")
                                            .arg(key)
                                            .arg(r)
                                            .arg(is.isNull() ? QStringLiteral("NULL") : is.toString(),
                                                 expected.isNull() ? QStringLiteral("NULL") : expected.toString())));
                }
            }
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key()))
                QVERIFY2(it->rows.isEmpty(), qPrintable(QStringLiteral("new table %1 has rows").arg(it.key())));
        Q_UNUSED(version);
    }

    // The upgraded file read through the repositories, as the program reads it: every
    // record loads, and what it holds is what the rows hold.
    void everyRecordReadsAfterTheUpgrade_data() { fixtures(); }
    void everyRecordReadsAfterTheUpgrade()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = copyOf(fixture, dir);
        QVERIFY(!copy.isEmpty());
        const Snapshot raw = snapshot(copy);
        auto opened = Database::open(copy, {Database::Mode::OpenExisting, false, true});
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const Database &db = **opened;
        const auto count = [&](const char *table) { return raw.value(QLatin1String(table)).rows.size(); };

        // Actors, people, bodies and their seats.
        const ActorList actors = ActorRepository(db).all().value();
        QCOMPARE(actors.size(), count("actor"));
        auto stockholm = ActorRepository(db).findByOrganisationNumber(QStringLiteral("232100-0016"));
        QVERIFY(stockholm.ok() && stockholm->has_value());
        QCOMPARE((*stockholm)->name, QStringLiteral("Region Stockholm"));
        QCOMPARE(PersonRepository(db).all()->size(), count("person"));
        const BodyList bodies = BodyRepository(db).all().value();
        QCOMPARE(bodies.size(), count("body"));
        qsizetype seats = 0;
        for (const Body &b : bodies) {
            seats += BodyRepository(db).members(b.id)->size();
            const bool running = version >= 8 && b.id == 6; // set so in the v8 fixture
            QCOMPARE(b.itemNumbering, running ? ItemNumbering::RunningPerYear : ItemNumbering::PerMeeting);
        }
        QCOMPARE(seats, count("membership"));
        if (version < 2)
            return;

        // Seed 002's budget, to the krona, with its outcome from schema 7 on.
        const auto budgets = BudgetRepository(db).list().value();
        QCOMPARE(budgets.size(), count("budget"));
        const Budget budget = BudgetRepository(db).load(budgets.first().id).value();
        QCOMPARE(budget.costTotal(), Money::fromKronor(1644153));
        QCOMPARE(budget.financingTotal(), Money::fromKronor(1644153));
        QCOMPARE(budget.costLines().size() + budget.financingLines().size(), count("budget_line"));
        QVERIFY2(budget.checks().isEmpty(), qPrintable(budget.checkMessages().join(QLatin1Char('\n'))));
        const auto outcome = BudgetRepository(db).loadOutcome(budgets.first().id, budget);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        if (version < 3)
            return;

        // Wheels, templates and meetings.
        QCOMPARE(WheelRepository(db).list()->size(), count("wheel"));
        bool ownTemplate = false;
        const auto templates = WheelRepository(db).templates().value();
        for (const WheelTemplate &t : templates)
            if (t.name == QStringLiteral("Gröna näringar, eget årshjul")) {
                ownTemplate = true;
                QCOMPARE(t.slotList.size(), 2);
                QCOMPARE(t.slotList.first().inputs.first().title, QStringLiteral("Analys av småföretagens tillväxt"));
            }
        QVERIFY(ownTemplate);
        const auto meetings = MeetingRepository(db).list().value();
        QCOMPARE(meetings.size(), count("meeting"));
        for (const Meeting &m : meetings)
            QVERIFY(MeetingRepository(db).load(m.id).ok());
        if (version < 4)
            return;

        // Minutes in every state; the seals verify; follow-up and comments are there.
        const MinutesRepository minutes(db);
        const auto list = minutes.list().value();
        QCOMPARE(list.size(), count("minutes"));
        qsizetype items = 0, comments = 0, adjustments = 0;
        for (const MinutesSummary &s : list) {
            const Minutes m = minutes.load(s.id).value();
            items += m.items.size();
            adjustments += m.adjustments.size();
            for (const MinutesItem &i : m.items)
                comments += i.comments.size();
            if (m.state == MinutesState::Final)
                QCOMPARE(m.contentHash.size(), 64);
        }
        QCOMPARE(items, count("minutes_item"));
        QCOMPARE(comments, count("minutes_comment"));
        QCOMPARE(adjustments, count("minutes_adjustment"));
        const Minutes out = minutes.load(3).value();
        QCOMPARE(out.state, MinutesState::ForAdjustment);
        QCOMPARE(out.items.at(1).comments.size(), 1);
        QCOMPARE(out.items.at(1).comments.first().text, QStringLiteral("Skriv ut att maskinförare avses."));
        QCOMPARE(out.items.first().comments.first().resolved, true);
        QCOMPARE(out.attendance.size(), 5);
        QCOMPARE(out.attendance.at(3).arrivedAtItem, 2);
        QCOMPARE(out.adjustments.size(), 1);
        const auto chains = minutes.verifyChains();
        QVERIFY(chains.ok());
        QVERIFY2(chains->isEmpty(), qPrintable(chains->isEmpty() ? QString() : chains->first().problem.reason));
        QCOMPARE(minutes.finalChain(13)->size(), 1);
        const auto assignments = minutes.assignments().value();
        QCOMPARE(assignments.size(), count("minutes_assignment"));
        int carried = 0;
        for (const AssignmentRecord &a : assignments)
            if (a.assignment.status == AssignmentStatus::CarriedOn) {
                ++carried;
                QCOMPARE(a.followedUpInMinutesId, qint64(3));
                QCOMPARE(a.followedUpOn, QDate(2026, 5, 12));
            }
        QCOMPARE(carried, 1);
        QCOMPARE(minutes.search(QStringLiteral("maskinförare")).value().size(), 1);
        if (version < 5)
            return;

        // Both published revisions of the map, whole.
        const auto revisions = MapRevisionRepository(db).list().value();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(MapRevisionRepository(db).load(1)->actors.size(), actors.size());
        QCOMPARE(MapRevisionRepository(db).load(2)->actors.size(), actors.size() - 1);
        QCOMPARE(MapRevisionRepository(db).load(2)->comment, QStringLiteral("Andra utgåvan"));
        if (version < 6)
            return;

        // Seed 000's agreement with its parties, costs and amendments.
        const auto agreements = AgreementRepository(db).all().value();
        QCOMPARE(agreements.size(), count("agreement"));
        const Agreement &a = agreements.first();
        QCOMPARE(a.parties.size(), count("agreement_party"));
        QCOMPARE(a.amendments.size(), 2);
        QCOMPARE(a.amendments.at(1).text, QStringLiteral("Järfälla kommun betalar sin andel kvartalsvis."));
        qsizetype costAmounts = 0;
        for (const SharedCost &c : a.costs)
            costAmounts += c.amounts.size();
        QCOMPARE(a.costs.size(), count("shared_cost"));
        QCOMPARE(costAmounts, count("shared_cost_amount"));
    }

    // The upgraded file passes `verkstan-cli check`, seals included (check itself reads
    // and upgrades nothing: an old file is reported as old).
    void checkPassesAfterTheUpgrade_data() { fixtures(); }
    void checkPassesAfterTheUpgrade()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = copyOf(fixture, dir);
        QVERIFY(!copy.isEmpty());
        if (version < Database::latestSchemaVersion()) {
            const auto old = TestSupport::runCli({QStringLiteral("check"), QStringLiteral("--db"), copy});
            QCOMPARE(old.exitCode, 1);
            QVERIFY2(old.err.contains("The schema is version " + QByteArray::number(version)), old.err.constData());
        }
        {
            auto db = Database::open(copy); // the program upgrades it on opening
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        }
        const auto r = TestSupport::runCliOk({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split('\n').last().trimmed(), QByteArray("OK"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
