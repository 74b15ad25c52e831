#include "BudgetCharts.h"

#include "BudgetSheet.h"
#include "Money.h"
#include "ReportDocument.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace {

// Calm colours that print well in colour and in grey.
const QColor kPalette[] = {QColor(0x1F, 0x4E, 0x79), QColor(0x2E, 0x86, 0xAB), QColor(0x8C, 0xB3, 0x69),
                           QColor(0xF4, 0xA2, 0x59), QColor(0xBC, 0x4B, 0x51), QColor(0x6D, 0x59, 0x7A),
                           QColor(0x5B, 0x8E, 0x7D), QColor(0xA3, 0x9F, 0x9B)};

QColor colour(int i)
{
    return kPalette[i % int(sizeof kPalette / sizeof kPalette[0])];
}

double kr(Money m)
{
    return double(m.ore()) / 100.0;
}

// A value axis from 0 to a round maximum, labels as "200 000 kr".
QValueAxis *amountAxis(double maximum)
{
    auto *axis = new QValueAxis;
    double step = 1;
    while (maximum / step > 10)
        step *= 10;
    if (maximum / step <= 2)
        step /= 5;
    else if (maximum / step <= 5)
        step /= 2;
    const double top = step * std::ceil(qMax(maximum, 1.0) / step);
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f kr"));
    axis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    return axis;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        chart->removeAxis(a);
        delete a;
    }
}

// The bar sets a chart's figures go into, one list of values each, and their names.
struct BarFigures
{
    QStringList names;
    QVector<QVector<double>> values;
    double maximum = 0;
};

BarFigures barFigures(BudgetCharts::Kind kind, const BudgetSheet &model)
{
    BarFigures out;
    const QVector<int> years = model.years();
    if (kind == BudgetCharts::Kind::CostsPerYear) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowKind(row) != BudgetSheet::RowKind::Cost)
                continue;
            out.names << model.rowLabel(row);
            QVector<double> v;
            for (int year : years)
                v << kr(model.value(row, year));
            out.values << v;
        }
        for (int year : years)
            out.maximum = qMax(out.maximum, kr(model.value(model.costTotalRow(), year)));
    } else {
        const int row = model.costTotalRow();
        QVector<double> budget, outcome;
        for (int year : years) {
            budget << kr(model.value(row, year));
            outcome << kr(model.value(row, year, true));
            out.maximum = qMax(out.maximum, qMax(budget.last(), outcome.last()));
        }
        out.names << BudgetCharts::tr("Budget") << BudgetCharts::tr("Outcome");
        out.values << budget << outcome;
    }
    return out;
}

// After an edit the chart usually has the same sets over the same years: only the values
// change, which Qt Charts redraws far faster than new series.
bool updateBars(QChart *chart, BudgetCharts::Kind kind, const BudgetSheet &model)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    auto *x = series ? qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)) : nullptr;
    auto *y = series ? qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)) : nullptr;
    if (!series || !x || !y)
        return false;
    QStringList categories;
    for (int year : model.years())
        categories << QString::number(year);
    if (x->categories() != categories)
        return false;
    const BarFigures figures = barFigures(kind, model);
    const QList<QBarSet *> sets = series->barSets();
    if (sets.size() != figures.names.size())
        return false;
    for (int i = 0; i < sets.size(); ++i)
        if (sets.at(i)->label() != figures.names.at(i) || sets.at(i)->count() != categories.size())
            return false;
    for (int i = 0; i < sets.size(); ++i)
        for (int c = 0; c < categories.size(); ++c)
            if (sets.at(i)->at(c) != figures.values.at(i).at(c))
                sets.at(i)->replace(c, figures.values.at(i).at(c));
    QValueAxis *fresh = amountAxis(figures.maximum);
    if (fresh->max() != y->max()) {
        y->setRange(0, fresh->max());
        y->setTickCount(fresh->tickCount());
    }
    delete fresh;
    return true;
}

} // namespace

QString BudgetCharts::kronor(double value)
{
    return Money::fromOre(qint64(std::llround(value * 100))).toDisplayString();
}

QChart *BudgetCharts::make(Kind kind, const BudgetSheet &model)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(ReportDocument::reportLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    fill(chart, kind, model);
    return chart;
}

