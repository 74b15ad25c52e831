#include "Clock.h"
#include "ActorTableModel.h"
#include "AgreementChargesModel.h"
#include "AgreementRepository.h"
#include "AgreementTableModel.h"
#include "AgreementsView.h"
#include "AgreementDialog.h"
#include "AgreementPartyDialog.h"
#include "AmendmentDialog.h"
#include "MainWindow.h"
#include "PdfSupport.h"
#include "ReportDocument.h"
#include "Session.h"
#include "TestSupport.h"
#include "AgreementService.h"
#include "ActorService.h"
#include "SharedCostModel.h"
#include "ViewSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>
#include <QComboBox>
#include "DateEdit.h"
#include <QLabel>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "GuiTestSupport.h"

using namespace GuiTest;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

// The Agreements tab over the demo database (seed 000): warnings ahead of the notice
// deadline and when too few parties remain, editing with undo, bad input refused.
class TestAgreementsView : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AgreementsView> m_view;

    Agreement stored() const
    {
        auto all = AgreementRepository(m_session->database()).all();
        return all && !all->isEmpty() ? all->first() : Agreement();
    }
    WarningBox *warnings() const { return m_view->findChild<WarningBox *>(QStringLiteral("agreementWarnings")); }
    QTableView *table(const char *name) const { return m_view->findChild<QTableView *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = Session::open(m_dir->filePath(QStringLiteral("a.verkstan")), Database::Mode::Create, true);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
        m_view = std::make_unique<AgreementsView>(m_session.get());
        Clock::setNow(QDateTime(d("2026-06-01"), QTime(12, 0)));
        m_view->refreshToday();
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        Clock::setNow({});
        m_view.reset();
        m_session.reset();
    }

    void showsTheSeedAgreement()
    {
        QAbstractItemModelTester tester(table("agreementsTable")->model());
        QCOMPARE(m_view->currentAgreementId(), stored().id);
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agreementTitle"))->text(),
                 QStringLiteral("Samverkansavtal Teknikcollege Stockholmsregionen"));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("nextNoticeLabel"))->text().contains(QStringLiteral("2028-12-31")));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("validityLabel"))->text().contains(QStringLiteral("met")));
        QVERIFY(warnings()->isHidden());
        QTableView *parties = table("partiesTable");
        QCOMPARE(parties->model()->rowCount(), 5);
        QCOMPARE(cell(parties, 0, 0), QStringLiteral("Region Stockholm (invoices)"));
        QCOMPARE(cell(parties, 1, 4), QStringLiteral("15\u00a0%"));
        // What each party pays: the region 40 % of 1 200 000 kr in 2025.
        QTableView *charges = table("chargesTable");
        QAbstractItemModelTester chargesTester(charges->model());
        QCOMPARE(cell(charges, 0, 0), QStringLiteral("Region Stockholm"));
        QCOMPARE(cell(charges, 0, 1), QStringLiteral("480\u00a0000\u00a0kr"));
        QCOMPARE(cell(charges, 5, 1), QStringLiteral("1\u00a0200\u00a0000\u00a0kr"));
    }

    void warnsAheadOfTheNoticeDeadline()
    {
        Clock::setNow(QDateTime(d("2028-09-29"), QTime(12, 0)));
        m_view->refreshToday();
        QVERIFY(warnings()->isHidden());
        Clock::setNow(QDateTime(d("2028-11-01"), QTime(12, 0)));
        m_view->refreshToday();
        QVERIFY(!warnings()->isHidden());
        QVERIFY(warnings()->warnings().value(0).startsWith(
            QStringLiteral("Notice of termination must be given by 2028-12-31 (in 60 days)")));
        QVERIFY(!table("agreementsTable")->model()->index(0, 0).data(AgreementTableModel::WarningsRole)
                     .toStringList().isEmpty());
        if (const QString shots = TestSupport::screenshotDir({}); !shots.isEmpty()) {
            m_view->grab().save(shots + QStringLiteral("/agreements-overview.png"));
            m_view->findChild<QTabWidget *>(QStringLiteral("agreementSections"))->setCurrentIndex(1);
            m_view->grab().save(shots + QStringLiteral("/agreements-costs.png"));
        }
    }

    void warnsWhenTooFewMunicipalitiesRemain()
    {
        Agreement a = stored();
        a.method = CostAllocation::Method::Equal;
        a.parties[3].leftOn = d("2027-12-31");
        a.parties[4].leftOn = d("2027-12-31");
        QVERIFY(m_session->agreementService().edit(a).ok());
        QCOMPARE(warnings()->warnings(),
                 QStringList{QStringLiteral("Only 2 municipalities remain; unless new parties join, the agreement "
                                            "ends on 2029-12-31, at the end of the current term.")});
        Clock::setNow(QDateTime(d("2028-01-01"), QTime(12, 0)));
        m_view->refreshToday();
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("validityLabel"))->text().contains(QStringLiteral("not met")));
        m_session->undoStack()->undo();
        QVERIFY(warnings()->isHidden());
    }

    void editCostInTheGridAndUndo()
    {
        auto *costs = qobject_cast<SharedCostModel *>(table("costsTable")->model());
        QVERIFY(costs);
        QAbstractItemModelTester tester(costs);
        // 2026 is the second year column.
        QVERIFY(costs->setData(costs->index(1, 2), QStringLiteral("60 000")));
        QCOMPARE(stored().costs.at(1).amount(2026), Money::fromKronor(60000));
        QCOMPARE(cell(table("chargesTable"), 5, 2), QStringLiteral("1\u00a0240\u00a0000\u00a0kr"));
        QCOMPARE(m_session->undoStack()->undoText(),
                 QStringLiteral("Change Medlemsavgift Riksföreningen Teknikcollege Sverige in 2026 to 60\u00a0000\u00a0kr"));
        m_session->undoStack()->undo();
        QCOMPARE(stored().costs.at(1).amount(2026), Money::fromKronor(50000));
        QCOMPARE(cell(table("chargesTable"), 5, 2), QStringLiteral("1\u00a0230\u00a0000\u00a0kr"));

        // Typed into the grid like a spreadsheet: select the cell, type, Return.
        m_view->findChild<QTabWidget *>(QStringLiteral("agreementSections"))->setCurrentIndex(1);
        QTableView *grid = table("costsTable");
        QCoreApplication::processEvents(); // the grid shows what is stored after an edit's event
        QApplication::setActiveWindow(m_view.get());
        grid->setFocus();
        grid->setCurrentIndex(costs->index(2, 3)); // activities, 2027
        QTest::keyClick(grid, Qt::Key_2); // starts the cell's editor with the key typed
        QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != grid);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("00 000"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(stored().costs.at(2).amount(2027), Money::fromKronor(200000));
        QTRY_COMPARE(cell(grid, 2, 3), QStringLiteral("200\u00a0000\u00a0kr"));
        m_session->undoStack()->undo();
        QCOMPARE(stored().costs.at(2).amount(2027), Money::fromKronor(150000));

        // Text and negative amounts are refused with a message; nothing is saved.
        QSignalSpy refused(m_view.get(), &AgreementsView::errorOccurred);
        const Agreement before = stored();
        QVERIFY(!costs->setData(costs->index(0, 1), QStringLiteral("mycket")));
        QVERIFY(!costs->setData(costs->index(0, 1), QStringLiteral("-5")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.at(1).at(0).toString().contains(QStringLiteral("cannot be negative")));
        QVERIFY(stored() == before);
    }

    void percentagesNotAddingUpAreRefused()
    {
        QSignalSpy refused(m_view.get(), &AgreementsView::errorOccurred);
        Agreement a = stored();
        a.parties[0].weight = 3500;
        const Status s = m_session->agreementService().edit(a);
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QStringLiteral("The percentages add up to 95")));
        QCOMPARE(stored().parties.at(0).weight, qint64(4000));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void addAmendmentThroughTheDialogAndUndo()
    {
        whenModal<AmendmentDialog>([](AmendmentDialog *dialog) {
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("amendmentNumberSpin"))->value(), 1);
            dialog->findChild<DateEdit *>(QStringLiteral("amendmentDateEdit"))->setDate(d("2026-05-20"));
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("amendmentTextEdit"));
            QVERIFY(!okButton(dialog)->isEnabled()); // no text yet
            text->setPlainText(QStringLiteral("Aktivitetsbudgeten 2027 höjs till 200 000 kr."));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        m_view->addAmendment();
        QCOMPARE(stored().amendments.size(), 1);
        QCOMPARE(stored().amendments.first().date, d("2026-05-20"));
        QTableView *amendments = table("amendmentsTable");
        QCOMPARE(amendments->model()->rowCount(), 1);
        QCOMPARE(cell(amendments, 0, 0), QStringLiteral("1"));
        QCOMPARE(m_session->undoStack()->undoText(),
                 QStringLiteral("Add amendment 1 to Samverkansavtal Teknikcollege Stockholmsregionen"));
        // Remove it with the table focused, then undo twice.
        amendments->setFocus();
        amendments->selectRow(0);
        m_view->removeAmendment();
        QCOMPARE(stored().amendments.size(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(stored().amendments.size(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(stored().amendments.size(), 0);
        QCOMPARE(amendments->model()->rowCount(), 0);
    }

    void addPartyThroughTheDialogThenLeave()
    {
        // Nacka is not in the demo register: Askersunds kommun stands in, with 0 % so the
        // percentages still add up.
        whenModal<AgreementPartyDialog>([](AgreementPartyDialog *dialog) {
            auto *actor = dialog->findChild<QComboBox *>(QStringLiteral("partyActorCombo"));
            const int i = actor->findText(QStringLiteral("Askersunds kommun"));
            QVERIFY(i >= 0);
            actor->setCurrentIndex(i);
            auto *weight = dialog->findChild<QLineEdit *>(QStringLiteral("weightEdit"));
            weight->setText(QStringLiteral("1000"));
            QVERIFY(!okButton(dialog)->isEnabled()); // more than 100 %
            weight->setText(QStringLiteral("0"));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        m_view->addParty();
        QCOMPARE(stored().parties.size(), 6);
        QCOMPARE(stored().parties.last().name, QStringLiteral("Askersunds kommun"));
        QCOMPARE(table("partiesTable")->model()->rowCount(), 6);

        auto leave = [this](int row) {
            table("partiesTable")->selectRow(row);
            whenModal<AgreementPartyDialog>([](AgreementPartyDialog *dialog) {
                dialog->findChild<QCheckBox *>(QStringLiteral("leavesCheck"))->setChecked(true);
                dialog->findChild<DateEdit *>(QStringLiteral("leftEdit"))->setDate(d("2027-12-31"));
                okButton(dialog)->click();
            });
            m_view->editParty();
        };
        // With fixed percentages a party leaving leaves the later years short of 100 %:
        // refused, with the year, and nothing saved.
        QSignalSpy refused(m_view.get(), &AgreementsView::errorOccurred);
        leave(3);
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("in 2028: The percentages add up to 85")),
                 qPrintable(refused.first().first().toString()));
        QVERIFY(!stored().parties.at(3).leftOn.isValid());

        // Shared equally, two municipalities give notice; Askersund keeps three.
        Agreement equal = stored();
        equal.method = CostAllocation::Method::Equal;
        QVERIFY(m_session->agreementService().edit(equal).ok());
        leave(3);
        leave(4);
        QCOMPARE(stored().parties.at(4).leftOn, d("2027-12-31"));
        QVERIFY(warnings()->isHidden());
        // Askersund removed: only two municipalities would remain.
        table("partiesTable")->selectRow(5);
        m_view->removeParty();
        QCOMPARE(stored().parties.size(), 5);
        QVERIFY(!warnings()->isHidden());
        QVERIFY(warnings()->warnings().last().startsWith(QStringLiteral("Only 2 municipalities remain")));
        m_session->undoStack()->undo();
        QVERIFY(warnings()->isHidden());
        QCOMPARE(table("partiesTable")->model()->rowCount(), 6);
    }

    void aPartyRenamedInTheRegisterShowsAtOnce()
    {
        const qint64 haninge = stored().parties.at(2).actorId;
        Actor actor;
        for (const Actor &a : m_session->actors()->allActors())
            if (a.id == haninge)
                actor = a;
        actor.name = QStringLiteral("Haninge kommun (Kommunstyrelsen)");
        QVERIFY(m_session->actorService().edit(actor).ok());
        QCOMPARE(cell(table("partiesTable"), 2, 0), QStringLiteral("Haninge kommun (Kommunstyrelsen)"));
        QCOMPARE(cell(table("chargesTable"), 2, 0), QStringLiteral("Haninge kommun (Kommunstyrelsen)"));
        // And a party cannot be deleted from the register.
        const Status refused = m_session->actorService().remove(haninge);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("a party to the agreement")));
    }

    void newAgreementThroughTheDialogAndUndo()
    {
        whenModal<AgreementDialog>([](AgreementDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
            dialog->findChild<QLineEdit *>(QStringLiteral("agreementNameEdit"))->setText(QStringLiteral("Prov"));
            auto *host = dialog->findChild<QComboBox *>(QStringLiteral("hostCombo"));
            host->setCurrentIndex(host->findText(QStringLiteral("Region Örebro län")));
            // The end before the start is refused with the reason.
            dialog->findChild<DateEdit *>(QStringLiteral("startEdit"))->setDate(d("2026-01-01"));
            dialog->findChild<DateEdit *>(QStringLiteral("endEdit"))->setDate(d("2025-12-31"));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(
                QStringLiteral("before it starts")));
            dialog->findChild<DateEdit *>(QStringLiteral("endEdit"))->setDate(d("2030-12-31"));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        m_view->addNew();
        QCOMPARE(table("agreementsTable")->model()->rowCount(), 2);
        const qint64 id = m_view->currentAgreementId();
        auto added = AgreementRepository(m_session->database()).load(id);
        QVERIFY(added.ok());
        QCOMPARE(added->name, QStringLiteral("Prov"));
        QCOMPARE(added->hostName(), QStringLiteral("Region Örebro län"));
        QCOMPARE(added->parties.size(), 1);
        QCOMPARE(added->term.noticeDeadline(0), d("2029-12-31"));
        QVERIFY(!warnings()->isHidden()); // no municipalities yet
        m_session->undoStack()->undo();
        QCOMPARE(table("agreementsTable")->model()->rowCount(), 1);
    }

    void switchTheMethodAndUndo()
    {
        auto *method = m_view->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        const int equal = method->findData(int(CostAllocation::Method::Equal));
        method->setCurrentIndex(equal);
        emit method->activated(equal);
        QCOMPARE(stored().method, CostAllocation::Method::Equal);
        QCOMPARE(cell(table("chargesTable"), 0, 1), QStringLiteral("240 000 kr"));
        QCOMPARE(cell(table("partiesTable"), 0, 4), QStringLiteral("equal share"));
        m_session->undoStack()->undo();
        QCOMPARE(stored().method, CostAllocation::Method::FixedPercent);
        QCOMPARE(cell(table("chargesTable"), 0, 1), QStringLiteral("480 000 kr"));
    }

    void printsTheInvoiceBasis()
    {
        m_view->setInvoiceYear(2026);
        QCOMPARE(m_view->invoiceYear(), 2026);
        const auto report = m_view->makeReport();
        QVERIFY(report);
        QVERIFY(report->pageCount() >= 5); // the overview and a page per invoiced municipality
        QCOMPARE(report->title(), QStringLiteral("Invoice basis 2026"));
        QCOMPARE(m_view->pdfFileName(), QStringLiteral("invoice-basis-2026.pdf"));
    }

    void tabInTheMainWindowPrintsTheInvoiceBasis()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        m_view.reset();
        GuiTest::AnsweredFileDialogs files;
        MainWindow window(std::move(m_session), &files);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("A&greements"))
                index = i;
        QVERIFY(index > 0);
        tabs->setCurrentIndex(index);
        auto *view = qobject_cast<AgreementsView *>(tabs->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->currentAgreementId(), qint64(1));
        view->setInvoiceYear(2027);
        const QString pdf = m_dir->filePath(QStringLiteral("invoice.pdf"));
        files.answer = [pdf](GuiTest::AnsweredFileDialogs::Mode, const QString &, const QString &) { return pdf; };
        window.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
        files.answer = nullptr;
        QVERIFY2(QFile::exists(pdf), qPrintable(window.messageWidget()->text()));
        const QString out = PdfSupport::text(pdf, false);
        QVERIFY2(out.contains(QStringLiteral("Invoice basis 2027")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Järfälla kommun")));
        // Delete from the Edit menu, then undo from it.
        window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
        QCOMPARE(view->currentAgreementId(), qint64(0));
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(view->findChild<QTableView *>(QStringLiteral("agreementsTable"))->model()->rowCount(), 1);
    }

    // The tab in Swedish with an amendment, as pictures and PDF in a temporary folder
    // (or the folder VERKSTAN_SCREENSHOTS names, to look at them).
    void swedishScreenshots()
    {
        VERKSTAN_REQUIRE_TOOL("pdftotext");
        const QString dir = TestSupport::screenshotDir(m_dir->path());
        QTranslator sv;
        QVERIFY(sv.load(QStringLiteral(":/i18n/verkstan_sv.qm")));
        QCoreApplication::installTranslator(&sv);
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        AgreementsView view(m_session.get());
        Clock::setNow(QDateTime(d("2028-11-01"), QTime(12, 0)));
        view.refreshToday();
        Agreement a = stored();
        a.amendments = {{1, d("2026-03-12"), QStringLiteral("Aktivitetsbudgeten 2027 höjs till 200 000 kr.")}};
        QVERIFY(m_session->agreementService().edit(a).ok());
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + QStringLiteral("/agreements-sv-overview.png")));
        view.findChild<QTabWidget *>(QStringLiteral("agreementSections"))->setCurrentIndex(1);
        QVERIFY(view.grab().save(dir + QStringLiteral("/agreements-sv-costs.png")));
        const QString pdf = dir + QStringLiteral("/agreements-sv.pdf");
        QString error;
        QVERIFY2(view.makeReport()->exportPdf(pdf, &error), qPrintable(error));
        const QString text = PdfSupport::text(pdf, false);
        // The tab prints its invoice basis, in Swedish.
        QVERIFY2(text.contains(QStringLiteral("Fakturaunderlag")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Järfälla kommun")));
        QCoreApplication::removeTranslator(&sv);
        QLocale::setDefault(QLocale::c());
    }

    void deleteAndUndo()
    {
        const qint64 id = m_view->currentAgreementId();
        m_view->deleteSelected();
        QCOMPARE(table("agreementsTable")->model()->rowCount(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(table("agreementsTable")->model()->rowCount(), 1);
        QCOMPARE(stored().id, id);
        QCOMPARE(stored().parties.size(), 5);
    }
};

QTEST_MAIN(TestAgreementsView)
#include "tst_agreementsview.moc"
