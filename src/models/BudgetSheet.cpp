#include "BudgetSheet.h"

#include "PaletteRoles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

BudgetSheet::BudgetSheet(QObject *parent) : QAbstractTableModel(parent) {}

void BudgetSheet::setBudget(const Budget &budget, const BudgetOutcome &outcome)
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

QVector<BudgetSheet::Row> BudgetSheet::rowsFor(const Budget &budget)
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

void BudgetSheet::updateCapBreaches()
{
    m_capBreached.clear();
    for (const BudgetProblem &p : m_budget.checks())
        if (p.kind != BudgetProblem::Kind::Unbalanced)
            m_capBreached.insert(p.funderActorId);
}

int BudgetSheet::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetSheet::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_years.isEmpty())
        return 0;
    return 1 + (int(m_years.size()) + 1) * columnsPerYear();
}

int BudgetSheet::yearOf(int column) const
{
    if (column <= 0)
        return 0;
    const int i = (column - 1) / columnsPerYear();
    return i < m_years.size() ? m_years.at(i) : 0;
}

int BudgetSheet::columnOfYear(int year) const
{
    const int i = int(m_years.indexOf(year));
    if (i < 0)
        return -1;
    return 1 + i * columnsPerYear();
}

int BudgetSheet::rowOfLine(qint64 lineId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).lineId == lineId && (m_rows.at(i).kind == RowKind::Cost || m_rows.at(i).kind == RowKind::Financing))
            return i;
    return -1;
}

int BudgetSheet::costTotalRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::CostTotal)
            return i;
    return -1;
}

int BudgetSheet::financingTotalRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == RowKind::FinancingTotal)
            return i;
    return -1;
}

int BudgetSheet::differenceRow() const
{
    return int(m_rows.size()) - 1;
}

Money BudgetSheet::rowAmount(const Row &r, int year, Measure m) const
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

bool BudgetSheet::rowHasOutcome(const Row &r, int year) const
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

std::optional<Money> BudgetSheet::amountAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column <= 0 || column >= columnCount())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::Heading)
        return std::nullopt;
    const int year = yearOf(column);
    const Measure m = measureOf(column);
    if (m != Measure::Budget && !rowHasOutcome(r, year))
        return std::nullopt;
    return rowAmount(r, year, m);
}

bool BudgetSheet::isEnteredLine(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || yearOf(column) == 0)
        return false;
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::Cost) {
        const CostLine *c = m_budget.costLine(r.lineId);
        return c && !c->computation;
    }
    return r.kind == RowKind::Financing;
}

Qt::ItemFlags BudgetSheet::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BudgetSheet::data(const QModelIndex &index, int role) const
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
            return QBrush(PaletteRoles::background(PaletteRoles::Surface::Heading));
        if (total)
            return QBrush(PaletteRoles::background(PaletteRoles::Surface::Total));
        return {};
    case Qt::ForegroundRole: return foreground(r, index, total, computed);
    case Qt::ToolTipRole: return toolTip(r, column, cost);
    default: return {};
    }
}

QVariant BudgetSheet::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return section == 0 ? title() : columnTitle(section);
}

QString BudgetSheet::columnTitle(int section) const
{
    const int year = yearOf(section);
    return year ? QString::number(year) : tr("Total");
}

bool BudgetSheet::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable(index.row(), index.column()))
        return false;
    const QString text = value.toString().trimmed();
    BudgetCellEdit edit{m_rows.at(index.row()).lineId, yearOf(index.column()), std::nullopt, quarter()};
    if (!text.isEmpty()) {
        auto m = Money::parse(text);
        if (!m) {
            emit editRefused(tr("%1, %2: %3").arg(m_rows.at(index.row()).label, QString::number(edit.year), m.errorMessage()));
            return false;
        }
        edit.amount = *m;
    } else if (clearsToZero()) {
        edit.amount = Money();
    }
    return commit({edit}).ok();
}

Status BudgetSheet::commit(const QVector<BudgetCellEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    if (!m_committer)
        return Error{Error::Kind::Invalid, tr("This budget cannot be changed here.")};
    const Status s = m_committer(edits);
    if (!s)
        emit editRefused(s.errorMessage());
    return s;
}

