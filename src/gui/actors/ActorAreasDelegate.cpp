#include "ActorAreasDelegate.h"

#include "ActorTableModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kSlots = 3;
int dotSize(const QFontMetrics &fm) { return qMax(6, fm.height() * 5 / 9); }
int dotGap(const QFontMetrics &fm) { return qMax(2, fm.height() / 6); }
} // namespace

void ActorAreasDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Areas areas = Areas::fromInt(index.data(ActorTableModel::AreasRole).toInt());
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const int d = dotSize(opt.fontMetrics);
    const int gap = dotGap(opt.fontMetrics);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    int x = r.left();
    const int y = r.center().y() - d / 2 + 1;
    for (Area area : Classification::areas()) {
        if (areas.testFlag(area)) {
            const QColor colour(Classification::colorName(area));
            painter->setPen(QPen(colour.darker(135), 1));
            painter->setBrush(colour);
            painter->drawEllipse(QRectF(x + 0.5, y + 0.5, d - 1, d - 1));
        }
        x += d + gap;
    }
    x += gap * 2;
    const QRect textRect(x, r.top(), r.right() - x, r.height());
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter),
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ActorAreasDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kSlots * (dotSize(option.fontMetrics) + dotGap(option.fontMetrics)) + 2 * dotGap(option.fontMetrics);
    return size;
}
