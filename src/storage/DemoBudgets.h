#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class BudgetRepository;
class Database;
class QJsonObject;

// The demo budgets (resources/demo/budgets.json, seed 002): read, built through the
// Budget core (so a figure that breaks a rule is refused) and saved. Amounts in the
// file are whole kronor; funders and owners are actor names from actors.csv.
class DemoBudgets
{
    Q_DECLARE_TR_FUNCTIONS(DemoBudgets)
public:
    static Status add(const Database &db, const QByteArray &json, const QHash<QString, qint64> &actorIds);

private:
    static Status addOutcome(const BudgetRepository &repo, qint64 id, const QJsonObject &budget);
};
