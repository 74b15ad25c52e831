#include "FirstPaintProbe.h"

#include "Session.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QWidget *window, Session *session, const QElapsedTimer &clock)
    : QObject(window)
    , m_session(session)
    , m_clock(clock)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        m_firstPaintMs = m_clock.elapsed();
        if (m_session->isLoadingActors())
            connect(m_session, &Session::actorsLoaded, this, &FirstPaintProbe::finish);
        else
            QTimer::singleShot(0, this, &FirstPaintProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::finish()
{
    std::printf("%lld %lld\n", static_cast<long long>(m_firstPaintMs), static_cast<long long>(peakResidentKb()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

qint64 FirstPaintProbe::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
