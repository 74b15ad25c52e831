#pragma once

#include "Clock.h"

#include "MinutesRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

// What the assignments overview shows: a person (any part of the responsible's name,
// any case), a body (0: every body), a status, and only the overdue ones.
struct AssignmentFilter
{
    enum class Status { All, Open, Done, CarriedOn };
    QString person;
    qint64 bodyId = 0;
    Status status = Status::All;
    bool overdueOnly = false;

    bool isEmpty() const { return person.trimmed().isEmpty() && bodyId == 0 && status == Status::All && !overdueOnly; }
};

// The assignments given in minutes across bodies (issue 5), filtered here: a row for
// each assignment that the filter keeps, in the order given (oldest meeting first).
// Overdue assignments (not done, due before today) are shown in a warning colour.
class AssignmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Responsible, Task, Due, Status, Body, MeetingDate, Item, ColumnCount };
    static constexpr int AssignmentIdRole = Qt::UserRole + 1;
    static constexpr int MinutesIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;
    // Text for text columns, QDate for dates, int for the §: for a sorting proxy.
    static constexpr int SortRole = Qt::UserRole + 4;

    explicit AssignmentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every assignment; the filter chooses the rows.
    void setRecords(QVector<AssignmentRecord> records);
    const QVector<AssignmentRecord> &allRecords() const { return m_all; }
    void setFilter(const AssignmentFilter &filter);
    const AssignmentFilter &filter() const { return m_filter; }
    // The day an assignment is overdue after its due date (today unless set; tests set it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The record shown in a row, and the row showing an assignment (-1: not shown).
    const AssignmentRecord &recordAt(int row) const { return m_all.at(m_rows.at(row)); }
    int rowOf(qint64 assignmentId) const;
    // The records shown, in their order.
    QVector<AssignmentRecord> shownRecords() const;
    int overdueCount() const;

    // "open", "done", "carried on", translated.
    static QString statusText(AssignmentStatus status);

private:
    bool accepts(const AssignmentRecord &r) const;
    void refilter();

    QVector<AssignmentRecord> m_all;
    QVector<int> m_rows; // indexes into m_all
    AssignmentFilter m_filter;
    QDate m_today = Clock::today();
};
