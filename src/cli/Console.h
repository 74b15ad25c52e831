#pragma once

#include <QByteArray>
#include <QString>

// Standard output and standard error of the command-line tool, as UTF-8. Results go to
// standard output; messages for people go to standard error.
//
// A result that cannot be written (a full disk, /dev/full, a pipe whose reader has gone)
// is never lost in silence: out() returns false, the failure is remembered with its
// reason, and finish() reports it and turns the exit code into Cli::ExitOutputFailed.
class Console
{
public:
    // Call first in main(): a closed pipe then fails a write (EPIPE) instead of killing
    // the program with SIGPIPE before it can say anything.
    static void prepare();
    static bool out(const QByteArray &bytes);
    static bool outLine(const QString &line);
    static void errLine(const QString &line);

    // Whether a write to standard output has failed, and why (the system's words).
    static bool outputFailed();
    static QString outputError();
    // Flushes and closes standard output; on any failure says so on standard error and
    // returns failedCode, otherwise code.
    static int finish(int code, int failedCode);
};
