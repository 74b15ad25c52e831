#pragma once

#include "Budget.h"
#include "BudgetOutcome.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

#include <functional>
#include <optional>

// One change of an amount in the grid: a budget amount, or an outcome figure (quarter 0
// = the whole year). No amount clears an outcome figure (a budget amount becomes 0 kr).
struct BudgetCellEdit
{
    qint64 lineId = 0;
    int year = 0;
    std::optional<Money> amount;
    int quarter = 0; // outcome only: 0 = the whole year, 1-4 = a quarter
};

// A budget as a spreadsheet: years as columns (then the total), rows for the cost lines
// by category, the total of booked costs, the financing lines by funder (public, then
// private), the total financing and the difference per year (the check that financing
// equals costs). Shown as the budget, as its outcome, or budget against outcome (three
// columns per year: budget, outcome, difference). Amounts are shown the Swedish way
// ("1 644 153 kr"); AmountRole gives öre (qint64) for charts and tests.
// Entered amounts are editable; computed lines, totals and the comparison are not.
// The model never writes: an edit or a paste is handed, checked and whole, to the
// committer (the Session, which saves it as one undo step and gives the model the result).
class BudgetGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Budget, Outcome, Comparison };
    enum class RowKind { Heading, Cost, CostTotal, Financing, FinancingTotal, Difference };
    static constexpr int AmountRole = Qt::UserRole + 1;  // qint64 öre, or invalid for no amount
    static constexpr int RowKindRole = Qt::UserRole + 2; // int(RowKind)
    static constexpr int LineIdRole = Qt::UserRole + 3;  // qint64, 0 for other rows
    using Committer = std::function<Status(Mode mode, const QVector<BudgetCellEdit> &edits)>;

    explicit BudgetGridModel(QObject *parent = nullptr);

    void setBudget(const Budget &budget, const BudgetOutcome &outcome);
    const Budget &budget() const { return m_budget; }
    const BudgetOutcome &outcome() const { return m_outcome; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Outcome mode: 0 shows and edits whole years (a year entered per quarter shows their
    // sum, read-only); 1-4 shows and edits that quarter of every year.
    void setQuarter(int quarter);
    int quarter() const { return m_quarter; }
    void setCommitter(Committer committer) { m_committer = std::move(committer); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The edits a block of tab-separated text (as Excel and LibreOffice copy it) makes when
    // pasted with its top left cell at topLeft. A pasted value onto a read-only cell is
    // allowed only when it equals what the cell shows (a block copied with its computed
    // line). The error says which cell and why.
    Result<QVector<BudgetCellEdit>> editsForPaste(const QModelIndex &topLeft, const QString &tsv) const;
    Status paste(const QModelIndex &topLeft, const QString &tsv);
    // The edits that clear the editable cells among the indexes.
    QVector<BudgetCellEdit> editsForClear(const QModelIndexList &indexes) const;
    Status commit(const QVector<BudgetCellEdit> &edits);
    // Tab-separated text of the cells in the rectangle (for copy), amounts in plain form.
    QString copyText(const QModelIndexList &indexes) const;

    // Where things are: rows and year columns.
    RowKind rowKind(int row) const { return m_rows.at(row).kind; }
    qint64 lineId(int row) const { return m_rows.at(row).lineId; }
    int rowOfLine(qint64 lineId) const;
    int costTotalRow() const;
    int financingTotalRow() const;
    int differenceRow() const;
    // The year shown in a column (0 for the name and total columns).
    int yearOf(int column) const;
    // The column of a year: in Comparison mode the budget column of the year.
    int columnOfYear(int year) const;
    int totalColumn() const { return columnCount() - (m_mode == Mode::Comparison ? 3 : 1); }
    // The amount a cell shows (budget, outcome or difference as the mode and column say).
    std::optional<Money> amountAt(int row, int column) const;
    // The budget (or outcome) of a row in a year (0 = all years), whatever the mode shows:
    // what the charts are drawn from. hasOutcome says whether a row has outcome then.
    Money value(int row, int year, bool outcome = false) const;
    bool hasOutcome(int row, int year) const;
    QVector<int> years() const { return m_years; }
    QString rowLabel(int row) const { return m_rows.at(row).label; }

signals:
    // An edit or paste that was refused; the message says which cell and why.
    void editRefused(const QString &message);

private:
    struct Row
    {
        RowKind kind;
        qint64 lineId;
        QString label;
    };
    enum class Measure { Budget, Outcome, Difference };
    static QVector<Row> rowsFor(const Budget &budget);
    void updateCapBreaches();
    Measure measureOf(int column) const;
    bool isEditable(int row, int column) const;
    Money rowAmount(const Row &r, int year, Measure m) const;
    bool rowHasOutcome(const Row &r, int year) const;
    QString lineLabel(qint64 lineId) const;

    Budget m_budget;
    BudgetOutcome m_outcome;
    Mode m_mode = Mode::Budget;
    int m_quarter = 0;
    bool showsQuarter() const { return m_mode == Mode::Outcome && m_quarter > 0; }
    std::optional<Money> quarterAmount(const Row &r, int year) const;
    QVector<Row> m_rows;
    QVector<int> m_years;
    QSet<qint64> m_capBreached; // funders above their cap
    Committer m_committer;
};
