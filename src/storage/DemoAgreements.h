#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The demo agreements (resources/demo/agreements.json, seed 000): read, checked by the
// Agreement core and saved. Parties and the host are actor names from actors.csv;
// amounts are whole kronor; weights are basis points or numbers as the method says.
class DemoAgreements
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgreements)
public:
    static Status add(const Database &db, const QByteArray &json, const QHash<QString, qint64> &actorIds);
};
