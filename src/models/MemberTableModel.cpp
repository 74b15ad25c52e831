#include "MemberTableModel.h"

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MemberDetail &d = m_members.at(index.row());
    if (role == IdRole)
        return d.membership.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Person: return d.personName.isEmpty() ? tr("(organisation seat)") : d.personName;
    case Organisation: return d.organisationName;
    case Role: return Classification::label(d.membership.role);
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person: return tr("Person");
    case Organisation: return tr("Organisation");
    case Role: return tr("Role");
    }
    return {};
}

void MemberTableModel::setMembers(qint64 bodyId, QVector<MemberDetail> members)
{
    beginResetModel();
    m_bodyId = bodyId;
    m_members = std::move(members);
    endResetModel();
}
