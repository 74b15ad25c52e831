#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

// Reading PDFs the way a person's tools do: poppler's pdftotext and pdfinfo.
namespace PdfSupport {

inline QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

inline bool available()
{
    return !tool("pdftotext").isEmpty() && !tool("pdfinfo").isEmpty();
}

// The text of a PDF as `pdftotext -layout` reads it (pages separated by form feeds),
// or, without layout, in reading order (a wrapped cell comes out in one piece).
inline QString text(const QString &pdf, bool layout = true)
{
    QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    QProcess p;
    p.start(tool("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString info(const QString &pdf)
{
    QProcess p;
    p.start(tool("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace PdfSupport
