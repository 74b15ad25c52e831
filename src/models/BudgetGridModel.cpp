#include "BudgetGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace {

const QColor kProblem(0xB0, 0x1C, 0x1C);
const QColor kFine(0x1E, 0x6B, 0x2E);
const QColor kComputed(0x55, 0x5F, 0x6B);
const QColor kTotalBackground(0xEE, 0xF1, 0xF5);
const QColor kHeadingBackground(0xDD, 0xE4, 0xEE);

} // namespace

BudgetGridModel::BudgetGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BudgetGridModel::setBudget(const Budget &budget, const BudgetOutcome &outcome)
{
    const QVector<Row> rows = rowsFor(budget);
    bool sameShape = m_years == budget.years() && rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).kind == m_rows.at(i).kind && rows.at(i).lineId == m_rows.at(i).lineId;
    if (sameShape) { // the same lines in the same places: only amounts or names changed (the usual edit)
        m_budget = budget;
        m_outcome = outcome;
        m_rows = rows;
        updateCapBreaches();
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_budget = budget;
    m_outcome = outcome;
    m_years = budget.years();
    m_rows = rows;
    updateCapBreaches();
    endResetModel();
}

void BudgetGridModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

QVector<BudgetGridModel::Row> BudgetGridModel::rowsFor(const Budget &budget)
{
    QVector<Row> rows;
    rows.append({RowKind::Heading, 0, tr("Booked costs")});
    for (CostCategory category : Budget::costCategories())
        for (const CostLine &l : budget.costLines())
            if (l.category == category)
                rows.append({RowKind::Cost, l.id, budget.lineName(l.id)});
    rows.append({RowKind::CostTotal, 0, tr("Total booked costs")});
    rows.append({RowKind::Heading, 0, tr("Financing")});
    for (FunderKind kind : {FunderKind::Public, FunderKind::Private}) {
        bool headed = false;
        for (const FinancingLine &l : budget.financingLines()) {
            if (l.kind != kind)
                continue;
            if (!headed)
                rows.append({RowKind::Heading, 0, kind == FunderKind::Public ? tr("Public funders") : tr("Private funders")});
            headed = true;
            rows.append({RowKind::Financing, l.id, l.funderName});
        }
    }
    rows.append({RowKind::FinancingTotal, 0, tr("Total financing")});
    rows.append({RowKind::Difference, 0, tr("Difference (financing − costs)")});
    return rows;
}

void BudgetGridModel::updateCapBreaches()
{
    m_capBreached.clear();
    for (const BudgetProblem &p : m_budget.checks())
        if (p.kind != BudgetProblem::Kind::Unbalanced)
            m_capBreached.insert(p.funderActorId);
}

int BudgetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetGridModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_years.isEmpty())
        return 0;
    const int perYear = m_mode == Mode::Comparison ? 3 : 1;
    return 1 + (int(m_years.size()) + 1) * perYear;
}

int BudgetGridModel::yearOf(int column) const
{
    if (column <= 0)
        return 0;
    const int perYear = m_mode == Mode::Comparison ? 3 : 1;
    const int i = (column - 1) / perYear;
    return i < m_years.size() ? m_years.at(i) : 0;
}

int BudgetGridModel::columnOfYear(int year) const
{
    const int i = int(m_years.indexOf(year));
    if (i < 0)
        return -1;
    return 1 + i * (m_mode == Mode::Comparison ? 3 : 1);
}

BudgetGridModel::Measure BudgetGridModel::measureOf(int column) const
{
    switch (m_mode) {
    case Mode::Budget: return Measure::Budget;
    case Mode::Outcome: return Measure::Outcome;
    case Mode::Comparison: break;
    }
    return Measure((column - 1) % 3);
}

void BudgetGridModel::setQuarter(int quarter)
{
    quarter = qBound(0, quarter, 4);
    if (quarter == m_quarter)
        return;
    beginResetModel();
    m_quarter = quarter;
    endResetModel();
}

