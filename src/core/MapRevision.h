#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// A published landscape map (001 §5.1): the region's formal document, numbered 1, 2, ...
// Its actors are the map as it was: id, name, organisation number, type, level,
// municipality, areas and roles. A published revision never changes.
struct MapRevision
{
    int number = 0;
    QDateTime publishedAt; // UTC
    QString owner;         // who answers for the map ("Region Sörmland, Anna ...")
    QString comment;
    ActorList actors;
};

// The part of an actor that the map shows; two actors with equal map facts draw the same.
class MapFacts
{
public:
    static bool sameName(const Actor &a, const Actor &b) { return a.name == b.name; }
    static bool sameClassification(const Actor &a, const Actor &b)
    {
        return a.type == b.type && a.level == b.level && a.municipality == b.municipality
            && a.areas == b.areas && a.roles == b.roles;
    }
    // Whether two maps (any order of actors) show the same thing.
    static bool sameMap(const ActorList &a, const ActorList &b);
};

// What changed between two maps: actors added, removed, reclassified (type, level,
// municipality, areas or roles) and renamed. An actor may be both renamed and reclassified.
struct MapRevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(MapRevisionDiff)
public:
    ActorList added;
    ActorList removed;
    QVector<QPair<Actor, Actor>> reclassified; // (before, after)
    QVector<QPair<Actor, Actor>> renamed;      // (before, after)

    static MapRevisionDiff compute(const ActorList &from, const ActorList &to);
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && reclassified.isEmpty() && renamed.isEmpty(); }
    // One line per change, for people ("Added: Almi Mälardalen (Business support, regional)").
    QStringList describe() const;
    // "Private employer, regional, Eskilstuna"
    static QString placeOf(const Actor &actor);
};
