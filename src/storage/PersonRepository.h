#pragma once

#include "Person.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Reads and writes people; each write is one transaction.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    explicit PersonRepository(const Database &db) : m_db(db) {}

    Result<PersonList> all() const;
    Result<Person> find(qint64 id) const;
    Result<qint64> add(Person person) const;
    Status update(Person person) const;
    Status remove(qint64 id) const;
    Status restore(const Person &person) const;
    // Bodies the person sits in, in words. Empty = nothing refers to the person.
    Result<QStringList> references(qint64 id) const;

    static QStringList validate(Person &person);

private:
    Status write(const Person &p, bool insertWithId, qint64 *newId) const;
    const Database &m_db;
};
