#include "AttendanceTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { StatusColumn = 3, RoleColumn = 4, ArrivedColumn = 5, LeftColumn = 6, ColumnCount = 7 };

QString statusName(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present:
        return AttendanceTable::tr("present");
    case AttendanceStatus::Absent:
        return AttendanceTable::tr("absent");
    case AttendanceStatus::DeputyServing:
        return AttendanceTable::tr("deputy serving");
    }
    return {};
}

QString roleName(MinutesRole r)
{
    switch (r) {
    case MinutesRole::None:
        return QString();
    case MinutesRole::Chair:
        return AttendanceTable::tr("chair");
    case MinutesRole::Secretary:
        return AttendanceTable::tr("secretary");
    case MinutesRole::Adjuster:
        return AttendanceTable::tr("adjuster");
    }
    return {};
}

} // namespace

AttendanceTable::AttendanceTable(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("minutesAttendance"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Party"), tr("Organisation"), tr("Attendance"), tr("Role"),
                                        tr("Arrived at §"), tr("Left after §")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add = new QPushButton(tr("Add &others present…"));
    m_add->setObjectName(QStringLiteral("addOtherPresent"));
    m_remove = new QPushButton(tr("Remove from the list"));
    m_remove->setObjectName(QStringLiteral("removeOtherPresent"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttendanceTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
}

void AttendanceTable::showAttendance(const Minutes &minutes, bool editable)
{
    const QScopedValueRollback filling(m_filling, true);
    m_shown = minutes.attendance;
    const int lastItem = minutes.items.isEmpty() ? 0 : minutes.items.constLast().number;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Attendee &a = m_shown.at(row);
        QString name = a.name;
        if (!a.member)
            name += QStringLiteral(" ") + tr("(others present)");
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(a.party));
        m_table->setItem(row, 2, new QTableWidgetItem(a.organisation));
        auto *status = new QComboBox;
        for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Absent, AttendanceStatus::DeputyServing})
            status->addItem(statusName(s), int(s));
        status->setCurrentIndex(status->findData(int(a.status)));
        auto *role = new QComboBox;
        for (MinutesRole r : {MinutesRole::None, MinutesRole::Chair, MinutesRole::Secretary, MinutesRole::Adjuster})
            role->addItem(roleName(r), int(r));
        role->setCurrentIndex(role->findData(int(a.role)));
        m_table->setCellWidget(row, StatusColumn, status);
        m_table->setCellWidget(row, RoleColumn, role);
        // Arrival or departure at an item: 0 shows as "—" (from the start, to the end).
        for (int column : {ArrivedColumn, LeftColumn}) {
            auto *spin = new QSpinBox;
            spin->setRange(0, lastItem);
            spin->setSpecialValueText(QStringLiteral("—"));
            spin->setPrefix(QStringLiteral("§ "));
            spin->setValue(column == ArrivedColumn ? a.arrivedAtItem : a.leftAtItem);
            spin->setEnabled(editable);
            spin->setFrame(false);
            m_table->setCellWidget(row, column, spin);
            connect(spin, &QSpinBox::editingFinished, this, [this, row] { rowEdited(row); });
        }
        status->setEnabled(editable);
        role->setEnabled(editable);
        connect(status, &QComboBox::currentIndexChanged, this, [this, row] { rowEdited(row); });
        connect(role, &QComboBox::currentIndexChanged, this, [this, row] { rowEdited(row); });
    }
}

void AttendanceTable::setListEditable(bool editable)
{
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

int AttendanceTable::currentRow() const
{
    return m_table->currentRow();
}

void AttendanceTable::rowEdited(int row)
{
    if (m_filling || row >= m_shown.size())
        return;
    Attendee a = m_shown.at(row);
    a.status = AttendanceStatus(qobject_cast<QComboBox *>(m_table->cellWidget(row, StatusColumn))->currentData().toInt());
    a.role = MinutesRole(qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn))->currentData().toInt());
    a.arrivedAtItem = qobject_cast<QSpinBox *>(m_table->cellWidget(row, ArrivedColumn))->value();
    a.leftAtItem = qobject_cast<QSpinBox *>(m_table->cellWidget(row, LeftColumn))->value();
    emit attendeeEdited(row, a);
}
