#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class Session;
class SwedishSortFilterProxy;

// The people of the cooperation: a filter over name, organisation and title, and a
// sortable table. Add, edit and delete go through the Session (and so onto its undo
// stack); a refused edit is reported through errorOccurred().
class PeopleView : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleView(Session *session, QWidget *parent = nullptr);

    // The id of the selected person, 0 when none is selected.
    qint64 currentPersonId() const;
    void selectPerson(qint64 id);

public slots:
    void addNew();
    void editSelected();
    void deleteSelected();

signals:
    void errorOccurred(const QString &message);
    void informed(const QString &message);
    // The selection changed (for enabling Edit and Delete).
    void currentPersonChanged(qint64 id);

private:
    void updateCount();

    Session *m_session;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    SwedishSortFilterProxy *m_proxy;
    qint64 m_shownId = 0; // the id last announced by currentPersonChanged()
};
