#pragma once

#include <QWidget>

class MemberTableModel;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class Session;
class SwedishSortFilterProxy;
class WarningBox;

// The bodies of the cooperation (steering groups, industry forums, councils, ...): a
// table on the left; on the right the selected body's details, the warnings of the
// seeds' composition rules (kept up to date as seats change) and its seats.
//
// addNew(), editSelected() and deleteSelected() act on the body, or on the seat when
// the seats table has the keyboard focus. A refused edit is reported through
// errorOccurred().
class BodiesView : public QWidget
{
    Q_OBJECT
public:
    explicit BodiesView(Session *session, QWidget *parent = nullptr);

    // The selected body, 0 when none is selected.
    qint64 currentBodyId() const;
    void selectBody(qint64 id);
    // The selected seat (membership id) of the shown body, 0 when none.
    qint64 currentSeatId() const;

public slots:
    void addNew();
    void editSelected();
    void deleteSelected();
    void addSeat();
    void editSeat();
    void removeSeat();

signals:
    void errorOccurred(const QString &message);
    void currentBodyChanged(qint64 id);

private:
    QWidget *createDetails();
    void showBody(qint64 id);
    void refreshDetails();
    void reloadMembers();
    void selectSeat(qint64 membershipId);
    void updateButtons();
    bool seatsHaveFocus() const;

    Session *m_session;
    qint64 m_bodyId = 0;
    QTableView *m_bodiesTable;
    SwedishSortFilterProxy *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_kind = nullptr, *m_area = nullptr, *m_level = nullptr, *m_owner = nullptr;
    QLabel *m_parent = nullptr, *m_children = nullptr, *m_municipality = nullptr, *m_notes = nullptr;
    WarningBox *m_warnings = nullptr;
    QLabel *m_seatsHeading = nullptr;
    MemberTableModel *m_members;
    QTableView *m_membersTable = nullptr;
    QPushButton *m_addSeat = nullptr, *m_editSeat = nullptr, *m_removeSeat = nullptr;
};
