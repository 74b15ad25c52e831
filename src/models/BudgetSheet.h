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
// equals costs). Amounts are shown the Swedish way ("1 644 153 kr"); AmountRole gives öre
// (qint64) for charts and tests. Entered amounts are editable; computed lines and totals
// are not. A sheet never writes: an edit or a paste is handed, checked and whole, to the
// committer (the budget service, which saves it as one undo step and gives the sheet the
// result). What the cells show is the subclass's: the budget (BudgetAmountsModel), the
// outcome per year (BudgetOutcomeModel) or per quarter (QuarterOutcomeModel), or budget
// against outcome (BudgetComparisonModel); all four show the same budget.
class BudgetSheet : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class RowKind { Heading, Cost, CostTotal, Financing, FinancingTotal, Difference };
    static constexpr int AmountRole = Qt::UserRole + 1;  // qint64 öre, or invalid for no amount
    static constexpr int RowKindRole = Qt::UserRole + 2; // int(RowKind)
    static constexpr int LineIdRole = Qt::UserRole + 3;  // qint64, 0 for other rows
    using Committer = std::function<Status(const QVector<BudgetCellEdit> &edits)>;

    explicit BudgetSheet(QObject *parent = nullptr);

    void setBudget(const Budget &budget, const BudgetOutcome &outcome);
    const Budget &budget() const { return m_budget; }
    const BudgetOutcome &outcome() const { return m_outcome; }
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
    // The first column of a year.
    int columnOfYear(int year) const;
    int totalColumn() const { return columnCount() - columnsPerYear(); }
    // The amount a cell shows.
    virtual std::optional<Money> amountAt(int row, int column) const;
    // The budget (or outcome) of a row in a year (0 = all years), whatever the sheet shows:
    // what the charts are drawn from. hasOutcome says whether a row has outcome then.
    Money value(int row, int year, bool outcome = false) const;
    bool hasOutcome(int row, int year) const;
    QVector<int> years() const { return m_years; }
    QString rowLabel(int row) const { return m_rows.at(row).label; }

signals:
    // An edit or paste that was refused; the message says which cell and why.
    void editRefused(const QString &message);

protected:
    struct Row
    {
        RowKind kind;
        qint64 lineId;
        QString label;
    };
    enum class Measure { Budget, Outcome, Difference };

    // What the subclass shows.
    virtual int columnsPerYear() const { return 1; }
    virtual Measure measureOf(int column) const = 0;
    virtual bool isEditable(int row, int column) const = 0;
    // The quarter an edit enters (0: the whole year).
    virtual int quarter() const { return 0; }
    // An emptied budget cell is 0 kr; an emptied outcome cell has no figure.
    virtual bool clearsToZero() const { return false; }
    // Why nothing may be pasted here (empty: it may).
    virtual QString pasteRefusal() const { return {}; }
    virtual QString title() const = 0;
    virtual QString columnTitle(int section) const;
    // Whether a year of the row is entered per quarter, to say so in its tooltip.
    virtual bool notesQuarters() const { return false; }

    // A cost line that is not computed, or a financing line, in a year column.
    bool isEnteredLine(int row, int column) const;
    const QVector<Row> &rows() const { return m_rows; }
    Money rowAmount(const Row &r, int year, Measure m) const;
    bool rowHasOutcome(const Row &r, int year) const;
    Budget m_budget;
    BudgetOutcome m_outcome;

private:
    static QVector<Row> rowsFor(const Budget &budget);
    void updateCapBreaches();
    QVariant foreground(const Row &r, const QModelIndex &index, bool total, bool computed) const;
    QVariant toolTip(const Row &r, int column, const CostLine *cost) const;

    QVector<Row> m_rows;
    QVector<int> m_years;
    QSet<qint64> m_capBreached; // funders above their cap
    Committer m_committer;
};
