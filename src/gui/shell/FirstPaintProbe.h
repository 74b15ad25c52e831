#pragma once

#include <QElapsedTimer>
#include <QObject>

class Session;

// For the start-up benchmark (--exit-after-first-paint): watches a window for its first
// paint and notes the milliseconds since the clock started; once the session has loaded
// the whole register (a large one loads after the first screen), prints those
// milliseconds and the peak resident memory in kB ("412 87320") and quits.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, Session *session, const QElapsedTimer &clock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static qint64 peakResidentKb();
    void finish();

    Session *m_session;
    qint64 m_firstPaintMs = 0;
    QElapsedTimer m_clock;
    bool m_done = false;
};
