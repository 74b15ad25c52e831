#include "ActorRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const char *kColumns = "id, name, organisation_number, type, level, municipality, address, postal_code, city, "
                       "areas, roles, notes";

Actor actorFrom(const QSqlQuery &q)
{
    Actor a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.organisationNumber = q.value(2).toString();
    a.type = Classification::actorTypeFromKey(q.value(3).toString()).value_or(ActorType::PrivateEmployer);
    a.level = Classification::geoLevelFromKey(q.value(4).toString()).value_or(GeoLevel::Regional);
    a.municipality = q.value(5).toString();
    a.address = q.value(6).toString();
    a.postalCode = q.value(7).toString();
    a.city = q.value(8).toString();
    a.areas = Areas(q.value(9).toInt());
    a.roles = ActorRoles(q.value(10).toInt());
    a.notes = q.value(11).toString();
    return a;
}

void bindFields(QSqlQuery &q, const Actor &a)
{
    using namespace SqlValues;
    q.addBindValue(text(a.name));
    q.addBindValue(textOrNull(a.organisationNumber));
    q.addBindValue(Classification::key(a.type));
    q.addBindValue(Classification::key(a.level));
    q.addBindValue(text(a.municipality));
    q.addBindValue(text(a.address));
    q.addBindValue(text(a.postalCode));
    q.addBindValue(text(a.city));
    q.addBindValue(int(a.areas.toInt()));
    q.addBindValue(int(a.roles.toInt()));
    q.addBindValue(text(a.notes));
}

Error invalid(const QStringList &problems)
{
    return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
}

// The same columns through the raw SQLite connection (see SqliteStatement).
Actor actorFrom(const SqliteStatement &q)
{
    Actor a;
    a.id = q.integer(0);
    a.name = q.text(1);
    a.organisationNumber = q.text(2);
    a.type = Classification::actorTypeFromKey(q.text(3)).value_or(ActorType::PrivateEmployer);
    a.level = Classification::geoLevelFromKey(q.text(4)).value_or(GeoLevel::Regional);
    a.municipality = q.text(5);
    a.address = q.text(6);
    a.postalCode = q.text(7);
    a.city = q.text(8);
    a.areas = Areas(int(q.integer(9)));
    a.roles = ActorRoles(int(q.integer(10)));
    a.notes = q.text(11);
    return a;
}

Result<ActorList> readActors(const Database &db, const QString &sql)
{
    const QString doing = ActorRepository::tr("reading the actors");
    if (sqlite3 *handle = db.sqliteHandle()) {
        SqliteStatement q(handle, sql.toUtf8().constData());
        ActorList out;
        out.reserve(1024);
        while (q.ok() && q.next())
            out.append(actorFrom(q));
        if (!q.ok() || !q.done())
            return Error{Error::Kind::Database,
                         Database::tr("The database %1 refused %2: %3").arg(db.displayName(), doing, q.errorText())};
        return out;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return db.error(q, doing);
    ActorList out;
    while (q.next())
        out.append(actorFrom(q));
    return out;
}

} // namespace

Result<ActorList> ActorRepository::all() const
{
    return readActors(m_db, QStringLiteral("SELECT %1 FROM actor ORDER BY name, id").arg(QLatin1String(kColumns)));
}

Result<ActorList> ActorRepository::firstByName(int limit) const
{
    return readActors(m_db, QStringLiteral("SELECT %1 FROM actor ORDER BY name, id LIMIT %2")
                                .arg(QLatin1String(kColumns))
                                .arg(limit));
}

Result<Actor> ActorRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actor WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading an actor"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The actor no longer exists (id %1).").arg(id)};
    return actorFrom(q);
}

Result<int> ActorRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM actor")) || !q.next())
        return m_db.error(q, tr("counting the actors"));
    return q.value(0).toInt();
}

Result<std::optional<Actor>> ActorRepository::findByOrganisationNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actor WHERE organisation_number = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(number);
    if (!q.exec())
        return m_db.error(q, tr("looking up an organisation number"));
    if (!q.next())
        return std::optional<Actor>();
    return std::optional<Actor>(actorFrom(q));
}

