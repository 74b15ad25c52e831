#pragma once

#include "Agreement.h"

#include <QDate>
#include <QWidget>

#include <optional>

class AgreementChargesModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Session;
class SharedCostModel;

// The cost allocation of one cooperation agreement (seed 000): the method, the shared
// costs per year (edited in the grid, each edit an undo step through the Session),
// what each party pays per year, and the year of the invoice basis that File > Print
// prints. Changes to the agreement itself are asked of the agreements view
// (commitRequested), which saves them.
class CostAllocationPage : public QWidget
{
    Q_OBJECT
public:
    explicit CostAllocationPage(Session *session, QWidget *parent = nullptr);

    // Shows the agreement as stored (null: none). Years added with addYear() stay while
    // the same agreement is shown.
    void showAgreement(const Agreement *agreement, QDate today);
    // The years of the grid: the term's, those with costs, and the ones added.
    QVector<int> years() const;
    int invoiceYear() const;
    // The grid of shared costs has the keyboard focus (Edit > Delete removes a cost).
    bool costsHaveFocus() const;
    void setInvoiceYear(int year);

public slots:
    void addCost();
    void removeCost();
    void addYear();

signals:
    void commitRequested(const Agreement &changed, const QString &undoText);
    void errorOccurred(const QString &message);

private:
    void setMethod(int index);
    void resetCostGrid();
    void updateButtons();

    Session *m_session;
    std::optional<Agreement> m_agreement;
    QDate m_today;
    int m_extraYears = 0;
    QComboBox *m_method;
    QLineEdit *m_basis;
    QLabel *m_basisLabel;
    SharedCostModel *m_costs;
    QTableView *m_costsTable;
    QPushButton *m_removeCost;
    AgreementChargesModel *m_charges;
    QTableView *m_chargesTable;
    QLabel *m_allocationProblems;
    QComboBox *m_invoiceYear;
};
