#include "FollowUpPanel.h"
#include "PaletteRoles.h"

#include "Session.h"
#include "AssignmentService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString statusText(AssignmentStatus s)
{
    switch (s) {
    case AssignmentStatus::Open:
        return FollowUpPanel::tr("open");
    case AssignmentStatus::Done:
        return FollowUpPanel::tr("done");
    case AssignmentStatus::CarriedOn:
        return FollowUpPanel::tr("carried on");
    }
    return {};
}

} // namespace

FollowUpPanel::FollowUpPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setHorizontalHeaderLabels({tr("Responsible"), tr("Task"), tr("Due"), tr("Given at"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);

    m_done = new QPushButton(tr("Mark &done"));
    m_done->setObjectName(QStringLiteral("followUpDone"));
    m_carry = new QPushButton(tr("&Carry on"));
    m_carry->setObjectName(QStringLiteral("followUpCarry"));
    m_reopen = new QPushButton(tr("Reo&pen"));
    m_reopen->setObjectName(QStringLiteral("followUpReopen"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_carry);
    buttons->addWidget(m_reopen);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, [this] { followUpSelected(AssignmentStatus::Done); });
    connect(m_carry, &QPushButton::clicked, this, [this] { followUpSelected(AssignmentStatus::CarriedOn); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { followUpSelected(AssignmentStatus::Open); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FollowUpPanel::updateButtons);
    connect(m_session, &Session::assignmentsChanged, this, &FollowUpPanel::reload);
    updateButtons();
}

void FollowUpPanel::setMinutes(const Minutes &minutes)
{
    m_minutesId = minutes.id;
    m_bodyId = minutes.bodyId;
    m_date = minutes.date;
    m_editable = minutes.id != 0 && minutes.isEditable();
    reload();
}

int FollowUpPanel::pendingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const AssignmentRecord &r) { return r.assignment.status != AssignmentStatus::Done; }));
}

void FollowUpPanel::reload()
{
    const int selected = m_table->currentRow();
    m_rows.clear();
    if (m_bodyId != 0) {
        auto all = m_session->assignmentService().assignments(m_bodyId, false);
        if (!all) {
            emit errorOccurred(all.error().message);
            return;
        }
        for (const AssignmentRecord &r : *all) {
            const bool earlier = r.minutesId != m_minutesId && r.meetingDate < m_date;
            const bool doneHere = r.followedUpInMinutesId == m_minutesId && m_minutesId != 0;
            if (earlier && (r.assignment.status != AssignmentStatus::Done || doneHere))
                m_rows << r;
        }
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    const QDate today = m_date;
    for (int row = 0; row < m_rows.size(); ++row) {
        const AssignmentRecord &r = m_rows.at(row);
        const Assignment &a = r.assignment;
        const QStringList cells = {a.responsible, a.task, a.due.toString(Qt::ISODate),
                                   QStringLiteral("%1 § %2").arg(r.meetingDate.toString(Qt::ISODate)).arg(r.itemNumber),
                                   statusText(a.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (a.isOverdue(today) && (c == 2 || c == 4))
                item->setForeground(PaletteRoles::text(PaletteRoles::Role::Problem, m_table->palette().color(QPalette::Base), m_table->palette())); // overdue
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeRowsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    if (m_bodyId == 0)
        m_summary->clear();
    else if (m_rows.isEmpty())
        m_summary->setText(tr("No open assignments from the body's earlier meetings."));
    else
        m_summary->setText(tr("Open assignments from the body's earlier meetings: %1 still to follow up of %2 listed.")
                               .arg(pendingCount())
                               .arg(m_rows.size()));
    updateButtons();
    emit pendingCountChanged(pendingCount());
}

void FollowUpPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = m_editable && row >= 0 && row < m_rows.size() && !m_table->selectedItems().isEmpty();
    const AssignmentStatus s = any ? m_rows.at(row).assignment.status : AssignmentStatus::Open;
    m_done->setEnabled(any && s != AssignmentStatus::Done);
    m_carry->setEnabled(any && s != AssignmentStatus::CarriedOn);
    m_reopen->setEnabled(any && s != AssignmentStatus::Open);
}

void FollowUpPanel::followUpSelected(AssignmentStatus status)
{
    static_cast<void>(followUp(m_table->currentRow(), status)); // errorOccurred says why
}

Status FollowUpPanel::followUp(int row, AssignmentStatus status)
{
    if (row < 0 || row >= m_rows.size())
        return Error{Error::Kind::Invalid, tr("Choose an assignment to follow up.")};
    if (!m_editable) {
        const Error e{Error::Kind::Invalid, tr("The follow-up is recorded in draft minutes only.")};
        emit errorOccurred(e.message);
        return e;
    }
    Status s = m_session->assignmentService().followUp(m_rows.at(row), status, m_minutesId, m_date);
    if (!s)
        emit errorOccurred(s.error().message);
    return s;
}
