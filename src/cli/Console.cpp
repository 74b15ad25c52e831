#include "Console.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

int g_outputErrno = 0;
bool g_outputFailed = false;

bool write(FILE *stream, const QByteArray &bytes)
{
    errno = 0;
    bool ok = true;
    if (!bytes.isEmpty() && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) != size_t(bytes.size()))
        ok = false;
    if (std::fflush(stream) != 0 || std::ferror(stream))
        ok = false;
    if (!ok && stream == stdout && !g_outputFailed) {
        g_outputFailed = true;
        g_outputErrno = errno;
    }
    return ok;
}

} // namespace

void Console::prepare()
{
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

bool Console::out(const QByteArray &bytes)
{
    return write(stdout, bytes);
}

bool Console::outLine(const QString &line)
{
    return write(stdout, (line + QLatin1Char('\n')).toUtf8());
}

void Console::errLine(const QString &line)
{
    write(stderr, (line + QLatin1Char('\n')).toUtf8());
}

bool Console::outputFailed()
{
    return g_outputFailed;
}

QString Console::outputError()
{
    return g_outputErrno != 0 ? QString::fromLocal8Bit(std::strerror(g_outputErrno))
                              : QCoreApplication::translate("Console", "the write failed");
}

int Console::finish(int code, int failedCode)
{
    // Output still buffered is written now, and closing reports what the kernel reports
    // only then (a file on a full disk, a network file system).
    if (!g_outputFailed) {
        errno = 0;
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            g_outputFailed = true;
            g_outputErrno = errno;
        }
    }
    errno = 0;
    if (std::fclose(stdout) != 0 && !g_outputFailed) {
        g_outputFailed = true;
        g_outputErrno = errno;
    }
    if (!g_outputFailed)
        return code;
    errLine(QCoreApplication::translate("Console", "%1: standard output: the output could not be written: %2")
                .arg(QCoreApplication::applicationName(), outputError()));
    return failedCode;
}