Result<QVector<BudgetCellEdit>> BudgetSheet::editsForPaste(const QModelIndex &topLeft, const QString &tsv) const
{
    auto fail = [](const QString &m) { return Error{Error::Kind::Invalid, m}; };
    if (!topLeft.isValid())
        return fail(tr("Choose the cell where the pasted block should start."));
    if (const QString refusal = pasteRefusal(); !refusal.isEmpty())
        return fail(refusal);
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
            BudgetCellEdit edit{m_rows.at(row).lineId, yearOf(column), std::nullopt, quarter()};
            if (!text.isEmpty()) {
                auto m = Money::parse(text);
                if (!m)
                    return fail(tr("%1: %2").arg(where, m.errorMessage()));
                if (m->isNegative())
                    return fail(tr("%1: %2 is negative; amounts are 0 or more.").arg(where, text));
                edit.amount = *m;
            } else if (clearsToZero()) {
                edit.amount = Money();
            }
            edits.append(edit);
        }
    }
    return edits;
}

Status BudgetSheet::paste(const QModelIndex &topLeft, const QString &tsv)
{
    auto edits = editsForPaste(topLeft, tsv);
    if (!edits) {
        emit editRefused(edits.errorMessage());
        return edits.error();
    }
    return commit(*edits);
}

QVector<BudgetCellEdit> BudgetSheet::editsForClear(const QModelIndexList &indexes) const
{
    QVector<BudgetCellEdit> edits;
    for (const QModelIndex &i : indexes)
        if (isEditable(i.row(), i.column()))
            edits.append({m_rows.at(i.row()).lineId, yearOf(i.column()),
                          clearsToZero() ? std::optional<Money>(Money()) : std::nullopt, quarter()});
    return edits;
}

QString BudgetSheet::copyText(const QModelIndexList &indexes) const
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

Money BudgetSheet::value(int row, int year, bool outcome) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return rowAmount(m_rows.at(row), year, outcome ? Measure::Outcome : Measure::Budget);
}

bool BudgetSheet::hasOutcome(int row, int year) const
{
    return row >= 0 && row < m_rows.size() && rowHasOutcome(m_rows.at(row), year);
}

QVariant BudgetSheet::foreground(const Row &r, const QModelIndex &index, bool total, bool computed) const
{
    const QPalette palette = PaletteRoles::current();
    const QColor ground = r.kind == RowKind::Heading ? PaletteRoles::background(PaletteRoles::Surface::Heading, palette)
                        : total                      ? PaletteRoles::background(PaletteRoles::Surface::Total, palette)
                                                     : palette.color(QPalette::Base);
    const QBrush kProblem(PaletteRoles::text(PaletteRoles::Role::Problem, ground, palette));
    const QBrush kFine(PaletteRoles::text(PaletteRoles::Role::Fine, ground, palette));
    if (computed)
        return QBrush(PaletteRoles::text(PaletteRoles::Role::Quiet, ground, palette));
    if (r.kind == RowKind::Financing && index.column() == 0 && m_capBreached.contains(m_budget.financingLine(r.lineId)->funderActorId))
        return kProblem;
    const auto a = amountAt(index.row(), index.column());
    if (!a || index.column() == 0)
        return {};
    const Measure m = measureOf(index.column());
    if (r.kind == RowKind::Difference && m != Measure::Difference)
        return a->isZero() ? kFine : kProblem;
    if (m == Measure::Difference && !a->isZero()) {
        const bool financing = r.kind == RowKind::Financing || r.kind == RowKind::FinancingTotal;
        const bool bad = financing ? a->isNegative() : *a > Money();
        return bad ? QVariant(kProblem) : QVariant();
    }
    return {};
}

QVariant BudgetSheet::toolTip(const Row &r, int column, const CostLine *cost) const
{
    const bool computed = cost && cost->computation;
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
        if (notesQuarters() && yearOf(column) && m_outcome.hasQuarters(r.lineId, yearOf(column)))
            lines << tr("Entered per quarter; the year is their sum.");
        return lines.join(QLatin1Char('\n'));
    }
    if (r.kind == RowKind::Cost && notesQuarters() && yearOf(column)
        && m_outcome.hasQuarters(r.lineId, yearOf(column))) {
        QStringList quarters;
        for (int q = 1; q <= 4; ++q)
            if (const auto a = m_outcome.entered(r.lineId, yearOf(column), q))
                quarters << tr("Q%1: %2").arg(q).arg(a->toDisplayString());
        return tr("Entered per quarter; the year is their sum.") + QLatin1Char('\n') + quarters.join(QLatin1Char('\n'));
    }
    return {};
}
