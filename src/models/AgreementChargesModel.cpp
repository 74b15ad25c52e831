#include "AgreementChargesModel.h"

#include <QFont>

AgreementChargesModel::AgreementChargesModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementChargesModel::setAgreement(const Agreement &agreement, const QVector<int> &years)
{
    beginResetModel();
    m_rows.clear();
    m_charges.clear();
    m_problems.clear();
    m_years = years;
    for (const AgreementParty &p : agreement.parties)
        m_rows.append({p.actorId, p.name});
    for (int year : years) {
        auto c = agreement.charges(year);
        if (c)
            m_charges.insert(year, std::move(c).value());
        else
            m_problems << c.errorMessage();
    }
    endResetModel();
}

Money AgreementChargesModel::amount(qint64 actorId, int year) const
{
    const auto it = m_charges.constFind(year);
    if (it == m_charges.constEnd())
        return {};
    if (actorId == 0)
        return it->total;
    const PartyCharge *p = it->party(actorId);
    return p ? p->total : Money();
}

int AgreementChargesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int AgreementChargesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 2;
}

Money AgreementChargesModel::cellAmount(int row, int column, bool *known) const
{
    const qint64 actor = row < m_rows.size() ? m_rows.at(row).actorId : 0;
    *known = true;
    if (column <= m_years.size()) {
        const int year = m_years.at(column - 1);
        *known = m_charges.contains(year);
        return amount(actor, year);
    }
    Money total;
    for (int year : m_years) {
        *known = *known && m_charges.contains(year);
        total += amount(actor, year);
    }
    return total;
}

QVariant AgreementChargesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const bool totalRow = row == m_rows.size();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return totalRow ? tr("Total") : m_rows.at(row).name;
        if (role == Qt::FontRole && totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    bool known = false;
    const Money m = cellAmount(row, index.column(), &known);
    switch (role) {
    case Qt::DisplayRole:
        return known ? m.toDisplayString() : QStringLiteral("–");
    case AmountRole:
        return known ? QVariant(m.ore()) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow || index.column() == columnCount() - 1) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return known ? QVariant() : QVariant(m_problems.join(QLatin1Char('\n')));
    }
    return {};
}

QVariant AgreementChargesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Party");
    if (section <= m_years.size())
        return QString::number(m_years.at(section - 1));
    return tr("Total");
}
