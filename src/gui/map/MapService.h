#pragma once

#include "Classification.h"
#include "MapRevision.h"
#include "MapRevisionRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

class Session;

// The landscape map's operations: moving an actor to another cell (an undo step through
// the actor service, so the register follows) and the published revisions (001 §5.1),
// which are final and so no undo step.
class MapService
{
    Q_DECLARE_TR_FUNCTIONS(MapService)
public:
    explicit MapService(Session &session) : m_session(session) {}

    // Puts an actor in another cell of the landscape map: its type and level, and for a
    // municipality lane its municipality. One undo step.
    Status moveActor(qint64 id, ActorType type, GeoLevel level, const std::optional<QString> &municipality);

    Result<QVector<MapRevisionSummary>> revisions() const;
    Result<MapRevision> revision(int number) const;
    // Freezes the register as it is now as a new revision; returns its number.
    Result<int> publish(const QString &owner, const QString &comment);
    // The organisations that sit in a body (its seats' organisations, else the people's).
    Result<QSet<qint64>> organisationsIn(qint64 bodyId) const;

private:
    Session &m_session;
};
