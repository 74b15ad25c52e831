#include "PersonService.h"

#include "Door.h"
#include "PersonLinks.h"
#include "PersonRepository.h"
#include "Session.h"
#include "WriteTransaction.h"

namespace {

Kept<Person> keptPeople(Session &session)
{
    Kept<Person> k;
    k.load = [&session](qint64 id) { return snapshotOf(PersonRepository(session.database()).find(id)); };
    k.store = [&session](qint64 id, const std::optional<Person> &from, const std::optional<Person> &to) -> Status {
        const PersonRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        return from ? repo.update(*to) : repo.restore(*to);
    };
    k.shown = [&session](qint64 id, const std::optional<Person> &from, const std::optional<Person> &now) {
        if (now)
            session.people()->upsert(*now);
        else
            session.people()->removeById(id);
        if (from && now) // an organisation or a name changed: the bodies' rules may say otherwise
            session.refreshAllWarnings();
    };
    return k;
}

} // namespace

Result<PersonList> PersonService::all() const
{
    return PersonRepository(m_session.database()).all();
}

QStringList PersonService::problems(const Person &person)
{
    Person checked = person;
    return PersonRepository::validate(checked);
}

Result<qint64> PersonService::add(const Person &person)
{
    return m_session.door()->edit<Person>(
        keptPeople(m_session), 0, [&] { return PersonRepository(m_session.database()).add(person); },
        [](const std::optional<Person> &, const std::optional<Person> &after) {
            return tr("Add %1").arg(after ? after->name : QString());
        });
}

Status PersonService::edit(const Person &person)
{
    auto r = m_session.door()->edit<Person>(
        keptPeople(m_session), person.id,
        [&]() -> Result<qint64> {
            if (Status s = PersonRepository(m_session.database()).update(person); !s)
                return s.error();
            return person.id;
        },
        [](const std::optional<Person> &, const std::optional<Person> &after) {
            return tr("Edit %1").arg(after ? after->name : QString());
        });
    return r ? Status() : Status(r.error());
}

Status PersonService::remove(qint64 id, QString *note)
{
    // Minutes and wheel material that name the person keep the name as printed; their
    // links to the register go (ON DELETE SET NULL), and come back with an undo.
    auto links = PersonLinks::of(m_session.database(), id);
    if (!links)
        return links.error();
    const PersonLinks linked = *links;
    Kept<Person> kept = keptPeople(m_session);
    kept.store = [&session = m_session, plain = kept.store, linked](qint64 personId, const std::optional<Person> &from,
                                                                   const std::optional<Person> &to) -> Status {
        if (from || !to)
            return plain(personId, from, to);
        WriteTransaction tx(session.database());
        if (Status s = tx.begin(); !s)
            return s;
        if (Status s = plain(personId, from, to); !s)
            return s;
        if (Status s = linked.restore(session.database()); !s)
            return s;
        return tx.commit();
    };
    std::optional<Person> before;
    auto r = m_session.door()->edit<Person>(
        kept, id,
        [&]() -> Result<qint64> {
            if (Status s = PersonRepository(m_session.database()).remove(id); !s)
                return s.error();
            return id;
        },
        [&before](const std::optional<Person> &was, const std::optional<Person> &) {
            if (was)
                before = was;
            return tr("Delete %1").arg(was ? was->name : QString());
        });
    if (!r)
        return r.error();
    if (note && before && !linked.finalMinutes().isEmpty())
        *note = tr("%1 is deleted from the register. The final minutes that name %1 keep the name as printed: %2.")
                    .arg(before->name, linked.finalMinutes().join(QStringLiteral("; ")));
    return {};
}
