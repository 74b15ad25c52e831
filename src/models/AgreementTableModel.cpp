#include "AgreementTableModel.h"

AgreementTableModel::AgreementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementTableModel::setAgreements(QVector<Agreement> agreements)
{
    beginResetModel();
    m_agreements = std::move(agreements);
    endResetModel();
}

void AgreementTableModel::setToday(QDate today)
{
    m_today = today;
    if (!m_agreements.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AgreementTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_agreements.size(); ++i)
        if (m_agreements.at(i).id == id)
            return i;
    return -1;
}

const Agreement *AgreementTableModel::agreement(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_agreements.at(row);
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agreements.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agreements.size())
        return {};
    const Agreement &a = m_agreements.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == WarningsRole)
        return a.warningsAhead(m_today);
    if (role == Qt::ToolTipRole)
        return index.column() == Name ? a.warningsAhead(m_today).join(QLatin1Char('\n')) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Term:
        return tr("%1 – %2").arg(a.term.start().toString(Qt::ISODate), a.term.initialEnd().toString(Qt::ISODate));
    case NextNotice: {
        const QDate deadline = a.term.nextNoticeDeadline(m_today);
        return deadline.isValid() ? deadline.toString(Qt::ISODate) : tr("not renewed");
    }
    case Parties: {
        int now = 0;
        for (const AgreementParty &p : a.parties)
            now += p.isPartyOn(m_today) ? 1 : 0;
        return now;
    }
    }
    return {};
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Agreement");
    case Term: return tr("First term");
    case NextNotice: return tr("Next notice deadline");
    case Parties: return tr("Parties");
    }
    return {};
}
