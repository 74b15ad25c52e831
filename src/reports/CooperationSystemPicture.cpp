#include "CooperationSystemPicture.h"

#include "MapPainter.h"

#include <QPainter>

#include <algorithm>

namespace {

constexpr qreal kHeader = 34;
constexpr qreal kLevelWidth = 90;
constexpr qreal kCardWidth = 260;
constexpr qreal kLine = 13;
constexpr qreal kGap = 10;
const Area kColumnOrder[] = {Area::None, Area::TrainingMatching, Area::TransitionGuidance, Area::Preparatory};
const GeoLevel kRowOrder[] = {GeoLevel::Regional, GeoLevel::Local};

QFont font(int size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(size);
    f.setBold(bold);
    return f;
}

qreal cardHeight(const CooperationSystemPicture::Entry &e)
{
    return 2 * kLine + 10 + std::max<qsizetype>(1, e.organisations.size()) * kLine + 6;
}

} // namespace

CooperationSystemPicture::CooperationSystemPicture(QVector<Entry> entries) : m_entries(std::move(entries))
{
    m_cards.resize(m_entries.size());
    qreal y = kHeader;
    QVector<qreal> columnWidth(4, kCardWidth + 2 * kGap);
    for (GeoLevel level : kRowOrder) {
        qreal rowHeight = 40;
        for (int c = 0; c < 4; ++c) {
            qreal h = kGap;
            for (int i = 0; i < m_entries.size(); ++i) {
                const Body &b = m_entries.at(i).body;
                const bool local = b.level == GeoLevel::Local;
                if ((level == GeoLevel::Local) != local || b.area != kColumnOrder[c])
                    continue;
                const qreal x = kLevelWidth + c * (kCardWidth + 2 * kGap) + kGap;
                m_cards[i] = QRectF(x, y + h, kCardWidth, cardHeight(m_entries.at(i)));
                h += m_cards[i].height() + kGap;
            }
            rowHeight = std::max(rowHeight, h);
        }
        m_rows.append(QRectF(0, y, kLevelWidth + 4 * (kCardWidth + 2 * kGap), rowHeight));
        y += rowHeight;
    }
    for (int c = 0; c < 4; ++c) {
        m_columns.append(QRectF(kLevelWidth + c * (kCardWidth + 2 * kGap), 0, kCardWidth + 2 * kGap, kHeader));
        m_columnAreas.append(kColumnOrder[c]);
    }
    m_size = QSizeF(kLevelWidth + 4 * (kCardWidth + 2 * kGap), y);
}

void CooperationSystemPicture::paint(QPainter *p, const QRectF &exposed) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x26, 0x32, 0x38);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Area area = m_columnAreas.at(c);
        const QColor colour = area == Area::None ? QColor(0x45, 0x5a, 0x64) : MapPainter::areaColor(area);
        p->fillRect(m_columns.at(c).adjusted(1, 0, -1, 0), colour);
        p->setPen(area == Area::Preparatory ? ink : QColor(Qt::white));
        p->setFont(font(10, true));
        p->drawText(m_columns.at(c), Qt::AlignCenter | Qt::TextWordWrap,
                    area == Area::None ? tr("Steering and coordination") : Classification::label(area));
        QColor tint = colour;
        tint.setAlpha(22);
        p->fillRect(QRectF(m_columns.at(c).left() + 1, kHeader, m_columns.at(c).width() - 2, m_size.height() - kHeader),
                    tint);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF row = m_rows.at(r);
        p->setPen(QPen(QColor(0x78, 0x90, 0x9c), 1.2));
        p->drawLine(row.topLeft(), row.topRight());
        p->fillRect(QRectF(0, row.top(), kLevelWidth, row.height()), QColor(0xe3, 0xe9, 0xed));
        p->setPen(ink);
        p->setFont(font(11, true));
        p->drawText(QRectF(6, row.top() + 6, kLevelWidth - 10, row.height() - 12), Qt::AlignLeft | Qt::AlignTop,
                    Classification::label(kRowOrder[r]));
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRectF card = m_cards.at(i);
        if (card.isNull() || !card.intersects(exposed))
            continue;
        const Entry &e = m_entries.at(i);
        p->setPen(QPen(QColor(0x90, 0xa4, 0xae), 0.8));
        p->setBrush(Qt::white);
        p->drawRoundedRect(card, 4, 4);
        p->setPen(QColor(0x55, 0x5b, 0x61));
        p->setFont(font(8));
        p->drawText(QRectF(card.left() + 8, card.top() + 4, card.width() - 16, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                    Classification::label(e.body.kind) + (e.body.municipality.isEmpty() ? QString()
                                                                                           : QStringLiteral(" · ") + e.body.municipality));
        p->setPen(ink);
        p->setFont(font(10, true));
        p->drawText(QRectF(card.left() + 8, card.top() + 4 + kLine, card.width() - 16, kLine + 2),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(e.body.name, Qt::ElideRight, int(card.width() - 16)));
        p->setPen(QPen(QColor(0xdd, 0xe3, 0xe6), 0.8));
        const qreal ruleY = card.top() + 2 * kLine + 8;
        p->drawLine(QPointF(card.left() + 8, ruleY), QPointF(card.right() - 8, ruleY));
        p->setFont(font(9));
        p->setPen(ink);
        qreal y = ruleY + 2;
        if (e.organisations.isEmpty()) {
            p->setPen(QColor(0x90, 0xa4, 0xae));
            p->drawText(QRectF(card.left() + 8, y, card.width() - 16, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                        tr("No organisations yet"));
        }
        for (const QString &o : e.organisations) {
            p->drawText(QRectF(card.left() + 8, y, card.width() - 16, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                        p->fontMetrics().elidedText(o, Qt::ElideRight, int(card.width() - 16)));
            y += kLine;
        }
    }
    p->restore();
}
