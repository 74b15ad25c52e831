#pragma once

#include "Classification.h"

#include <QString>

#include <optional>

// What the register shows: text typed (name, organisation number, municipality, city)
// and the classification choices. Empty means "all".
struct ActorFilter
{
    QString text;
    std::optional<ActorType> type;
    std::optional<GeoLevel> level;
    Areas areas;      // any of these
    ActorRoles roles; // any of these

    bool isEmpty() const { return text.isEmpty() && !type && !level && !areas && !roles; }
    bool operator==(const ActorFilter &o) const
    {
        return text == o.text && type == o.type && level == o.level && areas == o.areas && roles == o.roles;
    }
    bool operator!=(const ActorFilter &o) const { return !(*this == o); }
};
