#include "MapView.h"

#include "ActorDialog.h"
#include "AtomicFile.h"
#include "CooperationSystemPicture.h"
#include "FileDialogs.h"
#include "MapPicture.h"
#include "MapPublishDialog.h"
#include "MapReport.h"
#include "Session.h"
#include "MapService.h"
#include "ActorService.h"
#include "SwedishCollation.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

MapView::MapView(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("mapView"));
    m_canvas = new MapCanvas;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("mapFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, municipality…"));
    m_filter->setClearButtonEnabled(true);
    const auto combo = [](const char *name) {
        auto *c = new QComboBox;
        c->setObjectName(QString::fromLatin1(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        return c;
    };
    m_area = combo("mapArea");
    m_area->addItem(tr("All areas"), 0);
    for (Area a : Classification::areas())
        m_area->addItem(Classification::label(a), int(a));
    m_role = combo("mapRole");
    m_role->addItem(tr("All roles"), 0);
    for (ActorRole r : Classification::actorRoles())
        m_role->addItem(Classification::label(r), int(r));
    m_type = combo("mapType");
    m_type->addItem(tr("All types"), -1);
    for (ActorType t : Classification::actorTypes())
        m_type->addItem(Classification::label(t), int(t));
    m_municipality = combo("mapMunicipality");
    m_body = combo("mapBody");
    m_showing = combo("mapShowing");
    m_mode = combo("mapMode");
    m_mode->addItem(tr("Landscape map"));
    m_mode->addItem(tr("Cooperation system"));
    m_lanes = new QCheckBox(tr("&Lanes per municipality"));
    m_lanes->setObjectName(QStringLiteral("mapLanes"));

    const auto tool = [this](const QString &text, const QString &tip, const QKeySequence &key, const char *name) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoRaise(true);
        if (!key.isEmpty())
            b->setShortcut(key);
        return b;
    };
    auto *zoomIn = tool(QStringLiteral("+"), tr("Zoom in"), QKeySequence(Qt::CTRL | Qt::Key_Plus), "mapZoomIn");
    auto *zoomOut = tool(QStringLiteral("−"), tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), "mapZoomOut");
    auto *fit = tool(tr("Fit"), tr("Fit the map to the window"), QKeySequence(Qt::CTRL | Qt::Key_0), "mapFit");
    auto *exportButton = tool(tr("Export…"), tr("Save the map as a PNG or SVG picture"), {}, "mapExport");
    connect(zoomIn, &QToolButton::clicked, m_canvas, &MapCanvas::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_canvas, &MapCanvas::zoomOut);
    connect(fit, &QToolButton::clicked, m_canvas, &MapCanvas::fitToWindow);
    connect(exportButton, &QToolButton::clicked, this, &MapView::exportPicture);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_showing);
    top->addWidget(m_filter, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_area);
    filters->addWidget(m_role);
    filters->addWidget(m_type);
    filters->addWidget(m_municipality);
    filters->addWidget(m_body);
    filters->addWidget(m_lanes);
    filters->addStretch(1);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mapStatus"));
    bottom->addWidget(m_status, 1);
    // The printed map (File > Print, Print Preview, Export as PDF): paper and layout.
    m_paper = new QComboBox;
    m_paper->setObjectName(QStringLiteral("mapPaper"));
    m_paper->addItem(tr("A3 landscape"), int(QPageSize::A3));
    m_paper->addItem(tr("A4 landscape"), int(QPageSize::A4));
    m_paper->setToolTip(tr("Paper of the printed map and its PDF"));
    m_tiled = new QCheckBox(tr("Print &tiled"));
    m_tiled->setObjectName(QStringLiteral("mapTiled"));
    m_tiled->setToolTip(tr("Print the map at full size across several pages instead of fitting it to one"));
    auto *printLabel = new QLabel(tr("Print on:"));
    printLabel->setBuddy(m_paper);
    bottom->addWidget(printLabel);
    bottom->addWidget(m_paper);
    bottom->addWidget(m_tiled);
    bottom->addSpacing(12);
    bottom->addWidget(zoomOut);
    bottom->addWidget(zoomIn);
    bottom->addWidget(fit);
    bottom->addWidget(exportButton);

    // The revisions beside the map.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *revisionsLabel = new QLabel(tr("Published revisions"));
    revisionsLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_revisions = new QTreeWidget;
    m_revisions->setObjectName(QStringLiteral("mapRevisions"));
    m_revisions->setHeaderLabels({tr("Revision"), tr("Published"), tr("Owner"), tr("Actors")});
    m_revisions->setRootIsDecorated(false);
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_publish = new QPushButton(tr("&Publish…"));
    m_publish->setObjectName(QStringLiteral("mapPublish"));
    m_publish->setToolTip(tr("Freeze the current map as the next revision"));
    m_compare = new QPushButton(tr("Co&mpare"));
    m_compare->setObjectName(QStringLiteral("mapCompare"));
    m_compare->setToolTip(tr("Compare the two selected revisions, or the selected one with the current map"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_compare);
    m_diff = new QPlainTextEdit;
    m_diff->setObjectName(QStringLiteral("mapDiff"));
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Select a revision and press Compare to see what changed."));
    sideLayout->addWidget(revisionsLabel);
    sideLayout->addWidget(m_revisions, 1);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter;
    auto *mapSide = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapSide);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(top);
    mapLayout->addLayout(filters);
    mapLayout->addWidget(m_canvas, 1);
    mapLayout->addLayout(bottom);
    splitter->addWidget(mapSide);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &MapView::rebuild);

    connect(m_filter, &QLineEdit::textChanged, this, &MapView::applyFilter);
    for (QComboBox *c : {m_area, m_role, m_type, m_municipality, m_body})
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MapView::applyFilter);
    connect(m_lanes, &QCheckBox::toggled, this, [this] {
        m_fitPending = true;
        rebuild();
    });
    connect(m_showing, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { showRevision(m_showing->itemData(index).toInt()); });
    connect(m_mode, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this](int index) { setCooperationSystem(index == 1); });
    connect(m_canvas, &MapCanvas::tileActivated, this, &MapView::openActor);
    connect(m_canvas, &MapCanvas::tileDropped, this, &MapView::moveActor);
    connect(m_publish, &QPushButton::clicked, this, &MapView::publish);
    connect(m_compare, &QPushButton::clicked, this, &MapView::compare);
    connect(m_revisions, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { showRevision(item->data(0, Qt::UserRole).toInt()); });

    ActorTableModel *model = m_session->actors();
    connect(model, &QAbstractItemModel::modelReset, this, &MapView::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MapView::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MapView::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &MapView::scheduleRebuild);
    connect(m_session, &Session::actorsLoaded, this, &MapView::scheduleRebuild);
    connect(m_session, &Session::mapRevisionsChanged, this, &MapView::refreshRevisions);

    refreshRevisions();
    rebuild();
}