std::optional<Money> BudgetGridModel::quarterAmount(const Row &r, int year) const
{
    if (year == 0) {
        std::optional<Money> sum;
        for (int y : m_years)
            if (const auto a = quarterAmount(r, y))
                sum = sum.value_or(Money()) + *a;
        return sum;
    }
    auto line = [&](qint64 id) -> std::optional<Money> {
        const CostLine *c = m_budget.costLine(id);
        if (c && c->computation) {
            const auto source = m_outcome.entered(c->computation->sourceLineId, year, m_quarter);
            if (!source)
                return std::nullopt;
            return source->percentOf(c->computation->basisPoints, c->computation->rounding);
        }
        return m_outcome.entered(id, year, m_quarter);
    };
    auto sumOf = [&](bool costs) -> std::optional<Money> {
        std::optional<Money> sum;
        if (costs) {
            for (const CostLine &l : m_budget.costLines())
                if (const auto a = line(l.id))
                    sum = sum.value_or(Money()) + *a;
        } else {
            for (const FinancingLine &l : m_budget.financingLines())
                if (const auto a = line(l.id))
                    sum = sum.value_or(Money()) + *a;
        }
        return sum;
    };
    switch (r.kind) {
    case RowKind::Heading: return std::nullopt;
    case RowKind::Cost:
    case RowKind::Financing: return line(r.lineId);
    case RowKind::CostTotal: return sumOf(true);
    case RowKind::FinancingTotal: return sumOf(false);
    case RowKind::Difference: {
        const auto costs = sumOf(true);
        const auto financing = sumOf(false);
        if (!costs && !financing)
            return std::nullopt;
        return financing.value_or(Money()) - costs.value_or(Money());
    }
    }
    return std::nullopt;
}

int BudgetGridModel::rowOfLine(qint64 lineId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).lineId == lineId && (m_rows.at(i).kind == RowKind::Cost || m_rows.at(i).kind == RowKind::Financing))
            return i;
    return -1;
}

int BudgetGridModel::costTotalRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::CostTotal)
            return i;
    return -1;
}

int BudgetGridModel::financingTotalRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::FinancingTotal)
            return i;
    return -1;
}

int BudgetGridModel::differenceRow() const
{
    return int(m_rows.size()) - 1;
}

Money BudgetGridModel::rowAmount(const Row &r, int year, Measure m) const
{
    if (m == Measure::Difference)
        return rowAmount(r, year, Measure::Outcome) - rowAmount(r, year, Measure::Budget);
    const bool budget = m == Measure::Budget;
    if (year == 0) {
        Money sum;
        for (int y : m_years)
            sum += rowAmount(r, y, m);
        return sum;
    }
    switch (r.kind) {
    case RowKind::Heading: return {};
    case RowKind::Cost:
    case RowKind::Financing:
        return budget ? m_budget.amount(r.lineId, year) : m_outcome.amount(m_budget, r.lineId, year);
    case RowKind::CostTotal:
        return budget ? m_budget.costTotal(year) : m_outcome.costTotal(m_budget, year);
    case RowKind::FinancingTotal:
        return budget ? m_budget.financingTotal(year) : m_outcome.financingTotal(m_budget, year);
    case RowKind::Difference:
        return budget ? m_budget.financingTotal(year) - m_budget.costTotal(year)
                      : m_outcome.financingTotal(m_budget, year) - m_outcome.costTotal(m_budget, year);
    }
    return {};
}

bool BudgetGridModel::rowHasOutcome(const Row &r, int year) const
{
    if (year == 0) {
        for (int y : m_years)
            if (rowHasOutcome(r, y))
                return true;
        return false;
    }
    switch (r.kind) {
    case RowKind::Heading: return false;
    case RowKind::Cost:
    case RowKind::Financing: return m_outcome.has(m_budget, r.lineId, year);
    case RowKind::CostTotal:
        for (const CostLine &l : m_budget.costLines())
            if (m_outcome.has(m_budget, l.id, year))
                return true;
        return false;
    case RowKind::FinancingTotal:
        for (const FinancingLine &l : m_budget.financingLines())
            if (m_outcome.has(m_budget, l.id, year))
                return true;
        return false;
    case RowKind::Difference: {
        const Row costs{RowKind::CostTotal, 0, {}};
        const Row financing{RowKind::FinancingTotal, 0, {}};
        return rowHasOutcome(costs, year) || rowHasOutcome(financing, year);
    }
    }
    return false;
}

std::optional<Money> BudgetGridModel::amountAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column <= 0 || column >= columnCount())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::Heading)
        return std::nullopt;
    const int year = yearOf(column);
    if (showsQuarter())
        return quarterAmount(r, year);
    const Measure m = measureOf(column);
    if (m != Measure::Budget && !rowHasOutcome(r, year))
        return std::nullopt;
    return rowAmount(r, year, m);
}

bool BudgetGridModel::isEditable(int row, int column) const
{
    if (m_mode == Mode::Comparison || row < 0 || row >= m_rows.size())
        return false;
    const int year = yearOf(column);
    if (year == 0)
        return false;
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::Cost) {
        const CostLine *c = m_budget.costLine(r.lineId);
        if (!c || c->computation)
            return false;
    } else if (r.kind != RowKind::Financing) {
        return false;
    }
    if (m_mode == Mode::Budget)
        return true;
    // Outcome: a year is entered whole or per quarter, never both.
    return showsQuarter() ? !m_outcome.entered(r.lineId, year, 0) : !m_outcome.hasQuarters(r.lineId, year);
}

