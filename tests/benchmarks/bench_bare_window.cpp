// A bare Qt program: a QMainWindow that prints the milliseconds from the start of
// main() to its first paint and quits. The yardstick for Verkstan's start-up.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

class Window : public QMainWindow
{
public:
    explicit Window(QElapsedTimer *clock) : m_clock(clock) {}

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const bool r = QMainWindow::event(e);
            std::printf("%lld\n", static_cast<long long>(m_clock->elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return r;
        }
        return QMainWindow::event(e);
    }

private:
    QElapsedTimer *m_clock;
    bool m_done = false;
};

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    Window w(&clock);
    w.resize(1200, 800);
    w.show();
    return app.exec();
}
