#pragma once

#include "Classification.h"

#include <QString>
#include <QVector>

// Where the § numbers of a body's minutes start: at 1 in every meeting, or running on
// through the body's year (both are used in Sweden; a setting per body).
enum class ItemNumbering { PerMeeting, RunningPerYear };

// A body of the cooperation: steering group, industry forum, council, ...
struct Body
{
    qint64 id = 0;
    QString name;
    BodyKind kind = BodyKind::IndustryForum;
    Area area = Area::None;
    GeoLevel level = GeoLevel::Regional; // regional or local
    qint64 ownerActorId = 0;             // who convenes or owns it; 0 = none
    qint64 parentBodyId = 0;             // e.g. the forum of a working committee; 0 = none
    QString municipality;
    QString notes;
    ItemNumbering itemNumbering = ItemNumbering::PerMeeting;

    bool operator==(const Body &o) const
    {
        return id == o.id && name == o.name && kind == o.kind && area == o.area && level == o.level
            && ownerActorId == o.ownerActorId && parentBodyId == o.parentBodyId
            && municipality == o.municipality && notes == o.notes && itemNumbering == o.itemNumbering;
    }
    bool operator!=(const Body &o) const { return !(*this == o); }
};

// A seat in a body: a person (usually with their organisation) or an organisation seat.
struct Membership
{
    qint64 id = 0;
    qint64 bodyId = 0;
    qint64 personId = 0; // 0 = an organisation seat not yet filled by a person
    qint64 actorId = 0;  // the organisation represented; 0 = the person's own
    MemberRole role = MemberRole::Member;

    bool operator==(const Membership &o) const
    {
        return id == o.id && bodyId == o.bodyId && personId == o.personId && actorId == o.actorId
            && role == o.role;
    }
    bool operator!=(const Membership &o) const { return !(*this == o); }
};

using BodyList = QVector<Body>;
using MembershipList = QVector<Membership>;
