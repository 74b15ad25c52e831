#pragma once

#include "Actor.h"

#include <QSet>
#include <QString>

#include <optional>

// What the map highlights: actors that match every criterion given. An empty filter
// matches everyone.
struct MapFilter
{
    QString text; // each word in the name, municipality or organisation number
    Areas areas;                    // any of these areas (none = any)
    ActorRoles roles;               // any of these roles (none = any)
    std::optional<ActorType> type;
    std::optional<QString> municipality; // exact, case-insensitive; "" = without one
    std::optional<QSet<qint64>> members; // the organisations of one body

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !areas && !roles && !type && !municipality && !members;
    }
    bool matches(const Actor &actor) const;
    // matches() of each actor, in order.
    QVector<bool> apply(const ActorList &actors) const;
};
