// Test driver for tst_crashsafety: makes final, one after another, every set of minutes
// of the database that is out for adjustment, as the Minutes tab does when the last
// signatory has adjusted (MinutesRepository::finalize: one transaction each, sealed).
// The test kills it at random points. Usage: verkstan_test_finalize DATABASE
// Exit 0 when all are final, 1 on a refusal (printed), 2 on bad usage.
#include "Database.h"
#include "MinutesRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: verkstan_test_finalize DATABASE\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const MinutesRepository repo(**db);
    const auto list = repo.list();
    if (!list) {
        std::fprintf(stderr, "%s\n", qPrintable(list.errorMessage()));
        return 1;
    }
    int done = 0;
    for (const MinutesSummary &s : *list) {
        auto m = repo.load(s.id);
        if (!m) {
            std::fprintf(stderr, "%s\n", qPrintable(m.errorMessage()));
            return 1;
        }
        if (m->state != MinutesState::ForAdjustment)
            continue;
        Minutes minutes = *m;
        minutes.state = MinutesState::Final;
        minutes.adjustedOn = QDate(2026, 12, 1);
        if (Status st = repo.finalize(minutes); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
            return 1;
        }
        ++done;
    }
    std::printf("%d final\n", done);
    return 0;
}
