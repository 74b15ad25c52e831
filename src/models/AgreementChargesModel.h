#pragma once

#include "Agreement.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QVector>

// What each party of an agreement pays per year (the invoice basis in brief): a row
// per party and a total row; a column per year and a total column. Amounts are the
// parties' shares of all shared costs (Agreement::charges). A year whose allocation
// cannot be made (percentages not adding up to 100 % ...) shows no amounts; its
// reason is in problems().
class AgreementChargesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int AmountRole = Qt::UserRole + 1; // Money as qint64 öre
    explicit AgreementChargesModel(QObject *parent = nullptr);

    void setAgreement(const Agreement &agreement, const QVector<int> &years);
    const QVector<int> &years() const { return m_years; }
    QStringList problems() const { return m_problems; }
    // The amount a party pays in a year (party 0: everybody); invalid years give 0.
    Money amount(qint64 actorId, int year) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Money cellAmount(int row, int column, bool *known) const;
    struct Row
    {
        qint64 actorId = 0;
        QString name;
    };
    QVector<Row> m_rows;
    QVector<int> m_years;
    QMap<int, YearCharges> m_charges; // only years that could be allocated
    QStringList m_problems;
};
