#pragma once

#include "ActorTableModel.h"
#include "BodyTableModel.h"
#include "Database.h"
#include "PersonTableModel.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

class ActorService;
class AgreementService;
class AssignmentService;
class BodyService;
class BudgetService;
class Door;
class MapService;
class MinutesService;
class PersonService;
class QUndoStack;
class WheelService;

// One open database as the window sees it: what the features share. The database, the
// undo stack and the Door every edit passes through, the models of actors, people and
// bodies, and the signals that say what changed. Each feature's operations are in its
// service (actorService(), minutesService(), ...): views call those and never see SQL,
// a repository or a QUndoCommand.
class Session : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Session>> open(const QString &path, Database::Mode mode, bool withDemo = false);
    // A session over a database already open (a shared PostgreSQL database, a test's).
    static Result<std::unique_ptr<Session>> open(std::unique_ptr<Database> db);
    ~Session() override;

    // For the services (and the tests' checks); views use the services.
    const Database &database() const { return *m_db; }
    QString path() const { return m_db->path(); }
    // The database's name in printed reports.
    QString displayName() const { return m_db->displayName(); }
    // A consistent copy of the database in path.
    Status backUpTo(const QString &path) const;

    QUndoStack *undoStack() const { return m_undo; }
    Door *door() const { return m_door; }

    ActorTableModel *actors() const { return m_actors; }
    // A large register shows its first screen at once and loads the rest on a worker
    // thread (with its own connection); actorsLoaded() says when the model is complete.
    bool isLoadingActors() const { return m_loadingActors; }
    static constexpr int kFirstScreenRows = 300;
    PersonTableModel *people() const { return m_people; }
    BodyTableModel *bodies() const { return m_bodies; }
    // Actor names by id (for organisation columns and pickers).
    QHash<qint64, QString> organisationNames() const;

    ActorService &actorService() const { return *m_actorService; }
    MapService &mapService() const { return *m_mapService; }
    PersonService &personService() const { return *m_personService; }
    BodyService &bodyService() const { return *m_bodyService; }
    WheelService &wheelService() const { return *m_wheelService; }
    MinutesService &minutesService() const { return *m_minutesService; }
    AssignmentService &assignmentService() const { return *m_assignmentService; }
    AgreementService &agreementService() const { return *m_agreementService; }
    BudgetService &budgetService() const { return *m_budgetService; }

    // The models' upkeep after an edit (the services call these).
    void organisationsChanged();
    void refreshWarnings(qint64 bodyId);
    void refreshAllWarnings();

signals:
    // Minutes were added or changed (through an edit, undo or redo).
    void minutesChanged(qint64 minutesId);
    // An assignment's follow-up changed (through an edit, undo or redo).
    void assignmentsChanged();
    // An agreement was added, changed or removed (through an edit, undo or redo).
    void agreementsChanged(qint64 agreementId);
    // A budget's amounts or outcome changed (through an edit, undo or redo).
    void budgetChanged(qint64 budgetId);
    // Budgets were added or removed.
    void budgetsChanged();
    // The seats of a body changed (through an edit, undo or redo).
    void membersChanged(qint64 bodyId);
    // A wheel, its slots or a meeting made from one changed (through an edit, undo or redo).
    void wheelsChanged();
    // An undo or redo that the database refused, or a load that failed; the message
    // says what and why.
    void editFailed(const QString &message);
    void actorsLoaded();
    void mapRevisionsChanged();

private:
    explicit Session(std::unique_ptr<Database> db);
    Status load();
    void loadActorsInBackground();

    std::unique_ptr<Database> m_db;
    ActorTableModel *m_actors;
    PersonTableModel *m_people;
    BodyTableModel *m_bodies;
    QUndoStack *m_undo;
    Door *m_door;
    std::unique_ptr<ActorService> m_actorService;
    std::unique_ptr<MapService> m_mapService;
    std::unique_ptr<PersonService> m_personService;
    std::unique_ptr<BodyService> m_bodyService;
    std::unique_ptr<WheelService> m_wheelService;
    std::unique_ptr<MinutesService> m_minutesService;
    std::unique_ptr<AssignmentService> m_assignmentService;
    std::unique_ptr<AgreementService> m_agreementService;
    std::unique_ptr<BudgetService> m_budgetService;
    QThread *m_loader = nullptr;
    bool m_loadingActors = false;
};
