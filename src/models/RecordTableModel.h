#pragma once

#include <QAbstractTableModel>
#include <QVector>

// A read-only table over a vector of records with an `id` member. Subclasses name
// the columns and say what each cell shows; edits go through the repositories and
// come back as upsert()/removeById().
template <typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(headers().size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
            return {};
        const Record &r = m_rows.at(index.row());
        if (role == IdRole)
            return r.id;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return cell(r, index.column());
        return extraData(r, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    void setRecords(QVector<Record> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QVector<Record> &records() const { return m_rows; }
    const Record &recordAt(int row) const { return m_rows.at(row); }

    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                return i;
        return -1;
    }

    void upsert(const Record &r)
    {
        const int row = rowOf(r.id);
        if (row >= 0) {
            m_rows[row] = r;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(r);
        endInsertRows();
    }

    void removeById(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Record &r, int column) const = 0;
    virtual QVariant extraData(const Record &, int, int) const { return {}; }

    QVector<Record> m_rows;
};
