#include "BudgetCsv.h"

#include "CsvReader.h"

#include <QHash>

#include <algorithm>

namespace {

const QLatin1String kSide("side"), kName("name"), kTotal("total"), kCategory("category"), kKind("kind"),
    kStatus("status"), kComputedFrom("computed_from"), kRate("rate"), kRounding("rounding");

QStringList amountsRow(const QString &side, const QString &name, const QVector<Money> &perYear, const QString &total)
{
    QStringList row{side, name};
    for (const Money &m : perYear)
        row << m.toPlainString();
    row << total;
    return row;
}

bool isYearHeading(const QString &h)
{
    if (h.size() != 4)
        return false;
    for (QChar c : h)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

std::optional<int> BudgetCsv::parseRate(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    const int point = t.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? t : t.left(point);
    const QString decimals = point < 0 ? QString() : t.mid(point + 1);
    if (whole.isEmpty() || decimals.size() > 2)
        return std::nullopt;
    for (QChar c : whole + decimals)
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    // At most 100 %: three digits before the point, checked before multiplying (a long
    // number overflowed the int).
    if (whole.size() > 3)
        return std::nullopt;
    const int bp = whole.toInt() * 100 + decimals.leftJustified(2, QLatin1Char('0')).toInt();
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QByteArray BudgetCsv::write(const Budget &budget)
{
    QStringList header{kSide, kName};
    const QVector<int> years = budget.years();
    for (int year : years)
        header << QString::number(year);
    header << kTotal << kCategory << kKind << kStatus << kComputedFrom << kRate << kRounding;
    auto padded = [&](QStringList row, const QStringList &tail) {
        row << tail;
        while (row.size() < header.size())
            row << QString();
        return row;
    };

    QVector<QStringList> rows;
    rows << padded({QStringLiteral("budget"), budget.name()}, {});
    auto perYear = [&](qint64 id) {
        QVector<Money> out;
        for (int year : years)
            out << budget.amount(id, year);
        return out;
    };
    for (const CostLine &l : budget.costLines()) {
        QStringList tail{Budget::key(l.category), QString(), QString()};
        if (l.computation)
            tail << budget.lineName(l.computation->sourceLineId) << Money::percentText(l.computation->basisPoints)
                 << (l.computation->rounding == Money::Rounding::ToOre ? QStringLiteral("ore") : QStringLiteral("kronor"));
        rows << padded(amountsRow(QStringLiteral("cost"), budget.lineName(l.id), perYear(l.id),
                                  budget.lineTotal(l.id).toPlainString()),
                       tail);
    }
    for (const FinancingLine &l : budget.financingLines())
        rows << padded(amountsRow(QStringLiteral("financing"), budget.lineName(l.id), perYear(l.id),
                                  budget.lineTotal(l.id).toPlainString()),
                       {QString(), Budget::key(l.kind), Budget::key(l.status)});
    for (const FunderCap &c : budget.funderCaps()) {
        QString funder;
        for (const FinancingLine &l : budget.financingLines())
            if (l.funderActorId == c.funderActorId)
                funder = l.funderName;
        if (funder.isEmpty())
            continue; // a cap on a funder without a line has nobody to name
        rows << padded(amountsRow(QStringLiteral("cap"), funder, QVector<Money>(years.size()),
                                  c.maxAmount ? c.maxAmount->toPlainString() : QString()),
                       {c.scope == FunderCap::Scope::PerYear ? QStringLiteral("per-year") : QStringLiteral("overall"),
                        QString(), QString(), QString(),
                        c.maxBasisPoints ? Money::percentText(*c.maxBasisPoints) : QString()});
        // An empty amount per year reads better than 0 for a cap.
        for (int i = 0; i < years.size(); ++i)
            rows.last()[2 + i].clear();
    }
    rows << padded(amountsRow(QStringLiteral("cost_total"), tr("Total booked costs"), budget.costTotalsPerYear(),
                              budget.costTotal().toPlainString()),
                   {});
    rows << padded(amountsRow(QStringLiteral("financing_total"), tr("Total financing"),
                              budget.financingTotalsPerYear(), budget.financingTotal().toPlainString()),
                   {});
    return CsvWriter::write(header, rows);
}

Result<BudgetCsv::Parsed> BudgetCsv::parse(const QByteArray &bytes, const FunderLookup &funder)
{
    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    Parsed out;
    out.rowCount = int(table->rows.size());
    auto problem = [&](int line, const QString &column, const QString &reason) {
        out.problems.append(CsvProblem{line, column, reason});
    };

    // The header: side, name, the years (consecutive), then any of the known columns.
    const QStringList &header = table->header;
    const int headerLine = table->headerLine;
    QHash<QString, int> column;
    QVector<int> years;
    QVector<int> yearColumn;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        if (isYearHeading(h)) {
            const int year = h.toInt();
            if (year < Budget::kMinYear || year > Budget::kMaxYear)
                problem(headerLine, h, tr("a budget year must be between %1 and %2")
                                           .arg(QString::number(Budget::kMinYear), QString::number(Budget::kMaxYear)));
            else if (!years.isEmpty() && year != years.last() + 1)
                problem(headerLine, h, tr("the years must follow one another; %1 comes after %2")
                                           .arg(QString::number(year), QString::number(years.last())));
            years << year;
            yearColumn << i;
        } else if (!h.isEmpty()) {
            column.insert(h.toLower(), i);
        }
    }
    for (const QLatin1String required : {kSide, kName})
        if (!column.contains(required))
            problem(headerLine, required, tr("the header has no column \"%1\"").arg(required));
    if (years.isEmpty())
        problem(headerLine, QString(), tr("the header has no year columns (such as 2023;2024;2025)"));
    if (!out.problems.isEmpty())
        return out;
    auto created = Budget::create(years.first(), years.last());
    if (!created) {
        problem(headerLine, QString::number(years.last()), created.errorMessage());
        return out;
    }
    Budget budget = std::move(created).value();

    struct Pending
    {
        int line;
        qint64 id;
        QString source;
        QString rateText;
        QString rounding;
        QVector<std::optional<Money>> given;
    };
    QVector<Pending> computed;
    QVector<CostLine> pendingLines; // parallel to computed
    struct TotalRow
    {
        int line;
        bool costs;
        QVector<std::optional<Money>> given;
    };
    QVector<TotalRow> totals;
    QHash<QString, qint64> costByName;
    QHash<qint64, QString> funderNames;

    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        const int line = table->lines.at(r);
        auto field = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        const QString side = field(kSide).toLower();
        const QString name = field(kName);
        // The amounts of the row; a bad one is a problem and counts as missing.
        auto amounts = [&](bool required) {
            QVector<std::optional<Money>> values;
            for (int y = 0; y < years.size(); ++y) {
                const int i = yearColumn.at(y);
                const QString text = i < row.size() ? row.at(i).trimmed() : QString();
                const QString col = QString::number(years.at(y));
                if (text.isEmpty()) {
                    values << (required ? std::optional<Money>(Money()) : std::nullopt);
                    continue;
                }
                auto m = Money::parse(text);
                if (!m) {
                    problem(line, col, m.errorMessage());
                    values << std::nullopt;
                } else if (m->isNegative()) {
                    problem(line, col, tr("%1 is negative; budget amounts are 0 or more").arg(text));
                    values << std::nullopt;
                } else {
                    values << *m;
                }
            }
            return values;
        };

        if (side == QLatin1String("budget")) {
            if (name.isEmpty())
                problem(line, kName, tr("the budget needs a name"));
            budget.setName(name);
        } else if (side == QLatin1String("cost")) {
            const QString key = field(kCategory);
            const auto category = key.isEmpty() ? std::optional<CostCategory>(CostCategory::Other)
                                                : Budget::costCategoryFromKey(key);
            if (!category) {
                QStringList keys;
                for (CostCategory c : Budget::costCategories())
                    keys << Budget::key(c);
                problem(line, kCategory, tr("unknown category \"%1\"; use one of %2").arg(key, keys.join(QStringLiteral(", "))));
                continue;
            }
            if (name.isEmpty() && *category == CostCategory::Other) {
                problem(line, kName, tr("a cost line of category other needs a name"));
                continue;
            }
            CostLine l;
            l.category = *category;
            l.name = name == Budget::label(*category) ? QString() : name;
            const QString source = field(kComputedFrom);
            const QVector<std::optional<Money>> values = amounts(source.isEmpty());
            if (source.isEmpty()) {
                for (int y = 0; y < years.size(); ++y)
                    if (values.at(y) && !values.at(y)->isZero())
                        l.amounts.insert(years.at(y), *values.at(y));
                auto id = budget.addCostLine(l);
                if (!id) {
                    problem(line, QString(), id.errorMessage());
                    continue;
                }
                costByName.insert((name.isEmpty() ? Budget::label(*category) : name).toCaseFolded(), *id);
            } else {
                computed.append({line, 0, source, field(kRate), field(kRounding), values});
                // Added once every entered line is known: the source may come later.
                costByName.insert((name.isEmpty() ? Budget::label(*category) : name).toCaseFolded(), 0);
                // Keep the line itself until then.
                l.id = 0;
                pendingLines.append(l);
            }
        } else if (side == QLatin1String("financing") || side == QLatin1String("cap")) {
            if (name.isEmpty()) {
                problem(line, kName, tr("name the funder as in the actor register"));
                continue;
            }
            QString reason;
            const std::optional<qint64> actor = funder(name, &reason);
            if (!actor) {
                problem(line, kName, reason);
                amounts(false); // still report bad amounts of the row
                continue;
            }
            if (side == QLatin1String("financing")) {
                FinancingLine f;
                f.funderActorId = *actor;
                f.funderName = name;
                const QString kind = field(kKind).toLower();
                const QString status = field(kStatus).toLower();
                const auto k = kind.isEmpty() ? std::optional<FunderKind>(FunderKind::Public) : Budget::funderKindFromKey(kind);
                const auto s = status.isEmpty() ? std::optional<FundingStatus>(FundingStatus::Applied)
                                                : Budget::fundingStatusFromKey(status);
                if (!k)
                    problem(line, kKind, tr("unknown kind \"%1\"; use public or private").arg(kind));
                if (!s)
                    problem(line, kStatus, tr("unknown status \"%1\"; use confirmed, applied or in-kind").arg(status));
                const QVector<std::optional<Money>> values = amounts(true);
                if (!k || !s)
                    continue;
                f.kind = *k;
                f.status = *s;
                for (int y = 0; y < years.size(); ++y)
                    if (values.at(y) && !values.at(y)->isZero())
                        f.amounts.insert(years.at(y), *values.at(y));
                if (auto id = budget.addFinancingLine(f); !id)
                    problem(line, QString(), id.errorMessage());
                funderNames.insert(*actor, name);
            } else {
                FunderCap cap;
                cap.funderActorId = *actor;
                const QString scope = field(kCategory).toLower();
                if (scope == QLatin1String("per-year"))
                    cap.scope = FunderCap::Scope::PerYear;
                else if (!scope.isEmpty() && scope != QLatin1String("overall")) {
                    problem(line, kCategory, tr("unknown cap scope \"%1\"; use overall or per-year").arg(scope));
                    continue;
                }
                const QString rate = field(kRate);
                if (!rate.isEmpty()) {
                    cap.maxBasisPoints = parseRate(rate);
                    if (!cap.maxBasisPoints) {
                        problem(line, kRate, tr("\"%1\" is not a rate; write a percentage from 0 to 100, such as 50 %").arg(rate));
                        continue;
                    }
                }
                const QString amount = field(kTotal);
                if (!amount.isEmpty()) {
                    auto m = Money::parse(amount);
                    if (!m) {
                        problem(line, kTotal, m.errorMessage());
                        continue;
                    }
                    if (m->isNegative()) {
                        problem(line, kTotal, tr("%1 is negative; budget amounts are 0 or more").arg(amount));
                        continue;
                    }
                    cap.maxAmount = *m;
                }
                if (Status s = budget.setFunderCap(cap); !s)
                    problem(line, QString(), s.errorMessage());
            }
        } else if (side == QLatin1String("cost_total") || side == QLatin1String("financing_total")) {
            totals.append({line, side == QLatin1String("cost_total"), amounts(false)});
        } else {
            problem(line, kSide, tr("unknown side \"%1\"; use budget, cost, financing, cap, cost_total or financing_total")
                                     .arg(field(kSide)));
        }
    }

    // Computed lines, now that every entered line is known; their amounts, when given, must agree.
    for (int i = 0; i < computed.size(); ++i) {
        const Pending &p = computed.at(i);
        CostLine l = pendingLines.at(i);
        const qint64 source = costByName.value(p.source.toCaseFolded());
        if (!source) {
            problem(p.line, kComputedFrom, tr("there is no entered cost line named \"%1\" to compute from").arg(p.source));
            continue;
        }
        const std::optional<int> rate = parseRate(p.rateText);
        if (!rate) {
            problem(p.line, kRate, tr("\"%1\" is not a rate; write a percentage from 0 to 100, such as 15 %").arg(p.rateText));
            continue;
        }
        const QString rounding = p.rounding.toLower();
        if (!rounding.isEmpty() && rounding != QLatin1String("kronor") && rounding != QLatin1String("ore")) {
            problem(p.line, kRounding, tr("unknown rounding \"%1\"; use kronor or ore").arg(p.rounding));
            continue;
        }
        l.computation = LineComputation{source, *rate,
                                        rounding == QLatin1String("ore") ? Money::Rounding::ToOre : Money::Rounding::ToKronor};
        auto id = budget.addCostLine(l);
        if (!id) {
            problem(p.line, QString(), id.errorMessage());
            continue;
        }
        for (int y = 0; y < years.size() && out.problems.isEmpty(); ++y) {
            const Money computedAmount = budget.amount(*id, years.at(y));
            if (p.given.at(y) && *p.given.at(y) != computedAmount)
                problem(p.line, QString::number(years.at(y)),
                        tr("%1 is not %2 of %3 (%4)")
                            .arg(p.given.at(y)->toDisplayString(), Money::percentText(*rate), p.source,
                                 computedAmount.toDisplayString()));
        }
    }
    
    if (out.problems.isEmpty()) {
        for (const TotalRow &t : totals) {
            for (int y = 0; y < years.size(); ++y) {
                const Money sum = t.costs ? budget.costTotal(years.at(y)) : budget.financingTotal(years.at(y));
                if (t.given.at(y) && *t.given.at(y) != sum)
                    problem(t.line, QString::number(years.at(y)),
                            t.costs ? tr("the total %1 is not the sum of the cost lines (%2)")
                                          .arg(t.given.at(y)->toDisplayString(), sum.toDisplayString())
                                    : tr("the total %1 is not the sum of the financing lines (%2)")
                                          .arg(t.given.at(y)->toDisplayString(), sum.toDisplayString()));
            }
        }
    }
    if (budget.name().trimmed().isEmpty() && out.problems.isEmpty())
        problem(headerLine, kName, tr("the file has no budget row naming the budget (budget;NAME)"));
    std::stable_sort(out.problems.begin(), out.problems.end(),
              [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
    out.budget = std::move(budget);
    return out;
}
