// Benchmark of the annual wheels (issue 4). Prints the figures that docs/benchmarks.md
// records: the regional overview of N forums with 4 meetings each painted in a
// WheelWidget (median of repeated paints; target <= 16 ms at 50 forums), and the
// wheel PDF of one forum written with WheelReport (median; target <= 1 s).
// Usage: bench_wheel [--forums N] [--runs R]
#include "AnnualWheel.h"
#include "Meeting.h"
#include "WheelPictures.h"
#include "WheelReport.h"
#include "WheelWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QVector<AnnualWheel> makeWheels(int forums, int year)
{
    const auto seed = Wheels::builtInTemplate(QStringLiteral("seed"));
    QVector<AnnualWheel> out;
    for (int f = 0; f < forums; ++f) {
        AnnualWheel w = Wheels::fromTemplate(*Wheels::builtInTemplate(QStringLiteral("four_forums")), f + 1, year);
        w.id = f + 1;
        w.bodyName = QStringLiteral("Branschforum %1").arg(f + 1);
        for (int i = 0; i < w.slotList.size(); ++i) {
            w.slotList[i].id = f * 10 + i + 1;
            w.slotList[i].date = w.slotList[i].date.addDays(f % 5); // spread over the week
        }
        out.append(w);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("forums"), QStringLiteral("forums in the overview"), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("R"), QStringLiteral("30")});
    parser.process(app);
    const int forums = parser.value(QStringLiteral("forums")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int year = 2026;

    const QVector<AnnualWheel> wheels = makeWheels(forums, year);
    // Forums five apart meet on the same days and share a member: clashes to find and draw.
    QHash<qint64, QSet<QString>> members;
    for (int f = 0; f < forums; ++f)
        members[f + 1] = {QStringLiteral("Person %1").arg(f), QStringLiteral("Person %1").arg(f + 5)};
    QElapsedTimer timer;
    timer.start();
    const QVector<MeetingClash> clashes = WheelPictures::clashes(wheels, members);
    const double clashMs = timer.nsecsElapsed() / 1e6;
    QHash<qint64, int> areas;
    const WheelPicture picture = WheelPictures::overview(wheels, clashes, areas, year, QDate(year, 6, 15));

    WheelWidget widget;
    widget.resize(900, 900);
    widget.setPicture(picture);
    QImage target(widget.size(), QImage::Format_ARGB32_Premultiplied);
    QVector<double> paints;
    for (int i = 0; i < runs + 3; ++i) {
        timer.restart();
        widget.render(&target);
        if (i >= 3) // warm-up: fonts and glyph caches
            paints.append(timer.nsecsElapsed() / 1e6);
    }
    int markers = 0;
    for (const WheelRing &r : picture.rings)
        markers += int(r.markers.size());

    QTemporaryDir dir;
    QVector<double> pdfs;
    const QString path = dir.filePath(QStringLiteral("wheel.pdf"));
    int pages = 0;
    for (int i = 0; i < qMin(runs, 10); ++i) {
        timer.restart();
        const WheelReport report(wheels.first(), {}, QDate(year, 6, 15));
        if (!report.exportPdf(path)) {
            std::fprintf(stderr, "bench_wheel: the PDF could not be written\n");
            return 1;
        }
        pages = report.pageCount();
        pdfs.append(timer.nsecsElapsed() / 1e6);
    }

    std::printf("Verkstan annual wheel benchmark, %d forums x 4 meetings (%d markers, %d clashes)\n", forums, markers,
                int(clashes.size()));
    std::printf("clash check:   %.2f ms\n", clashMs);
    std::printf("overview paint: median %.2f ms, worst %.2f ms over %d paints of 900x900 px (target <= 16)\n",
                median(paints), *std::max_element(paints.cbegin(), paints.cend()), int(paints.size()));
    std::printf("wheel PDF:     median %.0f ms over %d runs, %d pages (target <= 1000)\n", median(pdfs),
                int(pdfs.size()), pages);
    return 0;
}
