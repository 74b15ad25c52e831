#include "BodiesView.h"
#include "BodyDialog.h"
#include "BodyRepository.h"
#include "MemberDialog.h"
#include "Session.h"
#include "BodyService.h"
#include "ActorService.h"
#include "ViewSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

#include "GuiTestSupport.h"

using namespace GuiTest;

namespace {

const QString kStockholm = QStringLiteral("Regional styrgrupp Teknikcollege Stockholmsregionen");
const QString kGreenForum = QStringLiteral("Branschforum Gröna näringar");


void typeInto(QComboBox *combo, const QString &text)
{
    combo->lineEdit()->selectAll();
    typeText(combo->lineEdit(), text);
}

void chooseData(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

class TestBodiesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void steeringGroupShowsItsWarnings();
    void companiesInMajorityWithIndustryChairClearTheWarnings();
    void coOptedSeatsDoNotCount();
    void industryForumWithEmployerMinority();
    void removingABodyWithACommitteeUnderItIsRefused();
    void addBodyThroughDialogAndUndo();
    void memberDialogNeedsPersonOrOrganisation();
    void removeSeatAndUndo();

private:
    qint64 bodyId(const QString &name) const;
    QVector<qint64> addCompanies(int count);
    bool warningsShown(const BodiesView &view) const;
    QString warningsText(const BodiesView &view) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

void TestBodiesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto session = Session::open(m_dir->filePath(QStringLiteral("bodies.verkstan")), Database::Mode::Create, true);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    m_session = std::move(session).value();
    new QAbstractItemModelTester(m_session->bodies(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session.get());
}

void TestBodiesView::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestBodiesView::bodyId(const QString &name) const
{
    for (const Body &b : m_session->bodies()->records())
        if (b.name == name)
            return b.id;
    return 0;
}

QVector<qint64> TestBodiesView::addCompanies(int count)
{
    QVector<qint64> ids;
    for (int i = 1; i <= count; ++i) {
        Actor a;
        a.name = QStringLiteral("Testbolag %1 AB").arg(i);
        a.type = ActorType::PrivateEmployer;
        a.level = GeoLevel::Local;
        auto id = m_session->actorService().add(a);
        if (!id)
            qWarning("%s", qPrintable(id.errorMessage()));
        ids.append(id ? *id : 0);
    }
    return ids;
}

bool TestBodiesView::warningsShown(const BodiesView &view) const
{
    return view.findChild<QWidget *>(QStringLiteral("compositionWarnings"))->isVisibleTo(&view);
}

QString TestBodiesView::warningsText(const BodiesView &view) const
{
    return view.findChild<WarningBox *>(QStringLiteral("compositionWarnings"))->warnings().join(QLatin1Char('\n'));
}

void TestBodiesView::steeringGroupShowsItsWarnings()
{
    BodiesView view(m_session.get());
    QCOMPARE(view.objectName(), QStringLiteral("bodiesView"));
    QAbstractItemModelTester proxyTester(view.findChild<QTableView *>(QStringLiteral("bodiesTable"))->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!warningsShown(view)); // nothing selected
    const qint64 id = bodyId(kStockholm);
    QVERIFY(id > 0);
    view.selectBody(id);
    QCOMPARE(view.currentBodyId(), id);
    QVERIFY(warningsShown(view));
    const QString text = warningsText(view);
    QVERIFY2(text.contains(QStringLiteral("Companies are not in majority")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("chair is to come from industry")), qPrintable(text));
    QCOMPARE(m_session->bodies()->warnings(id).size(), 2);
    QCOMPARE(view.findChild<QTableView *>(QStringLiteral("membersTable"))->model()->rowCount(), 12);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("bodyTitle"))->text(), kStockholm);
}

