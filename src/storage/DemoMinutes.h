#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// The demo's minutes (issue 5): seed 004's meeting of 28 September 2018 as final
// minutes, adjusted on 12 October 2018 by the chair and the adjuster and sealed; and
// an open draft for the first meeting of the year of the forum Gröna näringar.
class DemoMinutes
{
    Q_DECLARE_TR_FUNCTIONS(DemoMinutes)
public:
    static Status add(const Database &db, const QByteArray &minutesJson);
};
