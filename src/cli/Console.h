#pragma once

#include <QByteArray>
#include <QString>

// Standard output and standard error of the command-line tool, as UTF-8. Results go to
// standard output; messages for people go to standard error.
class Console
{
public:
    static void out(const QByteArray &bytes);
    static void outLine(const QString &line);
    static void errLine(const QString &line);
};
