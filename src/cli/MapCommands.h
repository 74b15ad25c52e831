#pragma once

#include "CliOptions.h"

#include <QCoreApplication>

// 'report map': the landscape map as a PDF, the current one or a published revision.
class MapCommands
{
    Q_DECLARE_TR_FUNCTIONS(MapCommands)
public:
    static int reportMap(const CliOptions &options);
};