void TestBodiesView::companiesInMajorityWithIndustryChairClearTheWarnings()
{
    BodiesView view(m_session.get());
    auto *members = view.findChild<QTableView *>(QStringLiteral("membersTable"));
    QAbstractItemModelTester membersTester(members->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<qint64> companies = addCompanies(6);
    QVERIFY(!companies.contains(0));
    const qint64 id = bodyId(kStockholm);
    view.selectBody(id);
    QVERIFY(warningsShown(view));

    // The chair through the dialog: a company, from industry.
    whenModal<MemberDialog>([](MemberDialog *dialog) {
        typeInto(dialog->findChild<QComboBox *>(QStringLiteral("organisationCombo")), QStringLiteral("Testbolag 1 AB"));
        chooseData(dialog->findChild<QComboBox *>(QStringLiteral("roleCombo")), int(MemberRole::Chair));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        okButton(dialog)->click();
    });
    view.findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(members->model()->rowCount(), 13);
    QVERIFY(warningsShown(view));
    QVERIFY(!warningsText(view).contains(QStringLiteral("chair")));  // the chair is fine now
    QVERIFY(warningsText(view).contains(QStringLiteral("Companies are not in majority")));

    // Five more companies as members: 6 of 11 counting members are companies.
    for (int i = 1; i < companies.size(); ++i) {
        Membership m;
        m.bodyId = id;
        m.actorId = companies.at(i);
        m.role = MemberRole::Member;
        QVERIFY(m_session->bodyService().addMember(m));
        QCOMPARE(warningsShown(view), i < companies.size() - 1);
    }
    QCOMPARE(members->model()->rowCount(), 18);
    QVERIFY(m_session->bodies()->warnings(id).isEmpty());
    QVERIFY(!warningsShown(view));
    QCOMPARE(m_session->bodies()->index(m_session->bodies()->rowOf(id), BodyTableModel::Warnings).data().toString(),
             QStringLiteral("OK"));

    m_session->undoStack()->undo(); // 5 of 10: not a majority
    QCOMPARE(members->model()->rowCount(), 17);
    QVERIFY(warningsShown(view));
    QVERIFY(warningsText(view).contains(QStringLiteral("Companies are not in majority")));
    QCOMPARE(m_session->bodies()->warnings(id).size(), 1);
    m_session->undoStack()->redo();
    QVERIFY(!warningsShown(view));
    QVERIFY(m_session->bodies()->warnings(id).isEmpty());
}

void TestBodiesView::coOptedSeatsDoNotCount()
{
    BodiesView view(m_session.get());
    const QVector<qint64> companies = addCompanies(10);
    const qint64 id = bodyId(kStockholm);
    view.selectBody(id);
    for (int i = 0; i < companies.size(); ++i) {
        Membership m;
        m.bodyId = id;
        m.actorId = companies.at(i);
        m.role = i == 0 ? MemberRole::Chair : MemberRole::CoOpted;
        QVERIFY(m_session->bodyService().addMember(m));
    }
    // The chair counts (1 company of 6 counting members); nine co-opted companies do not.
    QVERIFY(warningsShown(view));
    const QStringList warnings = m_session->bodies()->warnings(id);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("1 of 6")), qPrintable(warnings.first()));
    QVERIFY(warningsText(view).contains(QStringLiteral("Companies are not in majority")));
}

void TestBodiesView::industryForumWithEmployerMinority()
{
    BodiesView view(m_session.get());
    view.selectBody(bodyId(kGreenForum));
    QVERIFY(warningsShown(view));
    QVERIFY2(warningsText(view).contains(QStringLiteral("The employer side is a minority")), qPrintable(warningsText(view)));
    // Transport: the industry organisation is one of two counting members: not a minority.
    view.selectBody(bodyId(QStringLiteral("Branschforum Transport")));
    QVERIFY(!warningsShown(view));
    // A council has no such rules.
    view.selectBody(bodyId(QStringLiteral("Samverkansråd för omställning & vägledning")));
    QVERIFY(!warningsShown(view));
}

void TestBodiesView::removingABodyWithACommitteeUnderItIsRefused()
{
    BodiesView view(m_session.get());
    QSignalSpy errors(&view, &BodiesView::errorOccurred);
    const qint64 forum = bodyId(kGreenForum);
    view.selectBody(forum);
    view.deleteSelected();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Arbetsutskott Branschforum Gröna näringar")), qPrintable(message));
    QCOMPARE(bodyId(kGreenForum), forum);
    QVERIFY(BodyRepository(m_session->database()).find(forum));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // The committee itself can go, with its seats, and come back with them.
    const qint64 committee = bodyId(QStringLiteral("Arbetsutskott Branschforum Gröna näringar"));
    view.selectBody(committee);
    view.deleteSelected();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(bodyId(QStringLiteral("Arbetsutskott Branschforum Gröna näringar")), 0);
    m_session->undoStack()->undo();
    QCOMPARE(bodyId(QStringLiteral("Arbetsutskott Branschforum Gröna näringar")), committee);
    QCOMPARE(m_session->bodyService().members(committee)->size(), 3);
}

