#include "PersonRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {
const char *kColumns = "id, name, title, actor_id, email, phone, party, notes";

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.title = q.value(2).toString();
    p.actorId = q.value(3).toLongLong();
    p.email = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.party = q.value(6).toString();
    p.notes = q.value(7).toString();
    return p;
}
} // namespace

QStringList PersonRepository::validate(Person &p)
{
    QStringList problems;
    p.name = p.name.trimmed();
    p.email = p.email.trimmed();
    if (p.name.isEmpty())
        problems << tr("The name is empty.");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        problems << tr("The e-mail address \"%1\" is not valid.").arg(p.email);
    return problems;
}

Result<PersonList> PersonRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM person ORDER BY name, id").arg(QLatin1String(kColumns))))
        return m_db.error(q, tr("reading the people"));
    PersonList out;
    while (q.next())
        out.append(personFrom(q));
    return out;
}

Result<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading a person"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The person no longer exists (id %1).").arg(id)};
    return personFrom(q);
}

Status PersonRepository::write(const Person &p, bool insertWithId, qint64 *newId) const
{
    QSqlQuery q(m_db.connection());
    if (p.id > 0 && !insertWithId)
        q.prepare(QStringLiteral("UPDATE person SET name = ?, title = ?, actor_id = ?, email = ?, phone = ?, "
                                 "party = ?, notes = ? WHERE id = ?"));
    else if (insertWithId)
        q.prepare(QStringLiteral("INSERT INTO person (name, title, actor_id, email, phone, party, notes, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("INSERT INTO person (name, title, actor_id, email, phone, party, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(p.name));
    q.addBindValue(text(p.title));
    q.addBindValue(idOrNull(p.actorId));
    q.addBindValue(text(p.email));
    q.addBindValue(text(p.phone));
    q.addBindValue(text(p.party));
    q.addBindValue(text(p.notes));
    if (p.id > 0)
        q.addBindValue(p.id);
    if (!q.exec())
        return m_db.error(q, tr("saving %1").arg(p.name));
    if (p.id > 0 && !insertWithId && q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("%1 no longer exists.").arg(p.name)};
    if (newId)
        *newId = p.id > 0 ? p.id : (q.next() ? q.value(0).toLongLong() : 0);
    return {};
}

Result<qint64> PersonRepository::add(Person person) const
{
    if (const QStringList problems = validate(person); !problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
    person.id = 0;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = write(person, false, &id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PersonRepository::update(Person person) const
{
    if (const QStringList problems = validate(person); !problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.join(QLatin1Char(' '))};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = write(person, false, nullptr); !s)
        return s;
    return tx.commit();
}

Status PersonRepository::restore(const Person &person) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = write(person, true, nullptr); !s)
        return s;
    if (const QString reset = m_db.dialect().resetSequence(QStringLiteral("person")); !reset.isEmpty())
        if (Status s = m_db.exec(reset); !s)
            return s;
    return tx.commit();
}

Result<QStringList> PersonRepository::references(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT b.name FROM membership m JOIN body b ON b.id = m.body_id "
                             "WHERE m.person_id = ? ORDER BY b.name"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("looking for references to a person"));
    QStringList out;
    while (q.next())
        out << tr("a member of %1").arg(q.value(0).toString());
    return out;
}

Status PersonRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto person = find(id);
    if (!person)
        return person.error();
    auto refs = references(id);
    if (!refs)
        return refs.error();
    if (!refs->isEmpty())
        return Error{Error::Kind::InUse, tr("%1 cannot be deleted: %2. Remove those seats first.")
                                             .arg(person->name, refs->join(QStringLiteral(", ")))};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting %1").arg(person->name));
    return tx.commit();
}
