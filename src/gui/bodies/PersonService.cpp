#include "PersonService.h"

#include "Door.h"
#include "PersonRepository.h"
#include "Session.h"

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

Status PersonService::remove(qint64 id)
{
    auto r = m_session.door()->edit<Person>(
        keptPeople(m_session), id,
        [&]() -> Result<qint64> {
            if (Status s = PersonRepository(m_session.database()).remove(id); !s)
                return s.error();
            return id;
        },
        [](const std::optional<Person> &before, const std::optional<Person> &) {
            return tr("Delete %1").arg(before ? before->name : QString());
        });
    return r ? Status() : Status(r.error());
}