void TestBodiesView::addBodyThroughDialogAndUndo()
{
    BodiesView view(m_session.get());
    const int before = m_session->bodies()->rowCount();
    const QString name = QStringLiteral("Branschforum Vård och omsorg");
    whenModal<BodyDialog>([](BodyDialog *dialog) {
        QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
        auto *level = dialog->findChild<QComboBox *>(QStringLiteral("levelCombo"));
        QCOMPARE(level->count(), 2); // regional and local only
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("areaCombo"))->count(), 4);
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Branschforum Vård och omsorg"));
        chooseData(dialog->findChild<QComboBox *>(QStringLiteral("kindCombo")), int(BodyKind::IndustryForum));
        chooseData(dialog->findChild<QComboBox *>(QStringLiteral("areaCombo")), int(Area::TrainingMatching));
        chooseData(level, int(GeoLevel::Regional));
        auto *numbering = dialog->findChild<QComboBox *>(QStringLiteral("numberingCombo"));
        QCOMPARE(numbering->currentData().toInt(), int(ItemNumbering::PerMeeting)); // the default
        chooseData(numbering, int(ItemNumbering::RunningPerYear));
        auto *owner = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        typeInto(owner, QStringLiteral("Region Sörmlan")); // not (yet) an actor
        QVERIFY(!okButton(dialog)->isEnabled());
        typeText(owner->lineEdit(), QStringLiteral("d"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        okButton(dialog)->click();
    });
    view.addNew();
    if (QTest::currentTestFailed())
        return;
    const qint64 id = bodyId(name);
    QVERIFY(id > 0);
    QCOMPARE(m_session->bodies()->rowCount(), before + 1);
    QCOMPARE(view.currentBodyId(), id);
    auto stored = BodyRepository(m_session->database()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, BodyKind::IndustryForum);
    QCOMPARE(stored->area, Area::TrainingMatching);
    QCOMPARE(stored->itemNumbering, ItemNumbering::RunningPerYear);
    QCOMPARE(m_session->organisationNames().value(stored->ownerActorId), QStringLiteral("Region Sörmland"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("bodyTitle"))->text(), name);

    m_session->undoStack()->undo();
    QCOMPARE(bodyId(name), 0);
    QVERIFY(!BodyRepository(m_session->database()).find(id));
    QCOMPARE(m_session->bodies()->rowCount(), before);
    QVERIFY(view.currentBodyId() != id);
    m_session->undoStack()->redo();
    QCOMPARE(bodyId(name), id);
}

void TestBodiesView::memberDialogNeedsPersonOrOrganisation()
{
    BodiesView view(m_session.get());
    view.selectBody(bodyId(QStringLiteral("Kompetensråd Teknik")));
    whenModal<MemberDialog>([](MemberDialog *dialog) {
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("personCombo"));
        auto *organisation = dialog->findChild<QComboBox *>(QStringLiteral("organisationCombo"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
        QCOMPARE(person->itemText(0), QStringLiteral("(none)"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!label->text().isEmpty());
        // Choosing a person fills in their organisation.
        person->setCurrentIndex(person->findText(QStringLiteral("Niklas Edmark (Eskilstuna kommun)")));
        QCOMPARE(organisation->currentText(), QStringLiteral("Eskilstuna kommun"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(label->text().isEmpty());
        // Someone who already has a seat in the body is refused.
        typeInto(person, QStringLiteral("Johan Frisk (Eskilstuna kommun)"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(label->text().contains(QStringLiteral("already has a seat")), qPrintable(label->text()));
        // Another person: the filled-in organisation follows.
        typeInto(person, QStringLiteral("Tomas Orrung (Almi Sörmland)"));
        QCOMPARE(organisation->currentText(), QStringLiteral("Almi Sörmland"));
        // No person: the filled-in organisation goes too; an organisation alone is a seat.
        person->setCurrentIndex(0);
        QCOMPARE(organisation->currentText(), QStringLiteral("(none)"));
        QVERIFY(!okButton(dialog)->isEnabled());
        typeInto(organisation, QStringLiteral("Eskilstuna kommun"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog->membership().actorId > 0, true);
        QCOMPARE(dialog->membership().personId, 0);
        dialog->reject();
    });
    view.findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
}

void TestBodiesView::removeSeatAndUndo()
{
    BodiesView view(m_session.get());
    auto *members = view.findChild<QTableView *>(QStringLiteral("membersTable"));
    auto *remove = view.findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    const qint64 id = bodyId(QStringLiteral("Branschforum Transport"));
    view.selectBody(id);
    QCOMPARE(members->model()->rowCount(), 3);
    QVERIFY(!remove->isEnabled());
    members->selectRow(2); // Sanna Björklund, Transportföretagen: the employer side
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(m_session->bodyService().members(id)->size(), 2);
    QVERIFY(warningsShown(view)); // 0 of 1 counting members
    m_session->undoStack()->undo();
    QCOMPARE(members->model()->rowCount(), 3);
    QVERIFY(!warningsShown(view));
}

QTEST_MAIN(TestBodiesView)
#include "tst_bodiesview.moc"
