#pragma once

#include "Agreement.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

// The shared costs of an agreement as an editable grid: a row per cost, the name and
// a column per year (amounts typed the Swedish way: "1 030 000", "1 030 000 kr"), then
// a read-only total; a last row with the totals per year. An edit is not applied here:
// it is handed, as the whole changed agreement, to the commit function (the session,
// which saves it with an undo step) and shown once that succeeds; a refused edit
// (text where an amount goes, a negative amount) is reported through refused().
class SharedCostModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Commit = std::function<Status(const Agreement &, const QString &undoText)>;
    explicit SharedCostModel(QObject *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    void setAgreement(const Agreement &agreement, const QVector<int> &years);
    const QVector<int> &years() const { return m_years; }
    bool isTotalRow(int row) const { return row == m_agreement.costs.size(); }
    // True while an edit is being handed to the commit function (inside setData()).
    bool isCommitting() const { return m_committing; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString &message);

private:
    Agreement m_agreement;
    QVector<int> m_years;
    Commit m_commit;
    bool m_committing = false;
};
