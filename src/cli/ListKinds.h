#pragma once

#include "RecordTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class Database;

// One kind of record that 'verkstan-cli list KIND' prints.
struct ListKind
{
    QString name;        // the KIND on the command line: "actors"
    const char *summary; // for the help, translated in the "ListKinds" context
    std::function<Result<RecordTable>(const Database &)> rows;
};

// The registry of list kinds. A new kind (meetings, wheels, budgets, map revisions) is
// one row function and one entry in the table in ListKinds.cpp; nothing else changes.
class ListKinds
{
    Q_DECLARE_TR_FUNCTIONS(ListKinds)
public:
    static const QVector<ListKind> &all();
    static const ListKind *find(const QString &name);
    static QStringList names();
};
