#pragma once

#include "ActorCsv.h"
#include "Budget.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

// A budget as CSV (docs/csv-format.md, "Budgets"), written by `export budget` and read
// back by `import budget` and the Budgets tab. The amounts come first so that the file
// reads like seed 002's table in a spreadsheet; the columns after "total" say what a
// line is:
//   side;name;2023;2024;2025;total;category;kind;status;computed_from;rate;rounding
//   budget;Yrkeshögskolesamverkan i Örebro län 2023–2025;;;;;;;;;;
//   cost;Own staff;339300;346086;353008;1038394;own-staff;;;;;
//   cost;Indirect costs;50895;51913;52951;155759;indirect-costs;;;Own staff;15 %;kronor
//   financing;Region Örebro län;270096;274000;277980;822076;;public;applied;;;
//   cap;Region Örebro län;;;;822076;overall;;;;50 %;
//   cost_total;Total booked costs;540195;547999;555959;1644153;;;;;;
//   financing_total;Total financing;540195;547999;555959;1644153;;;;;;
// A cap row gives the funder's largest amount under "total", the rate under "rate" and
// its scope (overall or per-year) under "category". The total rows are checked on import.
class BudgetCsv
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCsv)
public:
    // The actor id of a funder named in the file, or nothing with *reason saying why.
    using FunderLookup = std::function<std::optional<qint64>(const QString &name, QString *reason)>;

    struct Parsed
    {
        Budget budget;               // valid when problems is empty
        QVector<CsvProblem> problems; // "line N: column: reason", in file order
        int rowCount = 0;
    };

    static QByteArray write(const Budget &budget);
    // Error only when the bytes are not CSV at all; every bad field is a problem.
    static Result<Parsed> parse(const QByteArray &bytes, const FunderLookup &funder);
    // "15 %", "15%", "12,5 %" -> basis points.
    static std::optional<int> parseRate(const QString &text);
};