void MapView::scheduleRebuild()
{
    if (m_shownRevision == 0)
        m_rebuildTimer->start();
}

void MapView::rebuild()
{
    if (m_mode->currentIndex() == 1) {
        setCooperationSystem(true);
        return;
    }
    m_actors = m_shownRevision > 0 ? m_revision.actors : m_session->actors()->allActors();
    MapLayoutOptions o;
    o.municipalityLanes = m_lanes->isChecked();
    m_canvas->setMap(MapLayout::build(m_actors, o), m_actors);
    m_canvas->setDragEnabled(m_shownRevision == 0);
    fillChoices();
    applyFilter();
    if (m_fitPending) {
        m_fitPending = false;
        m_canvas->fitToWindow(); // and again as the window takes its size
    }
}

void MapView::fillChoices()
{
    const QSignalBlocker a(m_municipality), b(m_body);
    const QString municipality = m_municipality->currentData().toString();
    const qint64 body = m_body->currentData().toLongLong();
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), QString());
    QHash<QString, QString> seen; // one entry per municipality however it is written
    for (const Actor &x : m_actors)
        if (!x.municipality.trimmed().isEmpty())
            seen.insert(SwedishCollation::groupKey(x.municipality.trimmed()), x.municipality.trimmed());
    QStringList names = seen.values();
    std::sort(names.begin(), names.end(),
              [](const QString &x, const QString &y) { return SwedishCollation::compare(x, y) < 0; });
    for (const QString &m : names)
        m_municipality->addItem(m, m);
    m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(municipality)));
    m_body->clear();
    m_body->addItem(tr("Any body"), qint64(0));
    for (const Body &x : m_session->bodies()->records())
        m_body->addItem(tr("Members of %1").arg(x.name), x.id);
    m_body->setCurrentIndex(std::max(0, m_body->findData(body)));
}

