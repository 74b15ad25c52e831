#pragma once

#include "Actor.h"
#include "ActorImport.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The actor register's operations: each edit passes the session's Door (one undo step;
// a refusal changes nothing) and keeps the actor model and the organisation names of
// people and bodies up to date.
class ActorService
{
    Q_DECLARE_TR_FUNCTIONS(ActorService)
public:
    explicit ActorService(Session &session) : m_session(session) {}

    Result<ActorList> all() const;
    Result<ActorList> firstByName(int limit) const;
    // Every actor, read on a connection of its own (for a worker thread).
    static Result<ActorList> readAll(const QString &databasePath);
    Result<Actor> find(qint64 id) const;

    Result<qint64> add(const Actor &actor);
    Status edit(const Actor &actor);
    // The same edit under another undo text (a move on the map).
    Status edit(const Actor &actor, const QString &undoText);
    Status remove(qint64 id);
    // Checks a CSV file without writing: what an import would say.
    Result<ActorImportReport> checkImport(const QByteArray &csv) const;
    // Imports actors from CSV as one undo step (all or nothing unless skipInvalid).
    Result<ActorImportReport> importCsv(const QByteArray &csv, bool skipInvalid);

private:
    Status reloadAll();
    Session &m_session;
};
