#include "Session.h"

#include "ActorService.h"
#include "AgreementService.h"
#include "AssignmentService.h"
#include "BodyService.h"
#include "BudgetService.h"
#include "DemoData.h"
#include "Door.h"
#include "MapService.h"
#include "MinutesService.h"
#include "PersonService.h"
#include "WheelService.h"

#include <QFile>
#include <QTimer>
#include <QUndoStack>

Result<std::unique_ptr<Session>> Session::open(const QString &path, Database::Mode mode, bool withDemo)
{
    const bool existed = QFile::exists(path);
    auto db = Database::open(path, Database::Options{mode, true, true});
    if (!db)
        return db.error();
    if (withDemo) {
        if (Status s = DemoData::populate(**db); !s) {
            db.value().reset();
            if (!existed) { // a half-made new file helps nobody
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
            return s.error();
        }
    }
    std::unique_ptr<Session> session(new Session(std::move(db).value()));
    if (Status s = session->load(); !s)
        return s.error();
    return session;
}

Result<std::unique_ptr<Session>> Session::open(std::unique_ptr<Database> db)
{
    std::unique_ptr<Session> session(new Session(std::move(db)));
    if (Status s = session->load(); !s)
        return s.error();
    return session;
}

Session::Session(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_actors(new ActorTableModel(this))
    , m_people(new PersonTableModel(this))
    , m_bodies(new BodyTableModel(this))
    , m_undo(new QUndoStack(this))
    , m_door(new Door(m_undo, this))
{
    connect(m_door, &Door::refused, this, &Session::editFailed);
    m_actorService = std::make_unique<ActorService>(*this);
    m_mapService = std::make_unique<MapService>(*this);
    m_personService = std::make_unique<PersonService>(*this);
    m_bodyService = std::make_unique<BodyService>(*this);
    m_wheelService = std::make_unique<WheelService>(*this);
    m_minutesService = std::make_unique<MinutesService>(*this);
    m_assignmentService = std::make_unique<AssignmentService>(*this);
    m_agreementService = std::make_unique<AgreementService>(*this);
    m_budgetService = std::make_unique<BudgetService>(*this);
    // A rollback that failed after an edit was refused is shown as well.
    m_db->setRollbackFailureHandler([this](const Error &e) { emit editFailed(e.message); });
}

Session::~Session()
{
    if (m_loader)
        m_loader->wait();
}

Status Session::backUpTo(const QString &path) const
{
    return m_db->backupTo(path);
}

Status Session::load()
{
    // The first screen at once; when there are more actors than fit on it, the rest
    // loads on a worker (SQLite only: a shared server answers a full read quickly).
    const bool sqlite = m_db->dialect().isSQLite();
    auto actors = sqlite ? m_actorService->firstByName(kFirstScreenRows) : m_actorService->all();
    if (!actors)
        return actors.error();
    const bool large = actors->size() >= kFirstScreenRows && sqlite;
    m_actors->setActors(std::move(actors).value());
    m_loadingActors = large;
    if (large) // once the event loop runs, so the window paints before the loader competes for memory
        QTimer::singleShot(0, this, &Session::loadActorsInBackground);
    auto people = m_personService->all();
    if (!people)
        return people.error();
    m_people->setRecords(std::move(people).value());
    auto bodies = m_bodyService->all();
    if (!bodies)
        return bodies.error();
    m_bodies->setRecords(std::move(bodies).value());
    organisationsChanged();
    return {};
}

void Session::loadActorsInBackground()
{
    const QString path = m_db->path();
    const int undoIndex = m_undo->index();
    m_loader = QThread::create([this, path, undoIndex] {
        // The worker's own connection: a connection belongs to the thread that opened it.
        auto all = ActorService::readAll(path);
        if (!all) {
            QMetaObject::invokeMethod(this, [this, message = all.errorMessage()] {
                m_loadingActors = false;
                emit editFailed(message);
            }, Qt::QueuedConnection);
            return;
        }
        auto prepared = std::make_shared<ActorTableModel::Prepared>(ActorTableModel::prepare(std::move(all).value()));
        QMetaObject::invokeMethod(this, [this, prepared, undoIndex] {
            if (m_undo->index() == undoIndex && m_undo->count() == undoIndex) {
                m_actors->setPrepared(std::move(*prepared));
            } else if (auto fresh = m_actorService->all()) { // edited meanwhile: read again
                m_actors->setActors(std::move(fresh).value());
            }
            organisationsChanged();
            m_loadingActors = false;
            emit actorsLoaded();
        }, Qt::QueuedConnection);
    });
    connect(m_loader, &QThread::finished, this, [this] {
        m_loader->deleteLater();
        m_loader = nullptr;
    });
    m_loader->start();
}

QHash<qint64, QString> Session::organisationNames() const
{
    QHash<qint64, QString> names;
    const ActorList &all = m_actors->allActors();
    names.reserve(all.size());
    for (const Actor &a : all)
        names.insert(a.id, a.name);
    return names;
}

void Session::organisationsChanged()
{
    const auto names = organisationNames();
    m_people->setOrganisationNames(names);
    m_bodies->setOrganisationNames(names);
    refreshAllWarnings();
}

void Session::refreshWarnings(qint64 bodyId)
{
    auto w = m_bodyService->compositionWarnings(bodyId);
    m_bodies->setWarnings(bodyId, w ? *w : QStringList{w.errorMessage()});
}

void Session::refreshAllWarnings()
{
    for (const Body &b : m_bodies->records())
        refreshWarnings(b.id);
}
