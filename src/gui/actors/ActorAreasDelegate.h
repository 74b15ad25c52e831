#pragma once

#include <QStyledItemDelegate>

// The Areas column of the register: a dot in each area's colour (green, blue, yellow,
// always in that place, as on the landscape map) before the area names.
class ActorAreasDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
