#pragma once

#include <QDate>
#include <QDateTime>

// The current date and time as the program sees it. Everything that asks "what is
// today" asks here, when it needs it (never once at start-up, so a window left open
// over midnight moves on to the new day). Tests set the clock to a fixed moment and
// move it on.
class Clock
{
public:
    static QDate today();
    static QDateTime now();
    static qint64 currentMSecsSinceEpoch();

    // Fixes the clock at a moment (local time); an invalid moment lets it run again.
    static void setNow(const QDateTime &fixed);
    // Moves a fixed clock on by ms milliseconds (no effect on the running clock).
    static void advance(qint64 ms);
    static bool isFixed();
};
