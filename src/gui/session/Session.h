#pragma once

#include "ActorImport.h"
#include "Agreement.h"
#include "ActorTableModel.h"
#include "BodyRepository.h"
#include "BodyTableModel.h"
#include "BudgetGridModel.h"
#include "BudgetImport.h"
#include "BudgetRepository.h"
#include "Database.h"
#include "MapRevisionRepository.h"
#include "Meeting.h"
#include "MinutesRepository.h"
#include "PersonTableModel.h"

#include <QObject>
#include <QThread>
#include <QUndoStack>

#include <functional>

#include <memory>

// One open database as the window sees it: the models over it and the undo stack of
// every edit. Widgets call these operations and never see SQL or QUndoCommand; each
// operation writes in a transaction, updates the models, and pushes an undo step.
// A refused edit returns its Error and pushes nothing.
class Session : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Session>> open(const QString &path, Database::Mode mode, bool withDemo = false);
    // A session over a database already open (a shared PostgreSQL database, a test's).
    static Result<std::unique_ptr<Session>> open(std::unique_ptr<Database> db);
    ~Session() override;

    const Database &database() const { return *m_db; }
    QString path() const { return m_db->path(); }
    ActorTableModel *actors() const { return m_actors; }
    // A large register shows its first screen at once and loads the rest on a worker
    // thread (with its own connection); actorsLoaded() says when the model is complete.
    bool isLoadingActors() const { return m_loadingActors; }
    static constexpr int kFirstScreenRows = 300;
    PersonTableModel *people() const { return m_people; }
    BodyTableModel *bodies() const { return m_bodies; }
    QUndoStack *undoStack() const { return m_undo; }
    // Actor names by id (for organisation columns and pickers).
    QHash<qint64, QString> organisationNames() const;

    Result<qint64> addActor(const Actor &actor);
    Status editActor(const Actor &actor);
    Status deleteActor(qint64 id);
    Result<ActorImportReport> importActors(const QByteArray &csv, bool skipInvalid);
    // Puts an actor in another cell of the landscape map: its type and level, and for a
    // municipality lane its municipality. One undo step.
    Status moveActorOnMap(qint64 id, ActorType type, GeoLevel level, const std::optional<QString> &municipality);

    // The published revisions of the landscape map (001 §5.1). Publishing freezes the
    // register as it is now; it is not an undo step, since a publication is final.
    Result<QVector<MapRevisionSummary>> mapRevisions() const;
    Result<MapRevision> mapRevision(int number) const;
    Result<int> publishMap(const QString &owner, const QString &comment);
    // The organisations that sit in a body (its seats' organisations, else the people's).
    Result<QSet<qint64>> organisationsIn(qint64 bodyId) const;

    Result<qint64> addPerson(const Person &person);
    Status editPerson(const Person &person);
    // Final minutes that name the person keep the name as printed; note (when given)
    // says which, for the person deleting.
    Status deletePerson(qint64 id, QString *note = nullptr);

    Result<qint64> addBody(const Body &body);
    Status editBody(const Body &body);
    Status deleteBody(qint64 id);

    Result<QVector<MemberDetail>> members(qint64 bodyId) const;
    Result<qint64> addMember(const Membership &member);
    Status editMember(const Membership &member);
    Status removeMember(qint64 membershipId);

    // Cooperation agreements (read from the database when asked: there are few).
    Result<QVector<Agreement>> agreements() const;
    Result<qint64> addAgreement(const Agreement &agreement);
    // Replaces the stored agreement with this one; text names the undo step
    // ("Add amendment 2 to ..."), empty for "Edit <name>".
    Status editAgreement(const Agreement &agreement, const QString &text = {});
    Status deleteAgreement(qint64 id);

    // ---- budgets ----
    struct BudgetState
    {
        Budget budget;
        BudgetOutcome outcome;
    };
    Result<QVector<BudgetSummary>> budgets() const;
    Result<BudgetState> loadBudget(qint64 id) const;
    // Applies grid edits to the budget's amounts (Mode::Budget) or its outcome
    // (Mode::Outcome) as one undo step; all or nothing: a refused edit changes nothing.
    Status editBudget(qint64 id, BudgetGridModel::Mode mode, const QVector<BudgetCellEdit> &edits);
    // Imports a budget from CSV as a new budget (one undo step); problems leave nothing.
    Result<BudgetImportReport> importBudget(const QByteArray &csv);
    // Changes to a budget's lines, each one undo step; a refused change (Budget's message)
    // leaves the budget as it was.
    Status addBudgetCostLine(qint64 budgetId, const CostLine &line);
    Status addBudgetFinancingLine(qint64 budgetId, const FinancingLine &line);
    // Renames a cost line (an empty name shows the category's label; Other needs a name).
    Status renameBudgetLine(qint64 budgetId, qint64 lineId, const QString &name);
    // Refused while another line is computed from it.
    Status removeBudgetLine(qint64 budgetId, qint64 lineId);
    // A new budget without lines (one undo step); returns its id.
    Result<qint64> createBudget(const QString &name, int firstYear, int lastYear);

    // ---- minutes ----
    Result<QVector<MinutesSummary>> minutesList() const;
    Result<Minutes> loadMinutes(qint64 id) const;
    Result<QVector<MinutesHit>> searchMinutes(const QString &text) const;
    // The minutes of a meeting (not its additions); 0 when it has none.
    Result<qint64> minutesIdForMeeting(qint64 meetingId) const;
    // The meetings that have no minutes yet, newest first.
    Result<QVector<Meeting>> meetingsWithoutMinutes() const;
    // Replaces the stored minutes (before) with after, one undo step named text. Edits
    // with the same non-empty mergeKey made within seconds of each other (text saved as
    // it is typed) merge into one undo step.
    Status editMinutes(const Minutes &before, const Minutes &after, const QString &text, const QString &mergeKey = {});
    // Stores new draft minutes (or an addition). Not an undo step.
    Result<qint64> addMinutes(const Minutes &minutes);
    // Stores minutes that all have adjusted as final and seals them. Not an undo step:
    // final is final.
    Status finalizeMinutes(Minutes &minutes);
    // Assignments given in minutes (bodyId 0: every body), with their follow-up status.
    Result<QVector<AssignmentRecord>> assignments(qint64 bodyId = 0, bool openOnly = false) const;
    // Follows up an assignment (done, carried on or open again) at the meeting of the
    // minutes inMinutesId (0: outside a meeting) on a date; one undo step.
    Status followUpAssignment(const AssignmentRecord &assignment, AssignmentStatus status, qint64 inMinutesId,
                              const QDate &on);

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
    // An undo or redo that the database refused; the message says what and why.
    void editFailed(const QString &message);
    void actorsLoaded();
    void mapRevisionsChanged();

private:
    explicit Session(std::unique_ptr<Database> db);
    Status load();
    void loadActorsInBackground();
    using Step = std::function<Status()>;
    void push(const QString &text, Step redo, Step undo, const QString &mergeKey = {});
    void organisationsChanged();
    void refreshWarnings(qint64 bodyId);
    void refreshAllWarnings();
    Status reloadPerson(qint64 id);
    Status editActorAs(const Actor &actor, const QString &undoText);
    Status reloadBody(qint64 id);
    Status changeBudgetLines(qint64 budgetId, const QString &undoText,
                             const std::function<Status(Budget &)> &change);

    std::unique_ptr<Database> m_db;
    ActorTableModel *m_actors;
    PersonTableModel *m_people;
    BodyTableModel *m_bodies;
    QUndoStack *m_undo;
    QThread *m_loader = nullptr;
    bool m_loadingActors = false;
};
