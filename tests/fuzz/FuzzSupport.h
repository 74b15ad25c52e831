#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the libFuzzer harnesses share: a QCoreApplication (Qt's SQL drivers are plugins
// and need one), a private folder for database files, and a check that stops the run
// the way a sanitizer does, so that a broken rule is saved as a crashing input.
namespace FuzzSupport {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "verkstan-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

// A folder of this process's own for database files.
inline QString workDir()
{
    static const QString dir = [] {
        const QString d = QDir::temp().filePath(QStringLiteral("verkstan-fuzz-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Stops the run (libFuzzer then saves the input) when a rule does not hold.
inline void require(bool condition, const char *rule, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz: broken rule: %s %s\n", rule, detail.toUtf8().constData());
    std::abort();
}

} // namespace FuzzSupport
