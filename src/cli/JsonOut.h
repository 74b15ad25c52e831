#pragma once

#include "Actor.h"

#include <QByteArray>

struct RecordTable;

// JSON written by verkstan-cli: arrays of objects, indented, UTF-8.
class JsonOut
{
public:
    // Each actor as an object with "id" and the canonical CSV column names
    // (docs/csv-format.md) holding the same values as the CSV export.
    static QByteArray actors(const ActorList &actors);
    static QByteArray table(const RecordTable &table);
};
