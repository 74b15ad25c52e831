#include "Budget.h"

#include <utility>

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

Result<Budget> Budget::create(int firstYear, int lastYear, const QString &name)
{
    Budget b;
    b.m_name = name;
    const Status s = b.setYears(firstYear, lastYear);
    if (!s)
        return s.error();
    return b;
}

QVector<int> Budget::years() const
{
    QVector<int> out;
    for (int y = m_firstYear; m_firstYear && y <= m_lastYear; ++y)
        out << y;
    return out;
}

Status Budget::setYears(int firstYear, int lastYear)
{
    if (firstYear > lastYear)
        return invalid(tr("The first year (%1) comes after the last year (%2).")
                           .arg(QString::number(firstYear), QString::number(lastYear)));
    if (firstYear < kMinYear || lastYear > kMaxYear)
        return invalid(tr("Budget years must be between %1 and %2.")
                           .arg(QString::number(kMinYear), QString::number(kMaxYear)));
    if (lastYear - firstYear + 1 > kMaxYears)
        return invalid(tr("A budget covers at most %1 years.").arg(kMaxYears));
    auto dropped = [&](const QMap<int, Money> &amounts, const QString &lineName) -> Status {
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            if ((it.key() < firstYear || it.key() > lastYear) && !it.value().isZero())
                return invalid(tr("%1 has %2 in %3, which would be outside the budget; clear it first.")
                                   .arg(lineName, it.value().toDisplayString(), QString::number(it.key())));
        return Status::success();
    };
    for (const CostLine &l : std::as_const(m_costLines))
        if (const Status s = dropped(l.amounts, costLineName(l)); !s)
            return s;
    for (const FinancingLine &l : std::as_const(m_financingLines))
        if (const Status s = dropped(l.amounts, l.funderName); !s)
            return s;
    m_firstYear = firstYear;
    m_lastYear = lastYear;
    auto prune = [&](QMap<int, Money> &amounts) {
        for (auto it = amounts.begin(); it != amounts.end();)
            it = containsYear(it.key()) ? std::next(it) : amounts.erase(it);
    };
    for (CostLine &l : m_costLines)
        prune(l.amounts);
    for (FinancingLine &l : m_financingLines)
        prune(l.amounts);
    return Status::success();
}

Status Budget::validateAmounts(const QMap<int, Money> &amounts, const QString &lineName) const
{
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        const QString year = QString::number(it.key());
        if (!containsYear(it.key()))
            return invalid(tr("%1: the year %2 is outside the budget (%3–%4).")
                               .arg(lineName, year, QString::number(m_firstYear),
                                    QString::number(m_lastYear)));
        if (it.value().isNegative())
            return invalid(tr("%1: the amount for %2 is negative (%3); amounts in a budget are "
                              "0 kr or more.")
                               .arg(lineName, year, it.value().toDisplayString()));
        if (it.value() > Money::maximum())
            return invalid(tr("%1: the amount for %2 is too large; the largest amount is %3.")
                               .arg(lineName, year, Money::maximum().toDisplayString()));
    }
    return Status::success();
}

Status Budget::validateCostLine(const CostLine &line) const
{
    if (line.category == CostCategory::Other && line.name.trimmed().isEmpty())
        return invalid(tr("A cost line in the category Other needs a name."));
    const QString name = costLineName(line);
    if (const Status s = validateAmounts(line.amounts, name); !s)
        return s;
    if (line.computation) {
        const LineComputation &c = *line.computation;
        if (c.sourceLineId == line.id && line.id != 0)
            return invalid(tr("%1 cannot be computed from itself.").arg(name));
        const CostLine *source = costLine(c.sourceLineId);
        if (!source)
            return invalid(tr("%1 is computed from a cost line that is not in the budget.").arg(name));
        if (source->computation)
            return invalid(tr("%1 cannot be computed from %2, which is itself computed.")
                               .arg(name, costLineName(*source)));
        if (c.basisPoints <= 0)
            return invalid(tr("%1: the percentage must be more than 0 %.").arg(name));
        for (const Money &m : line.amounts)
            if (!m.isZero())
                return invalid(tr("%1 is computed from %2; it takes no amounts of its own.")
                                   .arg(name, costLineName(*source)));
        // A line that others are computed from must stay entered (no chains, no cycles).
        for (const CostLine &other : m_costLines)
            if (line.id != 0 && other.id != line.id && other.computation
                && other.computation->sourceLineId == line.id)
                return invalid(tr("%1 cannot be computed: %2 is computed from it.")
                                   .arg(name, costLineName(other)));
    }
    return Status::success();
}

