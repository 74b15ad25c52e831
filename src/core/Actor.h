#pragma once

#include "Classification.h"

#include <QString>
#include <QVector>

// An organisation on the landscape map (aktör).
struct Actor
{
    qint64 id = 0;
    QString name;
    QString organisationNumber; // normalised NNNNNN-NNNN or empty
    ActorType type = ActorType::PrivateEmployer;
    GeoLevel level = GeoLevel::Regional;
    QString municipality;
    QString address;
    QString postalCode;
    QString city;
    Areas areas;
    ActorRoles roles;
    QString notes;

    bool operator==(const Actor &o) const
    {
        return id == o.id && name == o.name && organisationNumber == o.organisationNumber
            && type == o.type && level == o.level && municipality == o.municipality
            && address == o.address && postalCode == o.postalCode && city == o.city
            && areas == o.areas && roles == o.roles && notes == o.notes;
    }
    bool operator!=(const Actor &o) const { return !(*this == o); }
};

// QString and plain values only: a vector may move actors with memcpy when it grows.
Q_DECLARE_TYPEINFO(Actor, Q_RELOCATABLE_TYPE);

using ActorList = QVector<Actor>;

// Rules an actor must satisfy before it is stored. Returns a message per problem.
class ActorValidator
{
    Q_DECLARE_TR_FUNCTIONS(ActorValidator)
public:
    // Normalises the organisation number in place; returns the problems found (empty = valid).
    static QStringList validate(Actor &actor);
};
