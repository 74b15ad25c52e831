#include "SharedCostModel.h"

#include <QFont>

SharedCostModel::SharedCostModel(QObject *parent) : QAbstractTableModel(parent) {}

void SharedCostModel::setAgreement(const Agreement &agreement, const QVector<int> &years)
{
    beginResetModel();
    m_agreement = agreement;
    m_years = years;
    endResetModel();
}

int SharedCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_agreement.costs.isEmpty() ? 0 : int(m_agreement.costs.size()) + 1;
}

int SharedCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 2;
}

QVariant SharedCostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = isTotalRow(row);
    const bool totalColumn = column == columnCount() - 1;
    if (role == Qt::FontRole && (total || totalColumn)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && column == 0 && !total)
        return m_agreement.costs.at(row).name; // the grid may elide a long name
    if (role == Qt::TextAlignmentRole && column > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == 0)
        return total ? (role == Qt::DisplayRole ? tr("Total") : QVariant()) : m_agreement.costs.at(row).name;
    Money m;
    if (totalColumn) {
        for (int year : m_years)
            m += total ? m_agreement.costTotal(year) : m_agreement.costs.at(row).amount(year);
    } else {
        const int year = m_years.at(column - 1);
        m = total ? m_agreement.costTotal(year) : m_agreement.costs.at(row).amount(year);
    }
    return role == Qt::EditRole ? m.toPlainString() : m.toDisplayString();
}

bool SharedCostModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_commit)
        return false;
    Agreement changed = m_agreement;
    SharedCost &cost = changed.costs[index.row()];
    QString undoText;
    if (index.column() == 0) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            emit refused(tr("A shared cost needs a name; %1 was kept.").arg(cost.name));
            return false;
        }
        if (name == cost.name)
            return false;
        undoText = tr("Rename %1 to %2").arg(cost.name, name);
        cost.name = name;
    } else {
        const int year = m_years.at(index.column() - 1);
        const QString text = value.toString().trimmed();
        Money amount;
        if (!text.isEmpty()) {
            auto parsed = Money::parse(text);
            if (!parsed) {
                emit refused(tr("%1, %2: %3").arg(cost.name).arg(year).arg(parsed.errorMessage()));
                return false;
            }
            amount = *parsed;
        }
        if (amount.isNegative()) {
            emit refused(tr("%1, %2: a shared cost cannot be negative (%3).").arg(cost.name).arg(year)
                             .arg(amount.toDisplayString()));
            return false;
        }
        if (amount == cost.amount(year) && (cost.amounts.contains(year) || amount.isZero()))
            return false;
        undoText = tr("Change %1 in %2 to %3").arg(cost.name).arg(year).arg(amount.toDisplayString());
        if (text.isEmpty())
            cost.amounts.remove(year);
        else
            cost.amounts.insert(year, amount);
    }
    m_committing = true;
    const Status s = m_commit(changed, undoText);
    m_committing = false;
    if (!s) {
        emit refused(s.errorMessage());
        return false;
    }
    return true; // the commit's change notification resets the model with the stored agreement
}

Qt::ItemFlags SharedCostModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isTotalRow(index.row()) && index.column() < columnCount() - 1)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SharedCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Shared cost");
    if (section <= m_years.size())
        return QString::number(m_years.at(section - 1));
    return tr("Total");
}
