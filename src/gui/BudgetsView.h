#pragma once

#include <QWidget>

class BudgetGridModel;
class BudgetGridView;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class Session;

// The Budgets tab: pick a budget, see and edit it as a spreadsheet (the budget, its
// outcome, or budget against outcome), with the checks (financing equals costs each
// year, funders within their caps) under it. Import and export CSV. Every edit goes
// through the Session as one undo step; a refused edit is reported through errorOccurred().
class BudgetsView : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetsView(Session *session, QWidget *parent = nullptr);

    BudgetGridModel *gridModel() const { return m_model; }
    BudgetGridView *grid() const { return m_grid; }
    qint64 currentBudgetId() const;
    void selectBudget(qint64 id);

public slots:
    void importCsv();
    void exportCsv();

signals:
    void errorOccurred(const QString &message);
    void message(const QString &text);

protected:
    // Where charts and the like go under the grid (used by subclasses of the layout).
    QSplitter *splitter() const { return m_splitter; }

private:
    void reloadList(qint64 select = 0);
    void reload();
    void updateChecks();

    Session *m_session;
    QComboBox *m_picker;
    QComboBox *m_mode;
    QPushButton *m_import;
    QPushButton *m_export;
    BudgetGridModel *m_model;
    BudgetGridView *m_grid;
    QLabel *m_checks;
    QSplitter *m_splitter;
};
