#pragma once

#include "Agreement.h"
#include "PrintableView.h"

#include <QDate>
#include <QWidget>

class AgreementChargesModel;
class CostAllocationPage;
class AgreementTableModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class Session;
class SharedCostModel;
class WarningBox;

// The cooperation agreements (seed 000): a list on the left; on the right the selected
// agreement with a warning band (the next notice deadline when it is within three
// months, the lapse when too few municipalities remain), and two pages:
//  - the agreement: the party that invoices, the term and its notice and renewal rules,
//    the computed next notice deadline, the validity condition, the parties and the
//    numbered amendments;
//  - the cost allocation: the method, the shared costs per year (edited in the grid)
//    and what each party pays per year.
// Every edit goes through the Session (one transaction, one undo step). File > Print
// prints the invoice basis of the chosen year.
//
// addNew(), editSelected() and deleteSelected() act on the party or amendment when its
// table has the focus, otherwise on the agreement.
class AgreementsView : public QWidget, public PrintableView
{
    Q_OBJECT
public:
    explicit AgreementsView(Session *session, QWidget *parent = nullptr);

    qint64 currentAgreementId() const;
    void selectAgreement(qint64 id);
    // The day the warnings and deadlines are computed for (today unless set; tests set it).
    // Shows what today's date changes (warnings, deadlines); the window calls it when
    // the day changes.
    Q_INVOKABLE void refreshToday();
    int invoiceYear() const;
    void setInvoiceYear(int year);

    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;

public slots:
    void addNew();
    void editSelected();
    void deleteSelected();
    void editAgreement();
    void addParty();
    void editParty();
    void removeParty();
    void addAmendment();
    void editAmendment();
    void removeAmendment();
    void addCost();
    void removeCost();
    void addYear();

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *createOverviewPage();
    void reload(qint64 select);
    void showAgreement(qint64 id);
    void refreshDetails();
    const Agreement *current() const;
    int selectedRow(QTableView *table) const;
    void commit(const Agreement &changed, const QString &undoText);
    void updateButtons();

    Session *m_session;
    qint64 m_agreementId = 0;
    AgreementTableModel *m_agreements;
    QTableView *m_list;
    QStackedWidget *m_stack;
    QLabel *m_title = nullptr;
    WarningBox *m_warnings = nullptr;
    QTabWidget *m_sections = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_host = nullptr, *m_term = nullptr, *m_notice = nullptr, *m_renewal = nullptr, *m_nextNotice = nullptr;
    QLabel *m_validity = nullptr, *m_notes = nullptr;
    QStandardItemModel *m_parties = nullptr;
    QTableView *m_partiesTable = nullptr;
    QStandardItemModel *m_amendments = nullptr;
    QTableView *m_amendmentsTable = nullptr;
    QPushButton *m_editParty = nullptr, *m_removeParty = nullptr, *m_editAmendment = nullptr,
                *m_removeAmendment = nullptr;
    CostAllocationPage *m_costPage = nullptr;
};
