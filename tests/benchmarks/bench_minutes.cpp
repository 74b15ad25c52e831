// Benchmark of minutes (issue 5), run by hand (see docs/benchmarks.md):
//   bench_minutes [--sets N] [--runs R]
// - minutes of 100 items to PDF (target <= 1 s);
// - full-text search over N sets of minutes (default 10 000, 14 items each), one
//   search per keystroke as a person types words and prefixes (target <= 100 ms).
#include "BodyRepository.h"
#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesJson.h"
#include "MinutesReport.h"
#include "MinutesRepository.h"
#include "MinutesWorkflow.h"
#include "WriteTransaction.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

Minutes seed()
{
    QFile file(QStringLiteral(":/demo/minutes.json"));
    file.open(QIODevice::ReadOnly);
    return MinutesJson::read(file.readAll(), file.fileName())->first().draft;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption setsOption(QStringLiteral("sets"), QStringLiteral("sets of minutes to search"),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("R"),
                                        QStringLiteral("5"));
    parser.addOption(setsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int sets = std::max(1, parser.value(setsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir dir;

    // 1. Minutes of 100 items to PDF: seed 004's items over and over, with assignments.
    Minutes big = seed();
    const QVector<MinutesItem> items = big.items;
    big.items.clear();
    for (int i = 0; i < 100; ++i) {
        MinutesItem item = items.at(i % items.size());
        if (i % 5 == 0)
            item.assignments.append({0, 0, QStringLiteral("Ewa Lindberg"), QStringLiteral("följa upp frågan"),
                                     QDate(2018, 11, 23), AssignmentStatus::Open});
        big.items.append(item);
    }
    MinutesWorkflow::renumber(big, 1);
    QVector<double> pdfMs;
    int pages = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        MinutesReport report(big);
        if (!report.exportPdf(dir.filePath(QStringLiteral("m100.pdf")))) {
            std::fprintf(stderr, "the PDF was not written\n");
            return 1;
        }
        pdfMs << t.nsecsElapsed() / 1e6;
        pages = report.pageCount();
    }
    std::printf("minutes of 100 items to PDF: median %.0f ms over %d runs, %d pages (target <= 1000)\n", median(pdfMs),
                runs, pages);

    // 2. Search over many sets of minutes.
    auto opened = Database::open(dir.filePath(QStringLiteral("search.sqlite")), {Database::Mode::Create});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    const Database &db = *opened.value();
    Body body;
    body.name = QStringLiteral("Specifikt samverkansråd");
    const qint64 bodyId = BodyRepository(db).add(body).value();
    const Minutes template_ = seed();
    QElapsedTimer fill;
    fill.start();
    {
        WriteTransaction tx(db);
        if (!tx.begin())
            return 1;
        for (int n = 0; n < sets; ++n) {
            Meeting meeting;
            meeting.bodyId = bodyId;
            meeting.title = QStringLiteral("Möte %1").arg(n + 1);
            meeting.date = QDate(2000, 1, 1).addDays(n);
            Minutes m = template_;
            m.bodyId = bodyId;
            m.date = meeting.date;
            m.meetingId = MeetingRepository(db).add(meeting).value();
            // Each set a little different, so that words are not all in every set.
            m.items[3].discussion += QStringLiteral(" Ärende %1 om kompetensförsörjning i län %2.").arg(n).arg(n % 21);
            if (n % 50 == 0)
                m.items[4].discussion += QStringLiteral(" Särskild satsning på yrkeshögskolan i Östersund.");
            if (!MinutesRepository(db).add(m)) {
                std::fprintf(stderr, "could not write set %d\n", n);
                return 1;
            }
        }
        if (!tx.commit())
            return 1;
    }
    std::printf("search database: %d sets of minutes, %lld items, written in %.1f s\n", sets,
                static_cast<long long>(sets) * template_.items.size(), fill.elapsed() / 1000.0);

    const QStringList typed = {QStringLiteral("särskild satsning östersund"), QStringLiteral("kompetensförsörjning län 7"),
                               QStringLiteral("yrkesmässa conventum"), QStringLiteral("ångman")};
    QVector<double> keys;
    qsizetype found = 0;
    const MinutesRepository repository(db);
    for (int r = 0; r < runs; ++r) {
        for (const QString &phrase : typed) {
            for (qsizetype k = 1; k <= phrase.size(); ++k) {
                QElapsedTimer t;
                t.start();
                auto hits = repository.search(phrase.left(k), 50);
                keys << t.nsecsElapsed() / 1e6;
                if (!hits) {
                    std::fprintf(stderr, "%s\n", qPrintable(hits.errorMessage()));
                    return 1;
                }
                found += hits->size();
            }
        }
    }
    std::printf("search keystroke: median %.1f ms, worst %.1f ms over %lld keystrokes, 50 hits shown at most "
                "(target <= 100)\n",
                median(keys), *std::max_element(keys.begin(), keys.end()), static_cast<long long>(keys.size()));
    return found > 0 ? 0 : 1;
}
