#pragma once

#include "Body.h"
#include "BodyRepository.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The bodies' and their seats' operations: each edit passes the session's Door (one
// undo step) and keeps the bodies model, its composition warnings and membersChanged()
// up to date. Deleting a body deletes its seats; undo brings both back.
class BodyService
{
    Q_DECLARE_TR_FUNCTIONS(BodyService)
public:
    explicit BodyService(Session &session) : m_session(session) {}

    Result<BodyList> all() const;
    Result<Body> find(qint64 id) const;
    Result<QStringList> compositionWarnings(qint64 bodyId) const;

    Result<qint64> add(const Body &body);
    Status edit(const Body &body);
    Status remove(qint64 id);

    Result<QVector<MemberDetail>> members(qint64 bodyId) const;
    Result<qint64> addMember(const Membership &member);
    Status editMember(const Membership &member);
    Status removeMember(qint64 membershipId);

private:
    QString seatHolder(qint64 membershipId) const;
    Session &m_session;
};
