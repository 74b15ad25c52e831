#pragma once

#include "MapRevision.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

class Database;

// A published revision as listed.
struct MapRevisionSummary
{
    int number = 0;
    QDateTime publishedAt; // UTC
    QString owner;
    QString comment;
    int actorCount = 0;
};

// The published revisions of the landscape map (001 §5.1). Publishing freezes the map's
// actors as the next revision in one transaction; nothing here changes or deletes a
// published revision (and on SQLite the schema's triggers refuse it too).
class MapRevisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(MapRevisionRepository)
public:
    explicit MapRevisionRepository(const Database &db) : m_db(db) {}

    // Oldest first.
    Result<QVector<MapRevisionSummary>> list() const;
    Result<MapRevision> load(int number) const;
    // The newest revision's number, 0 when none is published.
    Result<int> latestNumber() const;
    // Freezes these actors as the next revision and returns its number. Refuses an empty
    // owner, and a map that is the same as the latest revision (nothing to publish).
    Result<int> publish(const QString &owner, const QString &comment, const ActorList &actors,
                        const QDateTime &publishedAt = QDateTime::currentDateTimeUtc()) const;
    Result<MapRevisionDiff> compare(int from, int to) const;

private:
    const Database &m_db;
};