void MapView::applyFilter()
{
    MapFilter f;
    f.text = m_filter->text();
    f.areas = Areas(m_area->currentData().toInt());
    f.roles = ActorRoles(m_role->currentData().toInt());
    if (const int t = m_type->currentData().toInt(); t >= 0)
        f.type = ActorType(t);
    if (const QString m = m_municipality->currentData().toString(); !m.isEmpty())
        f.municipality = m;
    if (const qint64 body = m_body->currentData().toLongLong(); body > 0) {
        auto members = m_session->mapService().organisationsIn(body);
        if (members)
            f.members = *members;
    }
    const QVector<bool> matches = f.apply(m_actors);
    m_matchCount = int(std::count(matches.cbegin(), matches.cend(), true));
    m_canvas->setMatches(f.isEmpty() ? QVector<bool>() : matches);
    const QString what = m_shownRevision > 0 ? tr("Revision %1 (published %2 by %3)")
                                                   .arg(m_shownRevision)
                                                   .arg(ReportDocument::formatDate(m_revision.publishedAt.toLocalTime().date()), m_revision.owner)
                                             : tr("Current map");
    m_status->setText(f.isEmpty() ? tr("%1: %2 actors").arg(what, ReportDocument::formatNumber(m_actors.size()))
                                  : tr("%1: %2 of %3 actors match").arg(what, ReportDocument::formatNumber(m_matchCount),
                                                                         ReportDocument::formatNumber(m_actors.size())));
}

void MapView::refreshRevisions()
{
    auto list = m_session->mapService().revisions();
    m_revisions->clear();
    {
        const QSignalBlocker blocker(m_showing);
        m_showing->clear();
        m_showing->addItem(tr("Current map"), 0);
    }
    m_latestRevision = 0;
    if (!list) {
        emit errorOccurred(list.errorMessage());
        return;
    }
    for (const MapRevisionSummary &r : *list) {
        auto *item = new QTreeWidgetItem(m_revisions);
        item->setText(0, QString::number(r.number));
        item->setText(1, ReportDocument::formatDate(r.publishedAt.toLocalTime().date()));
        item->setText(2, r.owner);
        item->setText(3, ReportDocument::formatNumber(r.actorCount));
        item->setToolTip(2, r.comment.isEmpty() ? r.owner : r.owner + QLatin1Char('\n') + r.comment);
        item->setData(0, Qt::UserRole, r.number);
        m_showing->addItem(tr("Revision %1").arg(r.number), r.number);
        m_latestRevision = r.number;
    }
    m_showing->setCurrentIndex(std::max(0, m_showing->findData(m_shownRevision)));
}

void MapView::showRevision(int number)
{
    if (number > 0) {
        auto r = m_session->mapService().revision(number);
        if (!r) {
            emit errorOccurred(r.errorMessage());
            return;
        }
        m_revision = std::move(r).value();
    }
    m_shownRevision = number;
    m_showing->setCurrentIndex(std::max(0, m_showing->findData(number)));
    m_fitPending = true;
    rebuild();
}

