#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

// The agreements with a warning icon beside one that needs attention (a notice deadline
// within three months, too few parties).
class AgreementListProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QIcon warningIcon;

    QVariant data(const QModelIndex &index, int role) const override;
};
