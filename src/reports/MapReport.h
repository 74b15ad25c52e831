#pragma once

#include "MapLayout.h"
#include "MapRevision.h"
#include "ReportDocument.h"

#include <QPageSize>

#include <memory>

class QObject;
class QTextCursor;

// The landscape map as the region publishes it (001 §5.1): landscape A4 or A3, a title
// block (owner, revision, date, number of actors), the map drawn as vector graphics,
// fitted to one page or tiled across pages at full size, then an appendix listing the
// actors cell by cell. The map is a revision, or the current register ("working copy").
class MapReport : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(MapReport)
public:
    struct Options
    {
        QPageSize::PageSizeId paper = QPageSize::A3;
        bool tiled = false;          // full size across pages instead of fitted to one
        bool municipalityLanes = false;
    };
    // revision: the published map; its number 0 means the current register, not
    // published, with latestRevision the newest published number (0 = none). The owner
    // printed is the revision's (for the current map: the latest revision's), else
    // the database's name.
    MapReport(const MapRevision &revision, int latestRevision, const QString &databaseName, const Options &options,
              const QDate &printedOn = QDate::currentDate());
    ~MapReport() override;

    int mapPageCount() const { return m_mapPages; }

private:
    void build(const MapRevision &revision, int latestRevision, const QString &databaseName);
    void addAppendix(QTextCursor &cursor);

    Options m_options;
    ActorList m_actors;
    MapLayout m_layout;
    std::unique_ptr<QObject> m_object; // draws the map inside the text
    int m_mapPages = 0;
};