void MapView::publish()
{
    QString owner;
    if (m_latestRevision > 0)
        if (auto last = m_session->mapService().revision(m_latestRevision))
            owner = last->owner;
    MapPublishDialog dialog(m_latestRevision + 1, owner, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto number = m_session->mapService().publish(dialog.owner(), dialog.comment());
    if (!number) {
        emit errorOccurred(number.errorMessage());
        return;
    }
    emit informed(tr("Published revision %1 of the map.").arg(*number));
}

void MapView::compare()
{
    QList<int> chosen;
    for (QTreeWidgetItem *item : m_revisions->selectedItems())
        chosen << item->data(0, Qt::UserRole).toInt();
    std::sort(chosen.begin(), chosen.end());
    if (chosen.isEmpty()) {
        emit errorOccurred(tr("Select one revision to compare with the current map, or two to compare with each other."));
        return;
    }
    auto from = m_session->mapService().revision(chosen.first());
    if (!from) {
        emit errorOccurred(from.errorMessage());
        return;
    }
    ActorList to;
    QString toName;
    if (chosen.size() > 1) {
        auto r = m_session->mapService().revision(chosen.last());
        if (!r) {
            emit errorOccurred(r.errorMessage());
            return;
        }
        to = r->actors;
        toName = tr("revision %1").arg(chosen.last());
    } else {
        to = m_session->actors()->allActors();
        toName = tr("the current map");
    }
    const MapRevisionDiff d = MapRevisionDiff::compute(from->actors, to);
    QStringList lines{tr("From revision %1 to %2:").arg(chosen.first()).arg(toName)};
    if (d.isEmpty())
        lines << tr("No changes.");
    else
        lines << tr("%1 added, %2 removed, %3 renamed, %4 reclassified.")
                     .arg(d.added.size())
                     .arg(d.removed.size())
                     .arg(d.renamed.size())
                     .arg(d.reclassified.size())
              << d.describe();
    m_diff->setPlainText(lines.join(QLatin1Char('\n')));
}

void MapView::openActor(qint64 id)
{
    if (m_shownRevision > 0) {
        emit errorOccurred(tr("This is published revision %1, which never changes; switch to the current map to edit actors.")
                               .arg(m_shownRevision));
        return;
    }
    const Actor *actor = m_session->actors()->actorById(id);
    if (!actor)
        return;
    ActorDialog dialog(m_session->actors(), this);
    dialog.setActor(*actor);
    dialog.setSaveHandler([this](const Actor &changed) { return m_session->actorService().edit(changed); });
    dialog.exec();
}

void MapView::moveActor(qint64 id, const MapCellKey &target)
{
    if (Status s = m_session->mapService().moveActor(id, target.type, target.level, target.municipality); !s)
        emit errorOccurred(s.errorMessage());
}

bool MapView::exportImage(const QString &path, QString *error) const
{
    // As the PDFs: made in memory, then written as a whole file that replaces the old one
    // only when every byte is on disk (AtomicFile), so a full disk never leaves half a
    // picture and is always said. (An encoder writing to the file itself would not see a
    // write that stops short.)
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const MapLayout &layout = m_canvas->layout();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        const QSizeF size = MapPicture::size(layout);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(tr("Landscape map"));
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("the drawing could not be started"));
        MapPicture::paint(&p, layout, m_canvas->actors(), {}, 100.0);
        if (!p.end()) // the SVG is written here
            return fail(tr("the drawing could not be finished"));
    } else {
        const QImage image = MapPicture::image(layout, m_canvas->actors(), {}, 2.0);
        if (!image.save(&buffer, "PNG"))
            return fail(tr("the picture could not be encoded"));
    }
    if (Status s = AtomicFile::write(path, bytes); !s) {
        if (error)
            *error = s.errorMessage();
        return false;
    }
    return true;
}

void MapView::exportPicture()
{
    const QString path = m_files->saveFileName(this, tr("Export the Map"), pdfFileName().replace(QLatin1String(".pdf"), QLatin1String(".png")),
                                                   tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportImage(path, &error))
        emit errorOccurred(error);
    else
        emit informed(tr("Saved the map as %1.").arg(QFileInfo(path).fileName()));
}

void MapView::setCooperationSystem(bool on)
{
    if (!on) {
        m_fitPending = true;
        rebuild();
        return;
    }
    QVector<CooperationSystemPicture::Entry> entries;
    const QHash<qint64, QString> names = m_session->organisationNames();
    for (const Body &b : m_session->bodies()->records()) {
        CooperationSystemPicture::Entry e{b, {}};
        if (auto members = m_session->mapService().organisationsIn(b.id)) {
            for (qint64 id : *members)
                if (names.contains(id))
                    e.organisations << names.value(id);
        }
        std::sort(e.organisations.begin(), e.organisations.end(),
                  [](const QString &x, const QString &y) { return SwedishCollation::compare(x, y) < 0; });
        entries.append(e);
    }
    auto picture = std::make_shared<CooperationSystemPicture>(entries);
    m_canvas->setPicture(picture->size(), [picture](QPainter *p, const QRectF &exposed, qreal) {
        picture->paint(p, exposed);
    });
    m_status->setText(tr("Cooperation system: %1 bodies").arg(entries.size()));
    m_canvas->fitToWindow();
}

std::unique_ptr<ReportDocument> MapView::makeReport() const
{
    MapRevision map = m_shownRevision > 0 ? m_revision : MapRevision{};
    if (m_shownRevision == 0) {
        map.actors = m_session->actors()->allActors();
        if (m_latestRevision > 0)
            if (auto last = m_session->mapService().revision(m_latestRevision))
                map.owner = last->owner;
    }
    MapReport::Options o;
    o.municipalityLanes = m_lanes->isChecked();
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.tiled = m_tiled->isChecked();
    return std::make_unique<MapReport>(map, m_latestRevision, m_session->displayName(), o);
}

QString MapView::pdfFileName() const
{
    return m_shownRevision > 0 ? QStringLiteral("landscape-map-revision-%1.pdf").arg(m_shownRevision)
                               : QStringLiteral("landscape-map.pdf");
}
