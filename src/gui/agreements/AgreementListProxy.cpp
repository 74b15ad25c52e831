#include "AgreementListProxy.h"

#include "AgreementTableModel.h"

QVariant AgreementListProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == AgreementTableModel::Name
        && !index.data(AgreementTableModel::WarningsRole).toStringList().isEmpty())
        return warningIcon;
    return QIdentityProxyModel::data(index, role);
}
