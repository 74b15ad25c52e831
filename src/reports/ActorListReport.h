#pragma once

#include "Actor.h"
#include "ReportDocument.h"

#include <QDate>
#include <QString>

class QTextCursor;

// The actor register on paper: the actors grouped by type, in the order of
// Classification::actorTypes(), each group a table (name, organisation number,
// level, municipality / city, areas) sorted by name in Swedish order. The page
// header names the database; dates and numbers are written the Swedish way.
class ActorListReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ActorListReport)
public:
    // databaseName: how the database is shown to people ("Region Östergötland",
    // a file name, ...). printedOn: the date printed on the report (today in use).
    ActorListReport(const ActorList &actors, const QString &databaseName,
                    const QDate &printedOn = QDate::currentDate());

    int actorCount() const { return m_actorCount; }

private:
    void build(const ActorList &actors, const QString &databaseName);
    void buildContents(QTextCursor &cursor, const ActorList &actors, const QString &databaseName);

    int m_actorCount = 0;
};
