#include "Clock.h"

#include <atomic>

namespace {
// 0: the running clock; otherwise the fixed moment in ms since the epoch.
std::atomic<qint64> g_fixedMs{0};
} // namespace

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    const qint64 fixed = g_fixedMs.load();
    return fixed ? QDateTime::fromMSecsSinceEpoch(fixed) : QDateTime::currentDateTime();
}

qint64 Clock::currentMSecsSinceEpoch()
{
    const qint64 fixed = g_fixedMs.load();
    return fixed ? fixed : QDateTime::currentMSecsSinceEpoch();
}

void Clock::setNow(const QDateTime &fixed)
{
    g_fixedMs.store(fixed.isValid() ? fixed.toMSecsSinceEpoch() : 0);
}

void Clock::advance(qint64 ms)
{
    const qint64 fixed = g_fixedMs.load();
    if (fixed)
        g_fixedMs.store(fixed + ms);
}

bool Clock::isFixed()
{
    return g_fixedMs.load() != 0;
}
