#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// All reads and writes of actors. Every write is one transaction; failures come back
// as an Error naming what and why, and leave the database as it was.
class ActorRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActorRepository)
public:
    explicit ActorRepository(const Database &db) : m_db(db) {}

    Result<ActorList> all() const;
    // The first actors in name order: enough for a first screen while the rest loads.
    Result<ActorList> firstByName(int limit) const;
    Result<Actor> find(qint64 id) const;
    Result<int> count() const;
    // The actor that has this (normalised) organisation number, if any.
    Result<std::optional<Actor>> findByOrganisationNumber(const QString &number) const;
    // Organisation number -> name, of every actor that has one.
    Result<QHash<QString, QString>> organisationNumbers() const;

    // Validates, refuses a duplicate organisation number naming its holder; returns the new id.
    Result<qint64> add(Actor actor) const;
    Status update(Actor actor) const;
    // Refuses while anything refers to the actor, and says what does.
    Status remove(qint64 id) const;
    // Puts back a removed actor with its old id (undo of a delete).
    Status restore(const Actor &actor) const;
    // Adds many actors in one transaction (all or nothing); returns their ids in order.
    // The actors must already be validated; duplicates still fail the whole batch.
    Result<QVector<qint64>> addMany(const ActorList &actors) const;
    // Removes many actors in one transaction (undo of an import).
    Status removeMany(const QVector<qint64> &ids) const;

    // What refers to an actor, in words ("organisation of Anna Elverskog", ...). Empty = nothing.
    Result<QStringList> references(qint64 id) const;

private:
    Status checkUnique(const Actor &actor) const;
    Status insert(const Actor &actor, bool withId, qint64 *newId) const;
    // New ids never repeat one that a published map revision names (see the .cpp).
    Status reserveIdsOfPublishedActors(qint64 *placeholder) const;
    Status dropPlaceholder(qint64 placeholder) const;
    const Database &m_db;
};
