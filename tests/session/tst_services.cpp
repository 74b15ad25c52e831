#include "ActorService.h"
#include "AgreementService.h"
#include "AssignmentService.h"
#include "BodyService.h"
#include "BudgetService.h"
#include "Clock.h"
#include "Door.h"
#include "MapService.h"
#include "MinutesService.h"
#include "MinutesWorkflow.h"
#include "PersonService.h"
#include "Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

// Each feature's service over the real demo database: its edits are one undo step each
// through the session's door, the models and signals follow, undo and redo bring the
// stored records back exactly, and a refusal leaves everything as it was.
class TestServices : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;

    QUndoStack *undo() const { return m_session->undoStack(); }

    static QString validNumber(const QString &nine)
    {
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            int d = nine.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return nine.left(6) + QLatin1Char('-') + nine.mid(6) + QString::number((10 - sum % 10) % 10);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("s.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
        Clock::setNow({});
    }

    void actorsAreAddedChangedAndDeletedWithUndo()
    {
        ActorService &actors = m_session->actorService();
        const int rows = m_session->actors()->totalCount();
        Actor a;
        a.name = QStringLiteral("Hantverkarna i Sörmland");
        a.organisationNumber = validNumber(QStringLiteral("802481123"));
        a.type = ActorType::EmployerOrganisation;
        a.level = GeoLevel::Regional;
        auto id = actors.add(a);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QCOMPARE(m_session->actors()->totalCount(), rows + 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Add Hantverkarna i Sörmland"));
        Actor edited = *actors.find(*id);
        edited.city = QStringLiteral("Eskilstuna");
        QVERIFY(actors.edit(edited));
        QVERIFY(actors.remove(*id));
        QVERIFY(!actors.find(*id));
        QCOMPARE(m_session->actors()->totalCount(), rows);
        undo()->undo();
        QCOMPARE(actors.find(*id)->city, QStringLiteral("Eskilstuna"));
        undo()->undo();
        QCOMPARE(actors.find(*id)->city, QString());
        undo()->undo();
        QVERIFY(!actors.find(*id));
        QCOMPARE(m_session->actors()->totalCount(), rows);
        // A bad actor is refused and nothing is pushed.
        Actor bad;
        const int steps = undo()->count();
        QVERIFY(!actors.add(bad));
        QCOMPARE(undo()->count(), steps);
    }

    void aDeletedBodyComesBackWithItsSeats()
    {
        BodyService &bodies = m_session->bodyService();
        QSignalSpy members(m_session.get(), &Session::membersChanged);
        // The first body with seats that may be deleted (one with wheels or meetings may not).
        qint64 bodyId = 0;
        int seats = 0;
        const BodyList all = m_session->bodies()->records();
        for (const Body &b : all) {
            auto m = bodies.members(b.id);
            QVERIFY(m);
            if (m->isEmpty())
                continue;
            const int steps = undo()->count();
            if (const Status removed = bodies.remove(b.id); !removed) {
                QCOMPARE(removed.error().kind, Error::Kind::InUse);
                QCOMPARE(undo()->count(), steps);
                QVERIFY(m_session->bodies()->rowOf(b.id) >= 0);
                continue;
            }
            bodyId = b.id;
            seats = int(m->size());
            break;
        }
        QVERIFY(bodyId);
        QCOMPARE(m_session->bodies()->rowOf(bodyId), -1);
        undo()->undo();
        QVERIFY(m_session->bodies()->rowOf(bodyId) >= 0);
        QCOMPARE(bodies.members(bodyId)->size(), seats);
        QVERIFY(!members.isEmpty());
        // A seat's change is one step; undo gives the seat back its role.
        MemberDetail seat = bodies.members(bodyId)->first();
        Membership changed = seat.membership;
        changed.role = changed.role == MemberRole::Deputy ? MemberRole::Member : MemberRole::Deputy;
        QVERIFY(bodies.editMember(changed));
        undo()->undo();
        QCOMPARE(bodies.members(bodyId)->first().membership.role, seat.membership.role);
    }

    void peopleAndAgreementsFollowTheSamePath()
    {
        Person p;
        p.name = QStringLiteral("Lena Holm");
        auto id = m_session->personService().add(p);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(m_session->people()->rowOf(*id) >= 0);
        undo()->undo();
        QCOMPARE(m_session->people()->rowOf(*id), -1);
        undo()->redo();
        QVERIFY(m_session->people()->rowOf(*id) >= 0);

        AgreementService &agreements = m_session->agreementService();
        auto all = agreements.all();
        QVERIFY(all && !all->isEmpty());
        Agreement a = all->first();
        QSignalSpy changed(m_session.get(), &Session::agreementsChanged);
        a.notes = QStringLiteral("Ses över 2027.");
        QVERIFY(agreements.edit(a, QStringLiteral("Note")));
        QCOMPARE(undo()->undoText(), QStringLiteral("Note"));
        QCOMPARE(agreements.find(a.id)->notes, a.notes);
        undo()->undo();
        QCOMPARE(agreements.find(a.id)->notes, all->first().notes);
        QCOMPARE(changed.size(), 2);
    }

    void budgetAmountsOutcomeAndLines()
    {
        BudgetService &budgets = m_session->budgetService();
        auto list = budgets.list();
        QVERIFY(list && !list->isEmpty());
        const qint64 id = list->first().id;
        const BudgetService::State before = *budgets.load(id);
        const CostLine line = before.budget.costLines().first();
        const int year = before.budget.lastYear(); // the demo has no outcome of the last year yet
        QVERIFY(budgets.editAmounts(id, {{line.id, year, Money::fromKronor(123456), 0}}));
        QCOMPARE(budgets.load(id)->budget.amount(line.id, year), Money::fromKronor(123456));
        QVERIFY(budgets.editOutcome(id, {{line.id, year, Money::fromKronor(1000), 2}}));
        QCOMPARE(budgets.load(id)->outcome.entered(line.id, year, 2), std::optional<Money>(Money::fromKronor(1000)));
        QCOMPARE(undo()->undoText(), QStringLiteral("Outcome of %1 in quarter 2 of %2").arg(before.budget.lineName(line.id)).arg(year));
        // A refused amount (a year outside the budget) changes nothing and pushes nothing.
        const int steps = undo()->count();
        QVERIFY(!budgets.editAmounts(id, {{line.id, year - 10, Money::fromKronor(1), 0}}));
        QCOMPARE(undo()->count(), steps);
        undo()->undo();
        undo()->undo();
        QCOMPARE(budgets.load(id)->budget.amount(line.id, year), before.budget.amount(line.id, year));
        QVERIFY(budgets.load(id)->outcome == before.outcome);

        CostLine extra;
        extra.category = CostCategory::Other;
        extra.name = QStringLiteral("Mässa");
        QVERIFY(budgets.addCostLine(id, extra));
        QCOMPARE(budgets.load(id)->budget.costLines().size(), before.budget.costLines().size() + 1);
        undo()->undo();
        QCOMPARE(budgets.load(id)->budget.costLines().size(), before.budget.costLines().size());

        QSignalSpy made(m_session.get(), &Session::budgetsChanged);
        auto created = budgets.create(QStringLiteral("Ny budget"), 2027, 2028);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        QCOMPARE(budgets.list()->size(), list->size() + 1);
        undo()->undo();
        QCOMPARE(budgets.list()->size(), list->size());
        QCOMPARE(made.size(), 2);
    }

    void typingInMinutesMergesAndFollowUpIsUndone()
    {
        MinutesService &minutes = m_session->minutesService();
        Minutes draft;
        for (const MinutesSummary &s : *minutes.list())
            if (s.state == MinutesState::Draft)
                draft = *minutes.load(s.id);
        if (!draft.id) {
            auto meetings = minutes.meetingsWithoutMinutes();
            QVERIFY(meetings && !meetings->isEmpty());
            auto id = minutes.keepMinutesOf(meetings->first().id);
            QVERIFY2(id, qPrintable(id.errorMessage()));
            draft = *minutes.load(*id);
        }
        QVERIFY(!draft.items.isEmpty());
        Clock::setNow(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
        const QString key = QStringLiteral("text:%1").arg(draft.items.first().id);
        const int steps = undo()->count();
        Minutes m = draft;
        for (const QString &text : {QStringLiteral("Mötet"), QStringLiteral("Mötet öppnas"), QStringLiteral("Mötet öppnas.")}) {
            m.items[0].discussion = text;
            QVERIFY(minutes.edit(m, QStringLiteral("Edit § 1"), key));
            m = *minutes.load(draft.id);
            Clock::advance(1500);
        }
        QCOMPARE(undo()->count(), steps + 1);
        undo()->undo();
        QCOMPARE(minutes.load(draft.id)->items.first().discussion, draft.items.first().discussion);
        undo()->redo();
        QCOMPARE(minutes.load(draft.id)->items.first().discussion, QStringLiteral("Mötet öppnas."));

        AssignmentService &assignments = m_session->assignmentService();
        auto open = assignments.assignments(0, true);
        QVERIFY(open && !open->isEmpty());
        const AssignmentRecord record = open->first();
        QSignalSpy followed(m_session.get(), &Session::assignmentsChanged);
        QVERIFY(assignments.followUp(record, AssignmentStatus::Done, 0, QDate(2026, 5, 4)));
        QCOMPARE(assignments.assignments(0, true)->size(), open->size() - 1);
        undo()->undo();
        QCOMPARE(assignments.assignments(0, true)->size(), open->size());
        QCOMPARE(followed.size(), 2);
    }

    void theMapMovesActorsAndPublishes()
    {
        MapService &map = m_session->mapService();
        const Actor a = m_session->actors()->allActors().first();
        const GeoLevel to = a.level == GeoLevel::National ? GeoLevel::Regional : GeoLevel::National;
        QVERIFY(map.moveActor(a.id, a.type, to, std::nullopt));
        QCOMPARE(m_session->actorService().find(a.id)->level, to);
        QVERIFY(undo()->undoText().startsWith(QStringLiteral("Move %1").arg(a.name)));
        const int revisions = int(map.revisions()->size());
        QSignalSpy published(m_session.get(), &Session::mapRevisionsChanged);
        auto n = map.publish(QStringLiteral("Region Sörmland"), QStringLiteral("Test"));
        QVERIFY2(n, qPrintable(n.errorMessage()));
        QCOMPARE(map.revisions()->size(), revisions + 1);
        QCOMPARE(map.revision(*n)->owner, QStringLiteral("Region Sörmland"));
        QCOMPARE(published.size(), 1);
        // A publication is final: no undo step; the move is still the last one.
        QVERIFY(undo()->undoText().startsWith(QStringLiteral("Move %1").arg(a.name)));
        undo()->undo();
        QCOMPARE(m_session->actorService().find(a.id)->level, a.level);
        QCOMPARE(map.revisions()->size(), revisions + 1);
    }
};

QTEST_MAIN(TestServices)
#include "tst_services.moc"
