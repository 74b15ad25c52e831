#pragma once

#include <QTableView>

class BudgetSheet;

// The spreadsheet of a budget: arrow keys, Tab and Enter move as in a spreadsheet,
// typing starts editing, Ctrl+C copies the selected cells as tab-separated text,
// Ctrl+V pastes a block copied from Excel or LibreOffice at the current cell (one undo
// step), Delete clears the selected entered amounts.
class BudgetGridView : public QTableView
{
    Q_OBJECT
public:
    explicit BudgetGridView(QWidget *parent = nullptr);
    void setGridModel(BudgetSheet *model);

    void copySelection() const;
    void pasteClipboard();
    // Clears the selected entered amounts (a budget amount becomes 0 kr, an outcome figure empty).
    void clearSelectedAmounts();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    BudgetSheet *m_model = nullptr;
};
