#include "AssignmentTableModel.h"

#include "PaletteRoles.h"

#include <QColor>

namespace {

// The warning colour of the overdue rows: a dark red that reads on white and on the
// alternating row colour.

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

AssignmentTableModel::AssignmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AssignmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssignmentTableModel::statusText(AssignmentStatus status)
{
    switch (status) {
    case AssignmentStatus::Open:
        return tr("open");
    case AssignmentStatus::Done:
        return tr("done");
    case AssignmentStatus::CarriedOn:
        return tr("carried on");
    }
    return {};
}

QVariant AssignmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssignmentRecord &r = recordAt(index.row());
    const Assignment &a = r.assignment;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Responsible:
            return a.responsible;
        case Task:
            return a.task;
        case Due:
            return isoDate(a.due);
        case Status:
            // Overdue in words too, not only in colour.
            if (a.isOverdue(m_today))
                return role == Qt::ToolTipRole ? tr("%1, overdue since %2").arg(statusText(a.status), isoDate(a.due))
                                               : tr("%1, overdue").arg(statusText(a.status));
            return statusText(a.status);
        case Body:
            return r.bodyName;
        case MeetingDate:
            return isoDate(r.meetingDate);
        case Item:
            return r.itemNumber > 0 ? QStringLiteral("§\u00a0%1").arg(r.itemNumber) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Due:
            return a.due;
        case MeetingDate:
            return r.meetingDate;
        case Item:
            return r.itemNumber;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (a.isOverdue(m_today))
            return PaletteRoles::text(PaletteRoles::Role::Problem);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Item)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AssignmentIdRole:
        return a.id;
    case MinutesIdRole:
        return r.minutesId;
    case OverdueRole:
        return a.isOverdue(m_today);
    }
    return {};
}

QVariant AssignmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Responsible:
        return tr("Responsible");
    case Task:
        return tr("Task");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Body:
        return tr("Body");
    case MeetingDate:
        return tr("Meeting date");
    case Item:
        return tr("§");
    }
    return {};
}

void AssignmentTableModel::setRecords(QVector<AssignmentRecord> records)
{
    beginResetModel();
    m_all = std::move(records);
    refilter();
    endResetModel();
}

void AssignmentTableModel::setFilter(const AssignmentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void AssignmentTableModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    refilter();
    endResetModel();
}

int AssignmentTableModel::rowOf(qint64 assignmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (recordAt(row).assignment.id == assignmentId)
            return row;
    return -1;
}

QVector<AssignmentRecord> AssignmentTableModel::shownRecords() const
{
    QVector<AssignmentRecord> out;
    out.reserve(m_rows.size());
    for (int i : m_rows)
        out.append(m_all.at(i));
    return out;
}

int AssignmentTableModel::overdueCount() const
{
    int n = 0;
    for (int i : m_rows)
        n += m_all.at(i).assignment.isOverdue(m_today) ? 1 : 0;
    return n;
}

bool AssignmentTableModel::accepts(const AssignmentRecord &r) const
{
    const Assignment &a = r.assignment;
    const QString person = m_filter.person.trimmed();
    if (!person.isEmpty() && !a.responsible.contains(person, Qt::CaseInsensitive))
        return false;
    if (m_filter.bodyId != 0 && r.bodyId != m_filter.bodyId)
        return false;
    switch (m_filter.status) {
    case AssignmentFilter::Status::All:
        break;
    case AssignmentFilter::Status::Open:
        if (a.status != AssignmentStatus::Open)
            return false;
        break;
    case AssignmentFilter::Status::Done:
        if (a.status != AssignmentStatus::Done)
            return false;
        break;
    case AssignmentFilter::Status::CarriedOn:
        if (a.status != AssignmentStatus::CarriedOn)
            return false;
        break;
    }
    return !m_filter.overdueOnly || a.isOverdue(m_today);
}

void AssignmentTableModel::refilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all.at(i)))
            m_rows.append(i);
}
