#pragma once

#include "Actor.h"
#include "MessageWidget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class Session;

// The actor register: a filter bar (text, type, level, area, role) over the table of
// actors. The model filters and sorts itself (no proxy); every keystroke refilters.
// Adds, edits and deletes go through the Session, so each is one undo step.
class ActorRegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit ActorRegisterView(Session *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The actors shown, in the order shown.
    ActorList shownActors() const;
    bool isFiltered() const;
    qint64 currentActorId() const; // 0 = none
    // Selects and shows the actor's row; false when the filter hides it.
    bool selectActor(qint64 id);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

public slots:
    void addNew();
    void editSelected();
    void deleteSelected();
    void focusFilter();
    void clearFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // Something the person should read (a refused delete, ...); shown in the window's message bar.
    void message(const QString &text, MessageWidget::Type type);

private:
    void buildFilterBar(class QHBoxLayout *bar);
    void buildTable();
    void applyFilter();
    void editActor(qint64 id);
    void showContextMenu(const QPoint &pos);
    void afterSave(qint64 id, const QString &name);
    void updateEmptyState();

    Session *m_session;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_areaFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr; // over the table when no row is shown
};
