#include "BudgetCsv.h"
#include "BudgetOutcomeModel.h"
#include "BudgetSheet.h"
#include "QuarterOutcomeModel.h"
#include "BudgetGridView.h"
#include "BudgetsView.h"
#include "Session.h"
#include "BudgetService.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

#include "GuiTestSupport.h"

namespace {

Money kr(qint64 k)
{
    return Money::fromKronor(k);
}

const QString nbsp(QChar(0x00A0));

} // namespace

// The Budgets tab over the demo database (seed 002): the grid shows the seed's figures
// the Swedish way, edits and pasted blocks go to the database as one undo step each, a
// bad block changes nothing, outcome is entered and compared.
class TestBudgetsView : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<BudgetsView> m_view;

    BudgetSheet *model() const { return m_view->gridModel(); }
    int row(const QString &label) const
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->index(r, 0).data().toString() == label)
                return r;
        return -1;
    }
    QString shown(const QString &label, int year) const
    {
        return model()->index(row(label), model()->columnOfYear(year)).data().toString();
    }
    Money stored(const QString &label, int year) const
    {
        auto state = m_session->budgetService().load(m_view->currentBudgetId());
        const qint64 line = model()->lineId(row(label));
        return state->budget.amount(line, year);
    }

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
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_dir.reset();
    }

    void gridShowsTheSeedFigures()
    {
        QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("budgetPicker"))->count(), 1);
        QCOMPARE(model()->columnCount(), 5); // name, 2023, 2024, 2025, total
        QCOMPARE(model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2023"));
        QCOMPARE(shown(QStringLiteral("Own staff"), 2024), QStringLiteral("346") + nbsp + QStringLiteral("086") + nbsp + QStringLiteral("kr"));
        const int costs = model()->costTotalRow();
        const int financing = model()->financingTotalRow();
        const qint64 want[] = {540195, 547999, 555959, 1644153};
        for (int c = 1; c <= 4; ++c) {
            QCOMPARE(model()->index(costs, c).data(BudgetSheet::AmountRole).toLongLong(), kr(want[c - 1]).ore());
            QCOMPARE(model()->index(financing, c).data(BudgetSheet::AmountRole).toLongLong(), kr(want[c - 1]).ore());
            QCOMPARE(model()->index(model()->differenceRow(), c).data(BudgetSheet::AmountRole).toLongLong(), 0);
        }
        QCOMPARE(model()->index(costs, 4).data().toString(),
                 QStringLiteral("1") + nbsp + QStringLiteral("644") + nbsp + QStringLiteral("153") + nbsp + QStringLiteral("kr"));
        QCOMPARE(model()->index(row(QStringLiteral("Indirect costs")), 2).data(BudgetSheet::AmountRole).toLongLong(),
                 kr(51913).ore());
        QCOMPARE(model()->index(row(QStringLiteral("Region Örebro län")), 4).data(BudgetSheet::AmountRole).toLongLong(),
                 kr(822076).ore());
        // Computed lines, totals and headings are read-only; entered amounts are editable.
        QVERIFY(!(model()->flags(model()->index(row(QStringLiteral("Indirect costs")), 1)) & Qt::ItemIsEditable));
        QVERIFY(!(model()->flags(model()->index(costs, 1)) & Qt::ItemIsEditable));
        QVERIFY(model()->flags(model()->index(row(QStringLiteral("Own staff")), 1)) & Qt::ItemIsEditable);
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("budgetChecks"))->text().contains(QStringLiteral("Financing equals")));
    }

    // Pictures of the tab in its three modes, in a temporary folder (VERKSTAN_SCREENSHOTS=<folder>
    // keeps them to look at).
    void snapshotsOfTheThreeModes()
    {
        QTemporaryDir temporary;
        const QString dir = TestSupport::screenshotDir(temporary.path());
        auto *mode = m_view->findChild<QComboBox *>(QStringLiteral("budgetMode"));
        const char *names[] = {"budget", "outcome", "comparison"};
        for (int i = 0; i < 3; ++i) {
            mode->setCurrentIndex(i);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/budgets-%1.png").arg(QLatin1String(names[i]))));
        }
    }

    void typingAnAmountIsOneUndoStep()
    {
        BudgetGridView *grid = m_view->grid();
        grid->setFocus();
        grid->setCurrentIndex(model()->index(row(QStringLiteral("Travel and lodging")), model()->columnOfYear(2024)));
        QTest::keyClick(grid, '9'); // starts the editor, as in a spreadsheet
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        GuiTest::typeText(editor, QStringLiteral("500"));
        QCOMPARE(editor->text(), QStringLiteral("9500"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("Travel and lodging"), 2024), kr(9500)); // the delegate commits queued
        QCOMPARE(m_session->undoStack()->count(), 1);
        // The check now shows the difference of 1 500 kr in 2024.
        QCOMPARE(model()->index(model()->differenceRow(), 2).data(BudgetSheet::AmountRole).toLongLong(), kr(-1500).ore());
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("budgetChecks"))->text().contains(QStringLiteral("2024")));
        m_session->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("Travel and lodging"), 2024), kr(8000));
        QCOMPARE(shown(QStringLiteral("Travel and lodging"), 2024), QStringLiteral("8") + nbsp + QStringLiteral("000") + nbsp + QStringLiteral("kr"));
    }

    void pastingATabSeparatedBlockIsOneUndoStep()
    {
        // Two rows by three years, as LibreOffice copies them (with a computed line between
        // that receives what it already shows).
        const QString block = QStringLiteral("350 000\t360 000\t370 000\r\n"
                                             "150000\t150000\t150000\r\n");
        QApplication::clipboard()->setText(block);
        BudgetGridView *grid = m_view->grid();
        grid->setFocus();
        grid->setCurrentIndex(model()->index(row(QStringLiteral("Own staff")), 1));
        QTest::keySequence(grid, QKeySequence::Paste);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(stored(QStringLiteral("Own staff"), 2025), kr(370000));
        QCOMPARE(stored(QStringLiteral("External services"), 2023), kr(150000));
        // Indirect costs follow: 15 % of 360 000.
        QCOMPARE(model()->index(row(QStringLiteral("Indirect costs")), 2).data(BudgetSheet::AmountRole).toLongLong(), kr(54000).ore());
        m_session->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("Own staff"), 2025), kr(353008));
        QCOMPARE(stored(QStringLiteral("External services"), 2023), kr(142000));
        QCOMPARE(model()->index(model()->costTotalRow(), 4).data(BudgetSheet::AmountRole).toLongLong(), kr(1644153).ore());
        m_session->undoStack()->redo();
        QCOMPARE(stored(QStringLiteral("Own staff"), 2025), kr(370000));
    }

    void deleteClearsTheSelectedAmounts()
    {
        BudgetGridView *grid = m_view->grid();
        const int travel = row(QStringLiteral("Travel and lodging"));
        grid->selectionModel()->select(QItemSelection(model()->index(travel, 1), model()->index(travel, 3)),
                                       QItemSelectionModel::ClearAndSelect);
        m_view->deleteSelected(); // Edit > Delete on this tab
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(stored(QStringLiteral("Travel and lodging"), 2023), Money());
        QCOMPARE(stored(QStringLiteral("Travel and lodging"), 2025), Money());
        m_session->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("Travel and lodging"), 2024), kr(8000));
    }

    void badBlockChangesNothing()
    {
        QSignalSpy refused(model(), &BudgetSheet::editRefused);
        const int staff = row(QStringLiteral("Own staff"));
        // Text among the amounts.
        QVERIFY(!model()->paste(model()->index(staff, 1), QStringLiteral("1\t2\t3\n4\tfyra\t6\n")).ok());
        QVERIFY2(refused.last().first().toString().contains(QStringLiteral("External services, 2024")),
                 qPrintable(refused.last().first().toString()));
        // A negative amount.
        QVERIFY(!model()->paste(model()->index(staff, 1), QStringLiteral("-5\n")).ok());
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("negative")));
        // Onto a computed line with another value.
        QVERIFY(!model()->paste(model()->index(row(QStringLiteral("Indirect costs")), 1), QStringLiteral("1\n")).ok());
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("cannot be changed")));
        // Past the last year column.
        QVERIFY(!model()->paste(model()->index(staff, 3), QStringLiteral("1\t2\t3\n")).ok());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(stored(QStringLiteral("Own staff"), 2023), kr(339300));
        QCOMPARE(stored(QStringLiteral("Travel and lodging"), 2023), kr(8000));
    }

    void chartSeriesEqualTheModel()
    {
        const QVector<QChartView *> views = m_view->chartViews();
        QCOMPARE(views.size(), 3);
        auto check = [&] {
            // Costs per year: one stacked set per cost line, a value per year, in kronor.
            auto *stacked = qobject_cast<QStackedBarSeries *>(views.at(0)->chart()->series().value(0));
            QVERIFY(stacked);
            QVERIFY(views.at(0)->chart()->title().contains(QStringLiteral("Booked costs per year")));
            int set = 0;
            for (int r = 0; r < model()->rowCount(); ++r) {
                if (model()->rowKind(r) != BudgetSheet::RowKind::Cost)
                    continue;
                QBarSet *s = stacked->barSets().at(set++);
                QCOMPARE(s->label(), model()->index(r, 0).data().toString());
                for (int y = 0; y < 3; ++y)
                    QCOMPARE(qint64(std::llround(s->at(y) * 100)),
                             model()->value(r, model()->years().at(y)).ore());
            }
            QCOMPARE(set, int(stacked->count()));
            // Financing shares: one slice per funder with its total.
            auto *pie = qobject_cast<QPieSeries *>(views.at(1)->chart()->series().value(0));
            QVERIFY(pie);
            QCOMPARE(pie->count(), 3);
            QCOMPARE(qint64(std::llround(pie->slices().at(0)->value())), qint64(822076));
            QCOMPARE(pie->slices().at(0)->label(), QStringLiteral("50,0") + nbsp + QStringLiteral("%"));
            QCOMPARE(views.at(1)->chart()->legend()->markers(pie).at(0)->label(), QStringLiteral("Region Örebro län"));
            // Budget against outcome of the booked costs.
            auto *bars = qobject_cast<QBarSeries *>(views.at(2)->chart()->series().value(0));
            QVERIFY(bars);
            const int total = model()->costTotalRow();
            for (int y = 0; y < 3; ++y) {
                QCOMPARE(qint64(std::llround(bars->barSets().at(0)->at(y) * 100)), model()->value(total, 2023 + y).ore());
                QCOMPARE(qint64(std::llround(bars->barSets().at(1)->at(y) * 100)), model()->value(total, 2023 + y, true).ore());
            }
        };
        check();
        // After an edit the charts follow the model.
        QVERIFY(model()->setData(model()->index(row(QStringLiteral("Own staff")), 1), QStringLiteral("400000")));
        auto *stacked = qobject_cast<QStackedBarSeries *>(views.at(0)->chart()->series().value(0));
        QCOMPARE(qint64(stacked->barSets().at(0)->at(0)), qint64(400000));
        check();
    }

    void copyGivesTabSeparatedText()
    {
        const int staff = row(QStringLiteral("Own staff"));
        const QString text = model()->copyText({model()->index(staff, 0), model()->index(staff, 4)});
        QCOMPARE(text, QStringLiteral("Own staff\t339300\t346086\t353008\t1038394\n"));
    }

    void outcomeEntryAndComparison()
    {
        auto *mode = m_view->findChild<QComboBox *>(QStringLiteral("budgetMode"));
        mode->setCurrentIndex(1); // Outcome
        QVERIFY(qobject_cast<BudgetOutcomeModel *>(model())); // the outcome of whole years
        const int travel = row(QStringLiteral("Travel and lodging"));
        // The demo has outcome for 2023 and two quarters of 2024; 2025 is empty.
        QCOMPARE(model()->index(travel, 1).data(BudgetSheet::AmountRole).toLongLong(), kr(6120).ore());
        QCOMPARE(model()->index(travel, 2).data(BudgetSheet::AmountRole).toLongLong(), kr(3690).ore());
        QVERIFY(!(model()->flags(model()->index(travel, 2)) & Qt::ItemIsEditable)); // entered per quarter
        QVERIFY(model()->index(travel, 3).data().toString().isEmpty());
        QVERIFY(model()->setData(model()->index(travel, 3), QStringLiteral("7 250")));
        QCOMPARE(m_session->undoStack()->count(), 1);
        auto state = m_session->budgetService().load(m_view->currentBudgetId());
        QCOMPARE(state->outcome.amount(state->budget, model()->lineId(travel), 2025), kr(7250));

        mode->setCurrentIndex(2); // budget against outcome
        QCOMPARE(model()->columnCount(), 1 + 4 * 3);
        const int col2023 = model()->columnOfYear(2023);
        const int staff = row(QStringLiteral("Own staff"));
        QCOMPARE(model()->index(staff, col2023).data(BudgetSheet::AmountRole).toLongLong(), kr(339300).ore());
        QCOMPARE(model()->index(staff, col2023 + 1).data(BudgetSheet::AmountRole).toLongLong(), kr(331250).ore());
        QCOMPARE(model()->index(staff, col2023 + 2).data(BudgetSheet::AmountRole).toLongLong(), kr(-8050).ore());
        QVERIFY(!(model()->flags(model()->index(staff, col2023)) & Qt::ItemIsEditable));

        m_session->undoStack()->undo();
        state = m_session->budgetService().load(m_view->currentBudgetId());
        QVERIFY(!state->outcome.has(state->budget, model()->lineId(travel), 2025));
    }

    void outcomePerQuarter()
    {
        m_view->findChild<QComboBox *>(QStringLiteral("budgetMode"))->setCurrentIndex(1);
        auto *quarter = m_view->findChild<QComboBox *>(QStringLiteral("budgetQuarter"));
        QVERIFY(quarter->isVisible());
        quarter->setCurrentIndex(3); // quarter 3
        QCOMPARE(qobject_cast<QuarterOutcomeModel *>(model())->quarter(), 3);
        const int staff = row(QStringLiteral("Own staff"));
        const int col2024 = model()->columnOfYear(2024);
        QVERIFY(model()->index(staff, col2024).data().toString().isEmpty());
        QVERIFY(!(model()->flags(model()->index(staff, 1)) & Qt::ItemIsEditable)); // 2023 is entered whole
        QVERIFY(model()->setData(model()->index(staff, col2024), QStringLiteral("90 000")));
        QCOMPARE(model()->index(staff, col2024).data(BudgetSheet::AmountRole).toLongLong(), kr(90000).ore());
        // Indirect costs of the quarter follow: 15 % of 90 000.
        QCOMPARE(model()->index(row(QStringLiteral("Indirect costs")), col2024).data(BudgetSheet::AmountRole).toLongLong(),
                 kr(13500).ore());
        auto state = m_session->budgetService().load(m_view->currentBudgetId());
        const qint64 line = model()->lineId(staff);
        QCOMPARE(state->outcome.entered(line, 2024, 3).value(), kr(90000));
        QCOMPARE(state->outcome.amount(state->budget, line, 2024), kr(84100 + 87950 + 90000));
        quarter->setCurrentIndex(0); // the whole year: the sum, read-only
        QCOMPARE(model()->index(staff, col2024).data(BudgetSheet::AmountRole).toLongLong(),
                 kr(84100 + 87950 + 90000).ore());
        QVERIFY(!(model()->flags(model()->index(staff, col2024)) & Qt::ItemIsEditable));
        m_session->undoStack()->undo();
        state = m_session->budgetService().load(m_view->currentBudgetId());
        QVERIFY(!state->outcome.entered(line, 2024, 3));
    }

    void importedBudgetIsSelectedAndUndone()
    {
        const qint64 first = m_view->currentBudgetId();
        auto state = m_session->budgetService().load(first);
        auto report = m_session->budgetService().importCsv(BudgetCsv::write(state->budget));
        QVERIFY2(report && report->problems.isEmpty(), qPrintable(report.errorMessage()));
        auto *picker = m_view->findChild<QComboBox *>(QStringLiteral("budgetPicker"));
        QCOMPARE(picker->count(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(picker->count(), 1);
        QCOMPARE(m_view->currentBudgetId(), first);
    }
};

QTEST_MAIN(TestBudgetsView)
#include "tst_budgetsview.moc"
