#pragma once

#include <QCoreApplication>
#include <QFrame>
#include <QSortFilterProxyModel>
#include <QVector>

#include <initializer_list>

class QAbstractItemView;
class QAction;
class QComboBox;
class QHBoxLayout;
class QPushButton;
class QLabel;
class QTableView;
class Session;

// Pickers of records by id in a QComboBox: an optional "(none)" first entry, the rest
// sorted the Swedish way (å, ä, ö after z), and, for an editable combo, a completer that
// matches anywhere in the text. Built in one go so that a register of many thousand
// actors fills the combo without one signal per row.
class IdPicker
{
    Q_DECLARE_TR_FUNCTIONS(IdPicker)
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    struct Entry
    {
        qint64 id = 0;
        QString text;
    };

    static QString noneText();
    // Replaces the entries; withNone puts "(none)" (id 0) first.
    static void fill(QComboBox *combo, QVector<Entry> entries, bool withNone);
    // "(none)" and every actor of the session, by name.
    static void fillActors(QComboBox *combo, const Session *session);
    // The id of the entry the user picked or typed: 0 for none or an empty text,
    // -1 when the typed text names no entry.
    static qint64 selectedId(const QComboBox *combo);
    // Shows the entry with this id. An id that is not among the entries (an actor the
    // register has not finished loading) gets an entry of its own, so that it is kept.
    static void select(QComboBox *combo, qint64 id);
};

// A proxy that sorts text the Swedish way and keeps the rows where every word of the
// filter occurs (case-insensitively) in at least one of the filter columns.
class SwedishSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterColumns(const QVector<int> &columns);
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QVector<int> m_columns;
    QStringList m_words;
};

// Shows why a dialog's input cannot be accepted (one reason a line), or nothing.
void showProblems(QLabel *label, const QStringList &problems);

// A read-only table of records: whole rows selected one at a time, uniform row heights
// (the view never measures a row), no row numbers.
void setUpRecordTable(QTableView *table);
// A push button with an object name (tests and style sheets find it by the name).
QPushButton *namedButton(const QString &text, const char *name, QWidget *parent);
// The buttons in a row, left-aligned.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons);

// An action triggered by Return or Enter while the view has the focus (e.g. to edit).
QAction *addReturnAction(QAbstractItemView *view);

// An amber box with a warning icon that lists warnings, one a line; hidden while there
// are none.
class WarningBox : public QFrame
{
    Q_OBJECT
public:
    explicit WarningBox(QWidget *parent = nullptr);
    void setWarnings(const QStringList &warnings);
    QStringList warnings() const { return m_warnings; }

private:
    QLabel *m_text;
    QStringList m_warnings;
};