Status Budget::validateFinancingLine(const FinancingLine &line) const
{
    if (line.funderActorId <= 0)
        return invalid(tr("A financing line needs a funder from the register."));
    const QString name = line.funderName.trimmed().isEmpty() ? tr("Funder %1").arg(line.funderActorId)
                                                             : line.funderName;
    return validateAmounts(line.amounts, name);
}

bool Budget::hasLine(qint64 id) const
{
    return costLine(id) || financingLine(id);
}

qint64 Budget::nextId() const
{
    qint64 max = 0;
    for (const CostLine &l : m_costLines)
        max = qMax(max, l.id);
    for (const FinancingLine &l : m_financingLines)
        max = qMax(max, l.id);
    return max + 1;
}

Result<qint64> Budget::addCostLine(CostLine line)
{
    if (!m_firstYear)
        return invalid(tr("The budget has no years yet."));
    if (line.id < 0 || (line.id && hasLine(line.id)))
        return invalid(tr("The budget already has a line with id %1.").arg(line.id));
    if (const Status s = validateCostLine(line); !s)
        return s.error();
    if (!line.id)
        line.id = nextId();
    m_costLines << line;
    return line.id;
}

Result<qint64> Budget::addFinancingLine(FinancingLine line)
{
    if (!m_firstYear)
        return invalid(tr("The budget has no years yet."));
    if (line.id < 0 || (line.id && hasLine(line.id)))
        return invalid(tr("The budget already has a line with id %1.").arg(line.id));
    if (const Status s = validateFinancingLine(line); !s)
        return s.error();
    if (!line.id)
        line.id = nextId();
    m_financingLines << line;
    return line.id;
}

Status Budget::replaceCostLine(const CostLine &line)
{
    for (CostLine &l : m_costLines) {
        if (l.id != line.id)
            continue;
        if (const Status s = validateCostLine(line); !s)
            return s;
        l = line;
        return Status::success();
    }
    return Error{Error::Kind::NotFound, tr("The budget has no cost line with id %1.").arg(line.id)};
}

Status Budget::replaceFinancingLine(const FinancingLine &line)
{
    for (FinancingLine &l : m_financingLines) {
        if (l.id != line.id)
            continue;
        if (const Status s = validateFinancingLine(line); !s)
            return s;
        l = line;
        return Status::success();
    }
    return Error{Error::Kind::NotFound, tr("The budget has no financing line with id %1.").arg(line.id)};
}

Status Budget::removeLine(qint64 lineId)
{
    for (int i = 0; i < m_costLines.size(); ++i) {
        if (m_costLines.at(i).id != lineId)
            continue;
        for (const CostLine &other : std::as_const(m_costLines))
            if (other.computation && other.computation->sourceLineId == lineId)
                return Error{Error::Kind::InUse,
                             tr("%1 cannot be removed: %2 is computed from it.")
                                 .arg(costLineName(m_costLines.at(i)), costLineName(other))};
        m_costLines.removeAt(i);
        return Status::success();
    }
    for (int i = 0; i < m_financingLines.size(); ++i) {
        if (m_financingLines.at(i).id == lineId) {
            m_financingLines.removeAt(i);
            return Status::success();
        }
    }
    return Error{Error::Kind::NotFound, tr("The budget has no line with id %1.").arg(lineId)};
}

