#pragma once

#include "Person.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The people's operations: each edit passes the session's Door (one undo step) and
// keeps the people model and the bodies' composition warnings up to date.
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)
public:
    explicit PersonService(Session &session) : m_session(session) {}

    Result<PersonList> all() const;
    Result<qint64> add(const Person &person);
    Status edit(const Person &person);
    // Final minutes that name the person keep the name as printed; note (when given)
    // says which, for the person deleting.
    Status remove(qint64 id, QString *note = nullptr);
    // The rules a person must meet (the same as the database's), in words.
    static QStringList problems(const Person &person);

private:
    Session &m_session;
};
