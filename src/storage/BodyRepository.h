#pragma once

#include "Body.h"
#include "BodyComposition.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// A seat with the names and the organisation type needed to show it and check the rules.
struct MemberDetail
{
    Membership membership;
    QString personName;
    QString organisationName;               // the seat's organisation, else the person's
    std::optional<ActorType> organisationType;
};

// Reads and writes bodies and their memberships; each write is one transaction.
class BodyRepository
{
    Q_DECLARE_TR_FUNCTIONS(BodyRepository)
public:
    explicit BodyRepository(const Database &db) : m_db(db) {}

    Result<BodyList> all() const;
    Result<Body> find(qint64 id) const;
    Result<qint64> add(Body body) const;
    Status update(Body body) const;
    // Removes the body with its memberships; refuses while other bodies hang under it.
    Status remove(qint64 id) const;
    // Puts a removed body back with its id and memberships (undo of a delete).
    Status restore(const Body &body, const MembershipList &members) const;

    Result<MemberDetail> member(qint64 membershipId) const;
    Result<QVector<MemberDetail>> members(qint64 bodyId) const;
    Result<qint64> addMember(Membership m) const;
    Status updateMember(const Membership &m) const;
    Status removeMember(qint64 membershipId) const;
    Status restoreMember(const Membership &m) const;

    // The composition warnings of the seeds' rules for this body (empty = fine).
    Result<QStringList> compositionWarnings(qint64 bodyId) const;

private:
    Status writeBody(const Body &b, bool insertWithId, qint64 *newId) const;
    Status writeMember(const Membership &m, bool insertWithId, qint64 *newId) const;
    Status checkMember(const Membership &m) const;
    const Database &m_db;
};
