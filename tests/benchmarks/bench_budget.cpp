// Benchmark of the budget (issue 6): a budget of 50 lines x 10 years (40 cost lines,
// one in five computed from another, and 10 funders), in a real database, shown in the
// Budgets tab with its charts. Prints the figures that docs/benchmarks.md records:
//   edit: one amount typed into the grid -> saved (one undo step), the budget reloaded,
//         totals and checks recomputed, the three charts refilled and repainted;
//   recompute + redraw: the same without the database (model and charts only);
//   report: the budget report built (tables, checks, three charts as pictures) and
//         written as PDF.
// Usage: bench_budget [--edits N]
#include "ActorRepository.h"
#include "BudgetSheet.h"
#include "BudgetGridView.h"
#include "BudgetReport.h"
#include "BudgetRepository.h"
#include "BudgetsView.h"
#include "Database.h"
#include "Session.h"
#include "BudgetService.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QVector<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

qint64 makeBudget(const Database &db)
{
    QVector<qint64> funders;
    for (int i = 0; i < 10; ++i) {
        Actor a;
        a.name = QStringLiteral("Finansiär %1").arg(i + 1);
        a.type = ActorType::Region;
        a.level = GeoLevel::Regional;
        a.areas = Area::TrainingMatching;
        funders << ActorRepository(db).add(a).value();
    }
    Budget b = Budget::create(2024, 2033, QStringLiteral("Benchmark 2024–2033")).value();
    QVector<qint64> entered;
    Money costs[10];
    const QVector<CostCategory> categories = Budget::costCategories();
    for (int i = 0; i < 40; ++i) {
        CostLine line;
        line.category = categories.at(i % categories.size());
        line.name = QStringLiteral("Kostnad %1").arg(i + 1);
        if (i % 5 == 4) {
            line.computation = LineComputation{entered.at(i / 5), 1500, Money::Rounding::ToKronor};
        } else {
            for (int y = 0; y < 10; ++y)
                line.amounts.insert(2024 + y, Money::fromKronor(10000 + 1000 * i + 100 * y));
        }
        const qint64 id = b.addCostLine(line).value();
        if (!line.computation)
            entered << id;
    }
    for (int y = 0; y < 10; ++y)
        costs[y] = b.costTotal(2024 + y);
    for (int f = 0; f < 10; ++f) {
        FinancingLine line;
        line.funderActorId = funders.at(f);
        line.funderName = QStringLiteral("Finansiär %1").arg(f + 1);
        line.kind = f < 7 ? FunderKind::Public : FunderKind::Private;
        for (int y = 0; y < 10; ++y) // the last funder takes what the others leave
            line.amounts.insert(2024 + y, f < 9 ? costs[y].scaled(1, 10, Money::Rounding::ToKronor)
                                                : costs[y] - costs[y].scaled(1, 10, Money::Rounding::ToKronor) * 9);
        (void)b.addFinancingLine(line).value();
    }
    FunderCap cap;
    cap.funderActorId = funders.first();
    cap.maxBasisPoints = 5000;
    (void)b.setFunderCap(cap);
    return BudgetRepository(db).add(QString(), b).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Number of edits to time."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.process(app);
    const int edits = qMax(3, parser.value(QStringLiteral("edits")).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.verkstan"));
    qint64 id = 0;
    {
        auto db = Database::open(path, {Database::Mode::Create});
        id = makeBudget(**db);
    }
    auto session = Session::open(path, Database::Mode::OpenExisting).value();
    BudgetsView view(session.get());
    view.resize(1400, 1000);
    view.show();
    QApplication::processEvents();
    view.selectBudget(id);
    BudgetSheet *model = view.gridModel();
    const Budget &budget = model->budget();
    std::printf("Verkstan budget benchmark: %d cost lines, %d financing lines, %d years\n",
                int(budget.costLines().size()), int(budget.financingLines().size()), budget.yearCount());

    auto repaintCharts = [&] {
        for (QChartView *c : view.chartViews())
            c->viewport()->repaint();
        view.grid()->viewport()->repaint();
    };
    repaintCharts();

    // An edit as the person makes it: through the model's setData, saved, reloaded, redrawn.
    const int firstCost = 1; // under the heading
    QVector<double> editMs;
    for (int i = 0; i < edits; ++i) {
        const QModelIndex cell = model->index(firstCost + (i % 8), 1 + (i % 10));
        QElapsedTimer t;
        t.start();
        if (!model->setData(cell, QString::number(20000 + i))) {
            std::fprintf(stderr, "edit %d refused\n", i);
            return 1;
        }
        repaintCharts();
        editMs << t.nsecsElapsed() / 1e6;
    }

    // Recompute and redraw alone: the model given the edited budget, charts refilled and painted.
    QVector<double> redrawMs;
    auto state = session->budgetService().load(id).value();
    for (int i = 0; i < edits; ++i) {
        Budget b = state.budget;
        (void)b.setAmount(b.costLines().first().id, 2024 + i % 10, Money::fromKronor(30000 + i));
        QElapsedTimer t;
        t.start();
        model->setBudget(b, state.outcome);
        repaintCharts();
        redrawMs << t.nsecsElapsed() / 1e6;
    }

    QVector<double> reportMs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const BudgetReport report(state.budget, state.outcome, QStringLiteral("benchmark"));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        if (!report.exportPdf(pdf)) {
            std::fprintf(stderr, "the report could not be written\n");
            return 1;
        }
        reportMs << t.nsecsElapsed() / 1e6;
        if (i == 0)
            std::printf("report pages:  %d\n", report.pageCount());
    }

    std::printf("edit:          median %.1f ms, worst %.1f ms over %d edits (save, undo step, reload, "
                "recompute, 3 charts redrawn; target <= 50)\n",
                median(editMs), worst(editMs), int(editMs.size()));
    std::printf("recompute:     median %.1f ms, worst %.1f ms (model and 3 charts only)\n", median(redrawMs),
                worst(redrawMs));
    std::printf("report:        median %.0f ms, worst %.0f ms of 3 (build, 3 charts as pictures, PDF; target <= 1000)\n",
                median(reportMs), worst(reportMs));
    return 0;
}
