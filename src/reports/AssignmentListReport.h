#pragma once

#include "MinutesRepository.h"
#include "ReportDocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QTextCursor;

// The assignments overview on paper (issue 5): the assignments a filter keeps, grouped
// by body (bodies in Swedish order, each group oldest meeting first), each group a table
// of responsible, task, due date, status, meeting and §. The head says what the filter
// was; overdue assignments are marked "overdue" and printed in the warning colour.
class AssignmentListReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentListReport)
public:
    // filter: one line per condition of the filter ("Person: anna"); empty: every
    // assignment. today: the day overdue is counted from.
    AssignmentListReport(const QVector<AssignmentRecord> &assignments, const QStringList &filter,
                         const QString &databaseName, const QDate &today,
                         const QDate &printedOn = QDate::currentDate());

    int assignmentCount() const { return m_count; }
    int overdueCount() const { return m_overdue; }

private:
    void buildContents(QTextCursor &cursor, const QVector<AssignmentRecord> &assignments, const QStringList &filter,
                       const QString &databaseName);

    QDate m_today;
    int m_count = 0;
    int m_overdue = 0;
};