void BudgetCharts::fill(QChart *chart, Kind kind, const BudgetSheet &model)
{
    if (kind != Kind::FinancingShares && updateBars(chart, kind, model))
        return;
    clear(chart);
    const QVector<int> years = model.years();
    QStringList categories;
    for (int year : years)
        categories << QString::number(year);
    const QString span = years.isEmpty() ? QString() : QStringLiteral("%1–%2").arg(years.first()).arg(years.last());

    switch (kind) {
    case Kind::CostsPerYear: {
        chart->setTitle(tr("Booked costs per year, by category"));
        auto *series = new QStackedBarSeries;
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowKind(row) != BudgetSheet::RowKind::Cost)
                continue;
            auto *set = new QBarSet(model.rowLabel(row));
            set->setColor(colour(n++));
            set->setBorderColor(Qt::white);
            for (int year : years)
                set->append(kr(model.value(row, year)));
            series->append(set);
        }
        double maximum = 0;
        const int totalRow = model.costTotalRow();
        for (int year : years)
            maximum = qMax(maximum, kr(model.value(totalRow, year)));
        series->setBarWidth(0.6);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QValueAxis *y = amountAxis(maximum);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->legend()->setAlignment(Qt::AlignBottom);
        break;
    }
    case Kind::FinancingShares: {
        chart->setTitle(tr("Financing by funder, %1").arg(span));
        auto *series = new QPieSeries;
        const Money total = model.value(model.financingTotalRow(), 0);
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowKind(row) != BudgetSheet::RowKind::Financing)
                continue;
            const Money amount = model.value(row, 0);
            const int share = total.isZero() ? 0 : int(MoneyMath::mulDivRound(amount.ore(), 1000, total.ore(), 1));
            const QString percent = ReportDocument::reportLocale().toString(share / 10.0, 'f', 1) + QStringLiteral("\u00A0%");
            auto *slice = new QPieSlice(model.rowLabel(row), kr(amount));
            slice->setColor(colour(n++));
            slice->setBorderColor(Qt::white);
            // The legend names the funder; the slice says its share.
            slice->setProperty("shareText", percent);
            series->append(slice);
        }
        series->setPieSize(0.62);
        chart->addSeries(series);
        // Slice labels once the series is in the chart (the legend takes the slice's label first).
        QStringList funders;
        for (QPieSlice *slice : series->slices()) {
            funders << slice->label();
            slice->setLabel(slice->property("shareText").toString());
            slice->setLabelVisible(true);
            slice->setLabelPosition(QPieSlice::LabelOutside);
        }
        const QList<QLegendMarker *> markers = chart->legend()->markers(series);
        for (int i = 0; i < markers.size() && i < funders.size(); ++i)
            markers.at(i)->setLabel(funders.at(i));
        chart->legend()->setAlignment(Qt::AlignBottom);
        break;
    }
    case Kind::BudgetAgainstOutcome: {
        chart->setTitle(tr("Booked costs: budget against outcome"));
        auto *series = new QBarSeries;
        auto *budget = new QBarSet(tr("Budget"));
        auto *outcome = new QBarSet(tr("Outcome"));
        budget->setColor(colour(0));
        outcome->setColor(colour(3));
        const int row = model.costTotalRow();
        double maximum = 0;
        for (int i = 0; i < years.size(); ++i) {
            const Money b = model.value(row, years.at(i));
            const Money o = model.value(row, years.at(i), true);
            budget->append(kr(b));
            outcome->append(kr(o));
            maximum = qMax(maximum, qMax(kr(b), kr(o)));
        }
        series->append(budget);
        series->append(outcome);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QValueAxis *y = amountAxis(maximum);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->legend()->setAlignment(Qt::AlignBottom);
        break;
    }
    }
    chart->legend()->setVisible(true);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(QFont().pointSizeF() * 0.9);
    chart->legend()->setFont(legend);
}

QImage BudgetCharts::render(Kind kind, const BudgetSheet &model, const QSize &size, qreal scale)
{
    QGraphicsScene scene;
    QChart *chart = make(kind, model);
    chart->setBackgroundBrush(Qt::white);
    chart->setPlotAreaBackgroundVisible(false);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(chart->geometry());
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), scene.sceneRect());
    painter.end();
    return image;
}
