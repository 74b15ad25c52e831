#pragma once

#include <QString>
#include <QVector>

// A person who sits in bodies, writes minutes or is responsible for assignments.
struct Person
{
    qint64 id = 0;
    QString name;
    QString title;
    qint64 actorId = 0; // the organisation the person works for; 0 = none
    QString email;
    QString phone;
    QString party; // political party, for elected members (S, M, C, ...)
    QString notes;

    bool operator==(const Person &o) const
    {
        return id == o.id && name == o.name && title == o.title && actorId == o.actorId
            && email == o.email && phone == o.phone && party == o.party && notes == o.notes;
    }
    bool operator!=(const Person &o) const { return !(*this == o); }
};

using PersonList = QVector<Person>;
