#pragma once

#include <QCoreApplication>

class CliOptions;

// import actors and export actors.
class ActorCommands
{
    Q_DECLARE_TR_FUNCTIONS(ActorCommands)
public:
    static int importActors(const CliOptions &options);
    static int exportActors(const CliOptions &options);
};
