#include "AssignmentTable.h"

#include "DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

AssignmentTable::AssignmentTable(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("minutesAssignments"));
    m_table->setHorizontalHeaderLabels({tr("Responsible"), tr("Task"), tr("Due (YYYY-MM-DD)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(120);
    m_add = new QPushButton(tr("Add assignment"));
    m_add->setObjectName(QStringLiteral("addAssignment"));
    m_remove = new QPushButton(tr("Remove assignment"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            readTable();
    });
    connect(m_add, &QPushButton::clicked, this, &AssignmentTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
}

void AssignmentTable::showItem(const MinutesItem &item, bool editable)
{
    // Cells are updated in place, not rebuilt: every committed cell is saved at once and
    // comes back here, and a rebuilt table dropped the editor that Tab was moving to, so
    // focus fell to the Add button and the next space added a stray row (issue 18).
    const QScopedValueRollback filling(m_filling, true);
    m_item = item;
    m_table->setRowCount(int(item.assignments.size()));
    for (int r = 0; r < item.assignments.size(); ++r) {
        const Assignment &a = item.assignments.at(r);
        const QString texts[] = {a.responsible, a.task, a.due.toString(Qt::ISODate)};
        for (int c = 0; c < 3; ++c) {
            if (QTableWidgetItem *cell = m_table->item(r, c)) {
                if (cell->text() != texts[c])
                    cell->setText(texts[c]);
            } else {
                m_table->setItem(r, c, new QTableWidgetItem(texts[c]));
            }
        }
    }
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && !item.assignments.isEmpty());
}

int AssignmentTable::currentRow() const
{
    return m_table->currentRow();
}

void AssignmentTable::readTable()
{
    QVector<Assignment> list = m_item.assignments;
    for (int r = 0; r < m_table->rowCount() && r < list.size(); ++r) {
        auto text = [this, r](int c) { return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString(); };
        const QString dueText = text(2);
        QDate due;
        if (!dueText.isEmpty()) {
            const auto parsed = DateText::parse(dueText);
            if (!parsed) {
                emit refused(tr("The due date of assignment %1 in § %2: %3")
                                 .arg(r + 1)
                                 .arg(m_item.number)
                                 .arg(parsed.errorMessage()));
                return;
            }
            due = *parsed;
        }
        if (list[r].responsible != text(0))
            list[r].responsiblePersonId = 0;
        list[r].responsible = text(0);
        list[r].task = text(1);
        list[r].due = due;
    }
    emit assignmentsEdited(list);
}
