#pragma once

#include "Clock.h"

#include "Agreement.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

// The cooperation agreements: name, term, next notice deadline and parties; an
// agreement with warnings on "today" (a notice deadline within three months, too few
// parties) carries them in WarningsRole.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Term, NextNotice, Parties, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int WarningsRole = Qt::UserRole + 2;

    explicit AgreementTableModel(QObject *parent = nullptr);

    void setAgreements(QVector<Agreement> agreements);
    const QVector<Agreement> &agreements() const { return m_agreements; }
    void setToday(QDate today);
    QDate today() const { return m_today; }
    int rowOf(qint64 id) const;
    const Agreement *agreement(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Agreement> m_agreements;
    QDate m_today = Clock::today();
};
