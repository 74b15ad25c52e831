#include "Console.h"

#include <cstdio>

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Console::outLine(const QString &line)
{
    write(stdout, (line + QLatin1Char('\n')).toUtf8());
}

void Console::errLine(const QString &line)
{
    write(stderr, (line + QLatin1Char('\n')).toUtf8());
}
