#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// The demo's annual wheels (issue 4): the Sörmland industry forums Gröna näringar and
// Transport get the programme's wheel (001 §6.4.1) for the year, a joint future
// seminar, responsible actors for the input material, and meetings with draft
// agendas made from every slot.
class DemoWheels
{
    Q_DECLARE_TR_FUNCTIONS(DemoWheels)
public:
    static Status add(const Database &db, int year);
};
