#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// The demo database made from the seeds (resources/demo/): the actors, people and
// bodies that the five source documents name. Written in one transaction.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static Status populate(const Database &db);
};
