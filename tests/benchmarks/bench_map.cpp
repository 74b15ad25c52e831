// Benchmark of the landscape map (issue 3) on a generated register of 5 000 actors.
// Prints the figures that docs/benchmarks.md records:
//   the map built (layout) and painted in the Map tab, from the actor list to pixels;
//   the median time of a filter keystroke, each followed by a repaint;
//   the map's PDF (A3, title block, map and appendix) written to a file.
// Usage: bench_map [--actors N] [--png FILE]
#include "ActorRepository.h"
#include "Database.h"
#include "MapLayout.h"
#include "MapReport.h"
#include "MapView.h"
#include "Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const char *kMunicipalities[] = {"Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå",
                                 "Lekeberg", "Lindesberg", "Nora", "Örebro", "Eskilstuna", "Flen", "Gnesta",
                                 "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker"};
const char *kWords[] = {"Bygg", "Vård", "Teknik", "Transport", "Skog", "Lantbruk", "Mekaniska", "Elektro",
                        "Handel", "Logistik", "Omsorg", "Data", "Livsmedel", "Energi", "Plast", "Trä"};

ActorList generate(int n)
{
    QRandomGenerator rng(42);
    const QVector<ActorType> types = Classification::actorTypes();
    const QVector<GeoLevel> levels = Classification::geoLevels();
    ActorList out;
    for (int i = 0; i < n; ++i) {
        Actor a;
        const char *m = kMunicipalities[rng.bounded(int(std::size(kMunicipalities)))];
        a.name = QStringLiteral("%1 %2 %3 AB")
                     .arg(QString::fromUtf8(kWords[rng.bounded(int(std::size(kWords)))]), QString::fromUtf8(m))
                     .arg(i);
        a.type = types.at(rng.bounded(int(types.size())));
        a.level = levels.at(rng.bounded(int(levels.size())));
        a.municipality = QString::fromUtf8(m);
        a.areas = Areas(int(rng.bounded(8)));
        a.roles = ActorRoles(int(rng.bounded(8)));
        out.append(a);
    }
    return out;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("actors"), QStringLiteral("number of actors"), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("save the painted map to FILE"), QStringLiteral("FILE")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("actors")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.verkstan"));
    {
        auto db = Database::open(path, {Database::Mode::Create});
        if (!db || !ActorRepository(**db).addMany(generate(n))) {
            std::fprintf(stderr, "could not make the database\n");
            return 1;
        }
    }
    auto session = Session::open(path, Database::Mode::OpenExisting);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    while ((*session)->isLoadingActors())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("Verkstan map benchmark, %d actors\n", n);

    // Layout alone.
    QVector<double> layouts;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const MapLayout layout = MapLayout::build((*session)->actors()->allActors());
        layouts << ms(t);
    }
    std::printf("layout:           %.1f ms (median of 5)\n", median(layouts));

    // The Map tab made, laid out and painted (fitted to the window).
    QElapsedTimer t;
    t.start();
    MapView view(session->get());
    const double made = ms(t);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents(); // the window gets its size and paints
    const double shown = ms(t);
    view.canvas()->fitToWindow();
    QPixmap first = view.canvas()->viewport()->grab();
    const double built = ms(t);
    std::printf("  (tab made %.1f ms, window shown and painted %.1f ms, map grabbed %.1f ms)\n", made, shown - made,
                built - shown);
    std::printf("built + painted:  %.1f ms (Map tab made, map laid out, fitted and painted, %dx%d)\n", built,
                first.width(), first.height());
    if (parser.isSet(QStringLiteral("png")))
        first.save(parser.value(QStringLiteral("png")));
    // Painted again zoomed in, where the names show.
    view.canvas()->resetTransform();
    t.restart();
    view.canvas()->viewport()->grab();
    std::printf("repaint at 100%%:  %.1f ms\n", ms(t));
    view.canvas()->fitToWindow();

    // Filter keystrokes: type and delete, each key followed by a repaint.
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("mapFilter"));
    const QString typed = QStringLiteral("teknik örebro 12");
    QVector<double> keys;
    for (int i = 1; i <= typed.size(); ++i) {
        t.restart();
        filter->setText(typed.left(i));
        view.canvas()->viewport()->grab();
        keys << ms(t);
    }
    for (int i = typed.size() - 1; i >= 0; --i) {
        t.restart();
        filter->setText(typed.left(i));
        view.canvas()->viewport()->grab();
        keys << ms(t);
    }
    std::printf("filter keystroke: median %.1f ms, worst %.1f ms (%lld keys)\n", median(keys),
                *std::max_element(keys.cbegin(), keys.cend()), static_cast<long long>(keys.size()));

    // The PDF.
    t.restart();
    MapRevision current;
    current.actors = (*session)->actors()->allActors();
    MapReport report(current, 0, QStringLiteral("benchmark"), {});
    QString error;
    if (!report.exportPdf(dir.filePath(QStringLiteral("map.pdf")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("PDF:              %.1f ms (%d pages, A3)\n", ms(t), report.pageCount());
    return 0;
}
