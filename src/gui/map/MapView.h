#pragma once

#include "FileDialogs.h"

#include "MapCanvas.h"
#include "MapFilter.h"
#include "MapRevision.h"
#include "PrintableView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class Session;

// The "Map" tab: the landscape map of the actors (or a published revision of it), filtered
// and highlighted as one types, zoomed and panned; a click opens an actor, dragging a
// tile to another cell moves the actor there (one undo step). Beside it the published
// revisions, with publish and compare. The cooperation system (the bodies by area and
// level) is the tab's second view. Prints and exports as PDF, PNG and SVG.
class MapView : public QWidget, public PrintableView
{
    Q_OBJECT
public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit MapView(Session *session, QWidget *parent = nullptr);

    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;

    MapCanvas *canvas() const { return m_canvas; }
    // The revision shown, 0 for the current map.
    int shownRevision() const { return m_shownRevision; }
    void showRevision(int number);
    // Writes the map as a PNG or an SVG (by the file's suffix).
    bool exportImage(const QString &path, QString *error) const;
    // Number of actors matching the filter.
    int matchCount() const { return m_matchCount; }

signals:
    void errorOccurred(const QString &message);
    void informed(const QString &message);

private:
    void scheduleRebuild();
    void rebuild();
    void applyFilter();
    void fillChoices();
    void refreshRevisions();
    void publish();
    void compare();
    void openActor(qint64 id);
    void moveActor(qint64 id, const MapCellKey &target);
    void exportPicture();
    void setCooperationSystem(bool on);

    Session *m_session;
    MapCanvas *m_canvas;
    QLineEdit *m_filter;
    QComboBox *m_area;
    QComboBox *m_role;
    QComboBox *m_type;
    QComboBox *m_municipality;
    QComboBox *m_body;
    QComboBox *m_showing;
    QCheckBox *m_lanes;
    // How File > Print and Export as PDF lay the map out.
    QComboBox *m_paper;
    QCheckBox *m_tiled;
    QComboBox *m_mode;
    QLabel *m_status;
    QTreeWidget *m_revisions;
    QPushButton *m_publish;
    QPushButton *m_compare;
    QPlainTextEdit *m_diff;
    QTimer *m_rebuildTimer;
    ActorList m_actors;
    MapRevision m_revision; // when one is shown
    int m_shownRevision = 0;
    int m_latestRevision = 0;
    int m_matchCount = 0;
    bool m_fitPending = true;
    FileDialogs *m_files = &FileDialogs::native();
};