Status Budget::setAmount(qint64 lineId, int year, Money amount)
{
    const QMap<int, Money> one{{year, amount}};
    for (CostLine &l : m_costLines) {
        if (l.id != lineId)
            continue;
        if (l.computation) {
            const CostLine *source = costLine(l.computation->sourceLineId);
            return invalid(tr("%1 is computed from %2; change %2 instead.")
                               .arg(costLineName(l), source ? costLineName(*source) : QString()));
        }
        if (const Status s = validateAmounts(one, costLineName(l)); !s)
            return s;
        l.amounts.insert(year, amount);
        return Status::success();
    }
    for (FinancingLine &l : m_financingLines) {
        if (l.id != lineId)
            continue;
        if (const Status s = validateAmounts(one, l.funderName); !s)
            return s;
        l.amounts.insert(year, amount);
        return Status::success();
    }
    return Error{Error::Kind::NotFound, tr("The budget has no line with id %1.").arg(lineId)};
}

const CostLine *Budget::costLine(qint64 id) const
{
    for (const CostLine &l : m_costLines)
        if (l.id == id)
            return &l;
    return nullptr;
}

const FinancingLine *Budget::financingLine(qint64 id) const
{
    for (const FinancingLine &l : m_financingLines)
        if (l.id == id)
            return &l;
    return nullptr;
}

QString Budget::costLineName(const CostLine &line) const
{
    const QString n = line.name.trimmed();
    return n.isEmpty() ? label(line.category) : n;
}

QString Budget::lineName(qint64 lineId) const
{
    if (const CostLine *c = costLine(lineId))
        return costLineName(*c);
    if (const FinancingLine *f = financingLine(lineId))
        return f->funderName;
    return {};
}

Money Budget::amount(qint64 lineId, int year) const
{
    if (!containsYear(year))
        return {};
    if (const CostLine *c = costLine(lineId)) {
        if (!c->computation)
            return c->amounts.value(year);
        const CostLine *source = costLine(c->computation->sourceLineId);
        if (!source)
            return {};
        return source->amounts.value(year).percentOf(c->computation->basisPoints,
                                                     c->computation->rounding);
    }
    if (const FinancingLine *f = financingLine(lineId))
        return f->amounts.value(year);
    return {};
}

Money Budget::lineTotal(qint64 lineId) const
{
    Money sum;
    for (int y = m_firstYear; m_firstYear && y <= m_lastYear; ++y)
        sum += amount(lineId, y);
    return sum;
}

Money Budget::costTotal(int year) const
{
    Money sum;
    for (const CostLine &l : m_costLines)
        sum += amount(l.id, year);
    return sum;
}

Money Budget::financingTotal(int year) const
{
    Money sum;
    for (const FinancingLine &l : m_financingLines)
        sum += amount(l.id, year);
    return sum;
}

Money Budget::costTotal() const
{
    Money sum;
    for (int y : years())
        sum += costTotal(y);
    return sum;
}

Money Budget::financingTotal() const
{
    Money sum;
    for (int y : years())
        sum += financingTotal(y);
    return sum;
}

QVector<Money> Budget::costTotalsPerYear() const
{
    QVector<Money> out;
    for (int y : years())
        out << costTotal(y);
    return out;
}

QVector<Money> Budget::financingTotalsPerYear() const
{
    QVector<Money> out;
    for (int y : years())
        out << financingTotal(y);
    return out;
}

Money Budget::funderTotal(qint64 funderActorId, int year) const
{
    Money sum;
    for (const FinancingLine &l : m_financingLines)
        if (l.funderActorId == funderActorId)
            sum += amount(l.id, year);
    return sum;
}

Money Budget::funderTotal(qint64 funderActorId) const
{
    Money sum;
    for (int y : years())
        sum += funderTotal(funderActorId, y);
    return sum;
}
