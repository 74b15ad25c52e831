#pragma once

#include "Body.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>
#include <QVector>

class QPainter;

// The cooperation system (001 §6.4.4) drawn: the bodies in a column per area (green,
// blue, yellow; bodies without one, such as steering groups, first) and a row per level
// (regional above local), each a card with its kind, name and the organisations in it.
class CooperationSystemPicture
{
    Q_DECLARE_TR_FUNCTIONS(CooperationSystemPicture)
public:
    struct Entry
    {
        Body body;
        QStringList organisations; // in Swedish order
    };
    explicit CooperationSystemPicture(QVector<Entry> entries);

    QSizeF size() const { return m_size; }
    void paint(QPainter *painter, const QRectF &exposed) const;
    // Where each body's card is (same order as the entries).
    const QVector<QRectF> &cards() const { return m_cards; }

private:
    QVector<Entry> m_entries;
    QVector<QRectF> m_cards;
    QVector<QRectF> m_columns; // headers
    QVector<Area> m_columnAreas;
    QVector<QRectF> m_rows;
    QSizeF m_size;
};