Result<QHash<QString, QString>> ActorRepository::organisationNumbers() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT organisation_number, name FROM actor WHERE organisation_number IS NOT NULL")))
        return m_db.error(q, tr("reading organisation numbers"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status ActorRepository::checkUnique(const Actor &actor) const
{
    if (actor.organisationNumber.isEmpty())
        return {};
    auto holder = findByOrganisationNumber(actor.organisationNumber);
    if (!holder)
        return holder.error();
    if (holder->has_value() && (*holder)->id != actor.id)
        return Error{Error::Kind::Duplicate,
                     tr("The organisation number %1 already belongs to %2.")
                         .arg(actor.organisationNumber, (*holder)->name)};
    return {};
}

Status ActorRepository::insert(const Actor &a, bool withId, qint64 *newId) const
{
    QSqlQuery q(m_db.connection());
    if (withId) {
        q.prepare(QStringLiteral("INSERT INTO actor (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(a.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO actor (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                      .arg(QLatin1String(kColumns).mid(4)));
    }
    bindFields(q, a);
    if (!q.exec())
        return m_db.error(q, tr("saving the actor %1").arg(a.name));
    if (newId)
        *newId = withId ? a.id : (q.next() ? q.value(0).toLongLong() : 0);
    return {};
}

Result<qint64> ActorRepository::add(Actor actor) const
{
    if (const QStringList problems = ActorValidator::validate(actor); !problems.isEmpty())
        return invalid(problems);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    actor.id = 0;
    if (Status s = checkUnique(actor); !s)
        return s.error();
    qint64 placeholder = 0;
    if (Status s = reserveIdsOfPublishedActors(&placeholder); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = insert(actor, false, &id); !s)
        return s.error();
    if (Status s = dropPlaceholder(placeholder); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ActorRepository::restore(const Actor &actor) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkUnique(actor); !s)
        return s;
    if (Status s = insert(actor, true, nullptr); !s)
        return s;
    if (const QString reset = m_db.dialect().resetSequence(QStringLiteral("actor")); !reset.isEmpty())
        if (Status s = m_db.exec(reset); !s)
            return s;
    return tx.commit();
}

Status ActorRepository::update(Actor actor) const
{
    if (const QStringList problems = ActorValidator::validate(actor); !problems.isEmpty())
        return invalid(problems);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkUnique(actor); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE actor SET name = ?, organisation_number = ?, type = ?, level = ?, "
                             "municipality = ?, address = ?, postal_code = ?, city = ?, areas = ?, roles = ?, "
                             "notes = ? WHERE id = ?"));
    bindFields(q, actor);
    q.addBindValue(actor.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the actor %1").arg(actor.name));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The actor %1 no longer exists.").arg(actor.name)};
    return tx.commit();
}

Result<QStringList> ActorRepository::references(qint64 id) const
{
    struct Ref
    {
        const char *sql;
        const char *text; // %1 = the names
    };
    static const Ref refs[] = {
        {"SELECT name FROM person WHERE actor_id = ? ORDER BY name",
         QT_TRANSLATE_NOOP("ActorRepository", "organisation of %1")},
        {"SELECT name FROM body WHERE owner_actor_id = ? ORDER BY name",
         QT_TRANSLATE_NOOP("ActorRepository", "owner of %1")},
        {"SELECT DISTINCT b.name FROM membership m JOIN body b ON b.id = m.body_id WHERE m.actor_id = ? ORDER BY b.name",
         QT_TRANSLATE_NOOP("ActorRepository", "a seat in %1")},
        {"SELECT name FROM budget WHERE owner_actor_id = ? "
         "OR id IN (SELECT budget_id FROM budget_line WHERE funder_actor_id = ?) "
         "OR id IN (SELECT budget_id FROM funder_cap WHERE funder_actor_id = ?) ORDER BY name",
         QT_TRANSLATE_NOOP("ActorRepository", "owner or funder of the budget %1")},
        {"SELECT name FROM agreement WHERE host_actor_id = ? "
         "OR id IN (SELECT agreement_id FROM agreement_party WHERE actor_id = ?) ORDER BY name",
         QT_TRANSLATE_NOOP("ActorRepository", "a party to the agreement %1")},
    };
    QStringList out;
    for (const Ref &r : refs) {
        QSqlQuery q(m_db.connection());
        const QString sql = QString::fromLatin1(r.sql);
        q.prepare(sql);
        for (qsizetype i = sql.count(QLatin1Char('?')); i > 0; --i) // the actor, once per placeholder
            q.addBindValue(id);
        if (!q.exec())
            return m_db.error(q, tr("looking for references to an actor"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        if (names.isEmpty())
            continue;
        QString list = names.mid(0, 3).join(QStringLiteral(", "));
        if (names.size() > 3)
            list += tr(" and %1 more").arg(names.size() - 3);
        out << tr(r.text).arg(list);
    }
    return out;
}

Status ActorRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto actor = find(id);
    if (!actor)
        return actor.error();
    auto refs = references(id);
    if (!refs)
        return refs.error();
    if (!refs->isEmpty())
        return Error{Error::Kind::InUse, tr("%1 cannot be deleted while other records refer to it: %2. "
                                            "Remove or change those first.")
                                             .arg(actor->name, refs->join(QStringLiteral("; ")))};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM actor WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting the actor %1").arg(actor->name));
    return tx.commit();
}

Result<QVector<qint64>> ActorRepository::addMany(const ActorList &actors) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString sql = QStringLiteral("INSERT INTO actor (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                            .arg(QLatin1String(kColumns).mid(4));
    QVector<qint64> ids;
    ids.reserve(actors.size());
    qint64 placeholder = 0;
    if (Status s = reserveIdsOfPublishedActors(&placeholder); !s)
        return s.error();
    if (sqlite3 *handle = m_db.sqliteHandle()) {
        // The bulk path: one prepared statement on the raw connection; ids from the rowid.
        QString plain = sql;
        plain.chop(int(qstrlen(" RETURNING id")));
        SqliteStatement q(handle, plain.toUtf8().constData());
        for (const Actor &a : actors) {
            if (!q.ok())
                break;
            q.bind(1, a.name);
            q.bindOrNull(2, a.organisationNumber);
            q.bind(3, Classification::key(a.type));
            q.bind(4, Classification::key(a.level));
            q.bind(5, a.municipality);
            q.bind(6, a.address);
            q.bind(7, a.postalCode);
            q.bind(8, a.city);
            q.bind(9, qint64(a.areas.toInt()));
            q.bind(10, qint64(a.roles.toInt()));
            q.bind(11, a.notes);
            if (!q.execute())
                return Error{Error::Kind::Duplicate,
                             Database::tr("The database %1 refused %2: %3")
                                 .arg(m_db.displayName(), tr("saving the actor %1").arg(a.name), q.errorText())};
            ids.append(q.lastInsertId());
        }
        if (!q.ok())
            return Error{Error::Kind::Database, Database::tr("The database %1 refused %2: %3")
                                                    .arg(m_db.displayName(), tr("saving the actors"), q.errorText())};
    } else {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const Actor &a : actors) {
            bindFields(q, a);
            if (!q.exec())
                return m_db.error(q, tr("saving the actor %1").arg(a.name));
            ids.append(q.next() ? q.value(0).toLongLong() : 0);
            q.finish();
        }
    }
    if (Status s = dropPlaceholder(placeholder); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status ActorRepository::removeMany(const QVector<qint64> &ids) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM actor WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return m_db.error(q, tr("removing imported actors"));
    }
    return tx.commit();
}

Status ActorRepository::reserveIdsOfPublishedActors(qint64 *placeholder) const
{
    // SQLite numbers a new row one above the largest id in the table, so the id of the
    // newest actor comes back after it is deleted. A published map revision still names
    // that id, and must never mistake the newcomer for it: a placeholder row at the
    // largest published id makes the new ids go above it. (PostgreSQL never reuses ids.)
    *placeholder = 0;
    if (!m_db.dialect().isSQLite())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT MAX(actor_id) FROM map_revision_actor), (SELECT MAX(id) FROM actor)"))
        || !q.next())
        return m_db.error(q, tr("numbering a new actor"));
    const qint64 published = q.value(0).toLongLong();
    if (published <= q.value(1).toLongLong())
        return {};
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT INTO actor (id, name, type, level) VALUES (?, '-', 'authority', 'regional')"));
    ins.addBindValue(published);
    if (!ins.exec())
        return m_db.error(ins, tr("numbering a new actor"));
    *placeholder = published;
    return {};
}

Status ActorRepository::dropPlaceholder(qint64 placeholder) const
{
    if (placeholder == 0)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM actor WHERE id = ?"));
    q.addBindValue(placeholder);
    if (!q.exec())
        return m_db.error(q, tr("numbering a new actor"));
    return {};
}
