#pragma once

#include "Agreement.h"
#include "Result.h"

#include <QCoreApplication>

class Session;

// The cooperation agreements' operations (seed 000): each edit passes the session's
// Door (one undo step) and says agreementsChanged().
class AgreementService
{
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
public:
    explicit AgreementService(Session &session) : m_session(session) {}

    // Read from the database when asked: there are few.
    Result<QVector<Agreement>> all() const;
    Result<Agreement> find(qint64 id) const;
    Result<qint64> add(const Agreement &agreement);
    // Replaces the stored agreement with this one; text names the undo step
    // ("Add amendment 2 to ..."), empty for "Edit <name>".
    Status edit(const Agreement &agreement, const QString &text = {});
    Status remove(qint64 id);

private:
    Session &m_session;
};
