#include "BudgetSheet.h"
#include "BudgetsView.h"
#include "Session.h"
#include "BudgetService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "GuiTestSupport.h"

// Adding, renaming and removing budget lines, and new budgets, through a real Session
// on the demo database (seed 002): each change is in the database and the grid, and is
// one undo step; a refused change leaves everything as it was.
class TestBudgetLines : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BudgetsView> m_view;

    BudgetSheet *model() const { return m_view->gridModel(); }
    qint64 budgetId() const { return m_view->currentBudgetId(); }
    Budget stored() const
    {
        auto state = m_session->budgetService().load(budgetId());
        return state ? state->budget : Budget();
    }
    int row(const QString &label) const
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->index(r, 0).data().toString() == label)
                return r;
        return -1;
    }
    const CostLine *costLineNamed(const Budget &b, const QString &name) const
    {
        for (const CostLine &l : b.costLines())
            if (b.lineName(l.id) == name)
                return &l;
        return nullptr;
    }
    QUndoStack *undo() const { return m_session->undoStack(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("b.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
        m_view = std::make_unique<BudgetsView>(m_session.get());
        new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
        m_view->resize(1280, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(budgetId() != 0);
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_dir.reset();
    }

    void tabHasTheLineButtons()
    {
        auto *lines = m_view->findChild<QPushButton *>(QStringLiteral("budgetLines"));
        QVERIFY(lines);
        QVERIFY(lines->menu());
        QCOMPARE(lines->menu()->actions().size(), 5); // two adds, separator, rename, remove
        QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("budgetNew")));
        if (qEnvironmentVariableIsSet("VERKSTAN_GRAB"))
            m_view->grab().save(qEnvironmentVariable("VERKSTAN_GRAB"));
    }

    void addCostAndFinancingLinesWithUndo()
    {
        const Budget before = stored();
        const int costs = before.costLines().size();
        const int financing = before.financingLines().size();
        const int steps = undo()->count();

        CostLine own;
        own.category = CostCategory::Other;
        own.name = QStringLiteral("Study visits");
        QVERIFY2(m_session->budgetService().addCostLine(budgetId(), own), "cost line refused");
        QCOMPARE(undo()->count(), steps + 1);

        FinancingLine fin;
        fin.funderActorId = before.financingLines().first().funderActorId;
        fin.funderName = before.financingLines().first().funderName;
        fin.kind = FunderKind::Private;
        fin.status = FundingStatus::InKind;
        QVERIFY2(m_session->budgetService().addFinancingLine(budgetId(), fin), "financing line refused");
        QCOMPARE(undo()->count(), steps + 2);

        Budget after = stored();
        QCOMPARE(after.costLines().size(), costs + 1);
        QCOMPARE(after.financingLines().size(), financing + 1);
        QVERIFY(costLineNamed(after, QStringLiteral("Study visits")));
        QCOMPARE(costLineNamed(after, QStringLiteral("Study visits"))->category, CostCategory::Other);
        QCOMPARE(after.financingLines().last().status, FundingStatus::InKind);
        QCOMPARE(after.financingLines().last().kind, FunderKind::Private);
        QVERIFY(row(QStringLiteral("Study visits")) >= 0);
        QCOMPARE(model()->budget().financingLines().size(), financing + 1);

        // Other needs a name: refused, nothing changed.
        CostLine unnamed;
        unnamed.category = CostCategory::Other;
        QVERIFY(!m_session->budgetService().addCostLine(budgetId(), unnamed));
        QCOMPARE(undo()->count(), steps + 2);
        QCOMPARE(stored().costLines().size(), costs + 1);

        undo()->undo();
        QCOMPARE(stored().financingLines().size(), financing);
        undo()->undo();
        QCOMPARE(stored().costLines().size(), costs);
        QVERIFY(!costLineNamed(stored(), QStringLiteral("Study visits")));
        QCOMPARE(row(QStringLiteral("Study visits")), -1);
        QCOMPARE(model()->budget().financingLines().size(), financing);

        undo()->redo();
        undo()->redo();
        after = stored();
        QCOMPARE(after.costLines().size(), costs + 1);
        QCOMPARE(after.financingLines().size(), financing + 1);
        QVERIFY(row(QStringLiteral("Study visits")) >= 0);
    }

    void renameWithUndo()
    {
        const Budget before = stored();
        const CostLine *staff = nullptr;
        for (const CostLine &l : before.costLines())
            if (l.category == CostCategory::ExternalServices)
                staff = &l;
        QVERIFY(staff);
        const qint64 id = staff->id;
        const QString oldName = before.lineName(id);
        QVERIFY2(m_session->budgetService().renameLine(budgetId(), id, QStringLiteral("Consultants")), "rename refused");
        QVERIFY(costLineNamed(stored(), QStringLiteral("Consultants")));
        QVERIFY(row(QStringLiteral("Consultants")) >= 0);
        QCOMPARE(stored().lineTotal(costLineNamed(stored(), QStringLiteral("Consultants"))->id), before.lineTotal(id));
        undo()->undo();
        QCOMPARE(stored().lineName(id), oldName);
        QCOMPARE(row(QStringLiteral("Consultants")), -1);
        undo()->redo();
        QVERIFY(costLineNamed(stored(), QStringLiteral("Consultants")));
    }

    void removeRefusedWhileComputedFrom()
    {
        const Budget before = stored();
        const CostLine *own = nullptr;
        for (const CostLine &l : before.costLines())
            if (l.category == CostCategory::OwnStaff)
                own = &l;
        QVERIFY(own);
        const int steps = undo()->count();
        const Status s = m_session->budgetService().removeLine(budgetId(), own->id);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("computed from it")), qPrintable(s.errorMessage()));
        QCOMPARE(undo()->count(), steps);
        QCOMPARE(stored().costLines().size(), before.costLines().size());
        QCOMPARE(stored().costTotal(), before.costTotal());

        // A financing line can go, and comes back with undo.
        const qint64 fin = before.financingLines().last().id;
        QVERIFY(m_session->budgetService().removeLine(budgetId(), fin));
        QCOMPARE(stored().financingLines().size(), before.financingLines().size() - 1);
        QCOMPARE(model()->budget().financingLines().size(), before.financingLines().size() - 1);
        undo()->undo();
        QCOMPARE(stored().financingLines().size(), before.financingLines().size());
        QCOMPARE(stored().financingTotal(), before.financingTotal());
    }

    void newBudgetWithUndo()
    {
        auto *picker = m_view->findChild<QComboBox *>(QStringLiteral("budgetPicker"));
        const int count = picker->count();
        auto created = m_session->budgetService().create(QStringLiteral("Pilot"), 2027, 2029);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        QCOMPARE(m_session->budgetService().list()->size(), count + 1);
        QCOMPARE(picker->count(), count + 1);
        auto state = m_session->budgetService().load(*created);
        QVERIFY(state);
        QCOMPARE(state->budget.firstYear(), 2027);
        QCOMPARE(state->budget.lastYear(), 2029);
        QVERIFY(state->budget.costLines().isEmpty());
        QVERIFY(state->budget.financingLines().isEmpty());
        QVERIFY(!m_session->budgetService().create(QStringLiteral("Backwards"), 2029, 2027));
        QCOMPARE(m_session->budgetService().list()->size(), count + 1);
        undo()->undo();
        QCOMPARE(m_session->budgetService().list()->size(), count);
        QCOMPARE(picker->count(), count);
        undo()->redo();
        QCOMPARE(m_session->budgetService().list()->size(), count + 1);
    }
};

QTEST_MAIN(TestBudgetLines)
#include "tst_budgetlines.moc"
