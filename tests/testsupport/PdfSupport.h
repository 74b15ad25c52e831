#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QtTest>

// Reading PDFs the way a person's tools do: poppler's pdftotext and pdfinfo. A test
// that reads a PDF starts with VERKSTAN_REQUIRE_TOOL("pdftotext"). A PDF that pdftotext
// cannot read (a non-zero exit: what a corrupt PDF gives) is a test failure, recorded
// here with poppler's message; the text is then empty.
namespace PdfSupport {

inline QString run(const char *program, const QStringList &args, const QString &pdf)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(program));
    if (path.isEmpty()) {
        QTest::qFail(qPrintable(TestSupport::checkTool(QStringLiteral("pdftotext")).message), __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 could not read %2 (exit %3): %4")
                                    .arg(QString::fromLatin1(program), pdf)
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF as `pdftotext -layout` reads it (pages separated by form feeds),
// or, without layout, in reading order (a wrapped cell comes out in one piece).
inline QString text(const QString &pdf, bool layout = true)
{
    QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    return run("pdftotext", args, pdf);
}

// The text of one page (from 1), with layout.
inline QString pageText(const QString &pdf, int page)
{
    return run("pdftotext",
               {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")},
               pdf);
}

// pdfinfo's report (Pages:, Page size:, ...).
inline QString info(const QString &pdf)
{
    return run("pdfinfo", {pdf}, pdf);
}

} // namespace PdfSupport
