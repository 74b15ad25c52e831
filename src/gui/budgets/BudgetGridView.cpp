#include "BudgetGridView.h"

#include "BudgetSheet.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

BudgetGridView::BudgetGridView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("budgetGrid"));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void BudgetGridView::setGridModel(BudgetSheet *model)
{
    m_model = model;
    setModel(model);
}

void BudgetGridView::copySelection() const
{
    if (m_model)
        QApplication::clipboard()->setText(m_model->copyText(selectionModel()->selectedIndexes()));
}

void BudgetGridView::pasteClipboard()
{
    if (!m_model)
        return;
    QModelIndex start = currentIndex();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected) // the top left of the selection
        if (!start.isValid() || i.row() < start.row() || (i.row() == start.row() && i.column() < start.column()))
            start = i;
    (void)m_model->paste(start, QApplication::clipboard()->text());
}

void BudgetGridView::clearSelectedAmounts()
{
    if (m_model)
        (void)m_model->commit(m_model->editsForClear(selectionModel()->selectedIndexes()));
}

void BudgetGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedAmounts();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()
            && !(model()->flags(currentIndex()) & Qt::ItemIsEditable)) {
            // Enter on a read-only cell moves down, as in a spreadsheet.
            setCurrentIndex(model()->index(qMin(currentIndex().row() + 1, model()->rowCount() - 1), currentIndex().column()));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}
