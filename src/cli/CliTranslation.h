#pragma once

class QCoreApplication;

// The tool speaks Swedish on a Swedish system unless LANGUAGE asks for English.
class CliTranslation
{
public:
    static bool wantsSwedish();
    static void install(QCoreApplication &app);
};
