#pragma once

#include "Agreement.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// An agreement as listed: enough to choose one.
struct AgreementSummary
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    int parties = 0;
};

// Reads and writes cooperation agreements (Agreement in src/core): the agreement with
// its term and rules, its parties (actors from the register, with their numbers for the
// cost allocation), its numbered amendments and its shared costs per year.
// Each write is one transaction and checks everything first (the core rules, and that
// every party is still in the actor register): a refused write leaves the database as
// it was and says what and where. Parties' names and types are read from the register.
class AgreementRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)
public:
    explicit AgreementRepository(const Database &db) : m_db(db) {}

    Result<QVector<AgreementSummary>> list() const;
    Result<QVector<Agreement>> all() const;
    Result<Agreement> load(qint64 id) const;
    // Returns the new id (the agreement's own id is ignored).
    Result<qint64> add(const Agreement &agreement) const;
    // Replaces the agreement with this id: rules, parties, amendments and costs.
    Status save(const Agreement &agreement) const;
    Status remove(qint64 id) const;
    // Puts back a removed agreement with its old id (undo of a delete).
    Status restore(const Agreement &agreement) const;

private:
    Status check(const Agreement &agreement) const;
    Status writeHead(const Agreement &agreement, bool insert, bool withId, qint64 *id) const;
    Status writeContent(qint64 id, const Agreement &agreement) const;
    const Database &m_db;
};
