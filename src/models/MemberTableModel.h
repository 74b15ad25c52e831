#pragma once

#include "BodyRepository.h"

#include <QAbstractTableModel>

// The seats of one body: person, organisation, role.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Organisation, Role, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(qint64 bodyId, QVector<MemberDetail> members);
    qint64 bodyId() const { return m_bodyId; }
    const QVector<MemberDetail> &members() const { return m_members; }
    const MemberDetail &memberAt(int row) const { return m_members.at(row); }

private:
    qint64 m_bodyId = 0;
    QVector<MemberDetail> m_members;
};