Qt::ItemFlags BudgetGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BudgetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    const bool total = r.kind == RowKind::CostTotal || r.kind == RowKind::FinancingTotal || r.kind == RowKind::Difference;
    const CostLine *cost = r.kind == RowKind::Cost ? m_budget.costLine(r.lineId) : nullptr;
    const bool computed = cost && cost->computation;
    switch (role) {
    case RowKindRole: return int(r.kind);
    case LineIdRole: return r.lineId;
    case AmountRole: {
        const auto a = amountAt(index.row(), column);
        return a ? QVariant(a->ore()) : QVariant();
    }
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (column == 0)
            return r.label;
        const auto a = amountAt(index.row(), column);
        if (!a)
            return QString();
        return role == Qt::EditRole ? a->toPlainString() : a->toDisplayString();
    }
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (r.kind == RowKind::Heading || total || (column > 0 && column >= totalColumn())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (computed) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    case Qt::BackgroundRole:
        if (r.kind == RowKind::Heading)
            return QBrush(kHeadingBackground);
        if (total)
            return QBrush(kTotalBackground);
        return {};
    case Qt::ForegroundRole: {
        if (computed)
            return QBrush(kComputed);
        if (r.kind == RowKind::Financing && column == 0 && m_capBreached.contains(m_budget.financingLine(r.lineId)->funderActorId))
            return QBrush(kProblem);
        const auto a = amountAt(index.row(), column);
        if (!a || column == 0)
            return {};
        const Measure m = measureOf(column);
        if (r.kind == RowKind::Difference && m != Measure::Difference)
            return QBrush(a->isZero() ? kFine : kProblem);
        if (m == Measure::Difference && !a->isZero()) {
            const bool financing = r.kind == RowKind::Financing || r.kind == RowKind::FinancingTotal;
            const bool bad = financing ? a->isNegative() : *a > Money();
            return bad ? QBrush(kProblem) : QVariant();
        }
        return {};
    }
    case Qt::ToolTipRole: {
        if (computed) {
            return tr("%1 of %2, rounded to %3; computed, not entered.")
                .arg(Money::percentText(cost->computation->basisPoints), m_budget.lineName(cost->computation->sourceLineId),
                     cost->computation->rounding == Money::Rounding::ToKronor ? tr("whole kronor") : tr("öre"));
        }
        if (r.kind == RowKind::Financing) {
            const FinancingLine *f = m_budget.financingLine(r.lineId);
            QStringList lines{QStringLiteral("%1, %2").arg(Budget::label(f->kind), Budget::label(f->status).toLower())};
            for (const BudgetProblem &p : m_budget.checks())
                if (p.funderActorId == f->funderActorId)
                    lines << p.message;
            if (m_mode == Mode::Outcome && yearOf(column) && m_outcome.hasQuarters(r.lineId, yearOf(column)))
                lines << tr("Entered per quarter; the year is their sum.");
            return lines.join(QLatin1Char('\n'));
        }
        if (r.kind == RowKind::Cost && m_mode == Mode::Outcome && yearOf(column)
            && m_outcome.hasQuarters(r.lineId, yearOf(column))) {
            QStringList quarters;
            for (int q = 1; q <= 4; ++q)
                if (const auto a = m_outcome.entered(r.lineId, yearOf(column), q))
                    quarters << tr("Q%1: %2").arg(q).arg(a->toDisplayString());
            return tr("Entered per quarter; the year is their sum.") + QLatin1Char('\n') + quarters.join(QLatin1Char('\n'));
        }
        return {};
    }
    default: return {};
    }
}

QVariant BudgetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0 && showsQuarter())
        return tr("Outcome, quarter %1").arg(m_quarter);
    if (section == 0)
        return m_mode == Mode::Outcome ? tr("Outcome") : m_mode == Mode::Comparison ? tr("Budget against outcome") : tr("Budget");
    const int year = yearOf(section);
    const QString when = year ? QString::number(year) : tr("Total");
    if (m_mode != Mode::Comparison)
        return when;
    switch (measureOf(section)) {
    case Measure::Budget: return tr("%1 budget").arg(when);
    case Measure::Outcome: return tr("%1 outcome").arg(when);
    case Measure::Difference: return tr("%1 difference").arg(when);
    }
    return {};
}

