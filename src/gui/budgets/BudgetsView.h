#pragma once

#include "FileDialogs.h"

#include "PrintableView.h"

#include <QVector>
#include <QWidget>

class BudgetAmountsModel;
class BudgetComparisonModel;
class BudgetOutcomeModel;
class BudgetSheet;
class QuarterOutcomeModel;
class QChartView;
class BudgetGridView;
class QComboBox;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class Session;

// The Budgets tab: pick a budget, see and edit it as a spreadsheet (the budget, its
// outcome, or budget against outcome), with the checks (financing equals costs each
// year, funders within their caps) under it. Import and export CSV. Every edit goes
// through the Session as one undo step; a refused edit is reported through errorOccurred().
// File > Print, Print Preview and Export as PDF print the budget report.
class BudgetsView : public QWidget, public PrintableView
{
    Q_OBJECT
public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit BudgetsView(Session *session, QWidget *parent = nullptr);

    // PrintableView: the budget report (tables as in seed 002, the checks, the charts).
    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;

    // The sheet shown: the budget, its outcome (per year or quarter), or the comparison.
    BudgetSheet *gridModel() const { return m_model; }
    BudgetGridView *grid() const { return m_grid; }
    qint64 currentBudgetId() const;
    // The charts under the grid: costs per year, financing shares, budget against outcome.
    QVector<QChartView *> chartViews() const { return m_chartViews; }
    void selectBudget(qint64 id);

public slots:
    // Edit > Edit (F2) and Edit > Delete on this tab: edit the current cell; clear the
    // selected entered amounts (one undo step).
    void editSelected();
    void deleteSelected();
    void importCsv();
    void exportCsv();
    // Edit > New (Insert) on this tab: add a cost line.
    void addNew() { addCostLine(); }
    void addCostLine();
    void addFinancingLine();
    void renameLine();
    void removeLine();
    void newBudget();

signals:
    void errorOccurred(const QString &message);
    void message(const QString &text);

private:
    void reloadList(qint64 select = 0);
    void reload();
    void updateChecks();
    void updateCharts();
    void fitColumns();
    QVector<BudgetSheet *> sheets() const;
    // Shows the sheet the mode and period ask for.
    void showSheet();
    qint64 selectedLineId() const;
    void updateLineActions();

    Session *m_session;
    QComboBox *m_picker;
    QComboBox *m_mode;
    QComboBox *m_quarter;
    QLabel *m_quarterLabel;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_lines;
    QPushButton *m_newBudget;
    BudgetAmountsModel *m_amounts;
    BudgetOutcomeModel *m_outcome;
    QuarterOutcomeModel *m_quarterOutcome;
    BudgetComparisonModel *m_comparison;
    BudgetSheet *m_model; // the one shown
    BudgetGridView *m_grid;
    QLabel *m_checks;
    QSplitter *m_splitter;
    QVector<QChartView *> m_chartViews;
    QAction *m_addCost = nullptr;
    QAction *m_addFinancing = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
    FileDialogs *m_files = &FileDialogs::native();
};