bool BudgetGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable(index.row(), index.column()))
        return false;
    const QString text = value.toString().trimmed();
    BudgetCellEdit edit{m_rows.at(index.row()).lineId, yearOf(index.column()), std::nullopt,
                        showsQuarter() ? m_quarter : 0};
    if (!text.isEmpty()) {
        auto m = Money::parse(text);
        if (!m) {
            emit editRefused(tr("%1, %2: %3").arg(m_rows.at(index.row()).label, QString::number(edit.year), m.errorMessage()));
            return false;
        }
        edit.amount = *m;
    } else if (m_mode == Mode::Budget) {
        edit.amount = Money();
    }
    return commit({edit}).ok();
}

Status BudgetGridModel::commit(const QVector<BudgetCellEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    if (!m_committer)
        return Error{Error::Kind::Invalid, tr("This budget cannot be changed here.")};
    const Status s = m_committer(m_mode, edits);
    if (!s)
        emit editRefused(s.errorMessage());
    return s;
}

Result<QVector<BudgetCellEdit>> BudgetGridModel::editsForPaste(const QModelIndex &topLeft, const QString &tsv) const
{
    auto fail = [](const QString &m) { return Error{Error::Kind::Invalid, m}; };
    if (!topLeft.isValid())
        return fail(tr("Choose the cell where the pasted block should start."));
    if (m_mode == Mode::Comparison)
        return fail(tr("Budget against outcome is computed; paste into the budget or the outcome."));
    QStringList lines = tsv.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(tr("The clipboard holds no cells to paste."));
    QVector<BudgetCellEdit> edits;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines.at(r).split(QLatin1Char('\t'));
        const int row = topLeft.row() + r;
        if (row >= m_rows.size())
            return fail(tr("The pasted block has %1 rows; from %2 it reaches past the last row.")
                            .arg(lines.size())
                            .arg(m_rows.at(topLeft.row()).label));
        for (int c = 0; c < cells.size(); ++c) {
            const int column = topLeft.column() + c;
            const QString text = cells.at(c).trimmed();
            if (column >= columnCount())
                return fail(tr("The pasted block has %1 columns; from %2 it reaches past the last column.")
                                .arg(cells.size())
                                .arg(headerData(topLeft.column(), Qt::Horizontal).toString()));
            const QString where = tr("%1, %2").arg(m_rows.at(row).label, headerData(column, Qt::Horizontal).toString());
            if (!isEditable(row, column)) {
                // A read-only cell may receive what it already shows (a block copied with
                // its computed line or totals), or nothing.
                if (text.isEmpty() || (column == 0 && text == m_rows.at(row).label))
                    continue;
                const auto shown = amountAt(row, column);
                auto pasted = Money::parse(text);
                if (shown && pasted && *pasted == *shown)
                    continue;
                return fail(tr("%1 cannot be changed (it is computed, a total or a heading); paste only onto "
                               "entered amounts.").arg(where));
            }
            BudgetCellEdit edit{m_rows.at(row).lineId, yearOf(column), std::nullopt, showsQuarter() ? m_quarter : 0};
            if (!text.isEmpty()) {
                auto m = Money::parse(text);
                if (!m)
                    return fail(tr("%1: %2").arg(where, m.errorMessage()));
                if (m->isNegative())
                    return fail(tr("%1: %2 is negative; amounts are 0 or more.").arg(where, text));
                edit.amount = *m;
            } else if (m_mode == Mode::Budget) {
                edit.amount = Money();
            }
            edits.append(edit);
        }
    }
    return edits;
}

Status BudgetGridModel::paste(const QModelIndex &topLeft, const QString &tsv)
{
    auto edits = editsForPaste(topLeft, tsv);
    if (!edits) {
        emit editRefused(edits.errorMessage());
        return edits.error();
    }
    return commit(*edits);
}

QVector<BudgetCellEdit> BudgetGridModel::editsForClear(const QModelIndexList &indexes) const
{
    QVector<BudgetCellEdit> edits;
    for (const QModelIndex &i : indexes)
        if (isEditable(i.row(), i.column()))
            edits.append({m_rows.at(i.row()).lineId, yearOf(i.column()),
                          m_mode == Mode::Budget ? std::optional<Money>(Money()) : std::nullopt,
                          showsQuarter() ? m_quarter : 0});
    return edits;
}

QString BudgetGridModel::copyText(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            if (column == 0) {
                cells << m_rows.at(row).label;
                continue;
            }
            const auto a = amountAt(row, column);
            cells << (a ? a->toPlainString() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Money BudgetGridModel::value(int row, int year, bool outcome) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return rowAmount(m_rows.at(row), year, outcome ? Measure::Outcome : Measure::Budget);
}

bool BudgetGridModel::hasOutcome(int row, int year) const
{
    return row >= 0 && row < m_rows.size() && rowHasOutcome(m_rows.at(row), year);
}
