#include "PeopleView.h"
#include "PersonDialog.h"
#include "PersonRepository.h"
#include "Session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

#include "GuiTestSupport.h"

using namespace GuiTest;

namespace {


} // namespace

class TestPeopleView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addPersonThroughDialogAndUndo();
    void invalidEmailDisablesOk();
    void editPersonThroughDialog();
    void filterReducesRows();
    void deletingASeatedPersonIsRefused();
    void deletingAndUndo();

private:
    qint64 personId(const QString &name) const;
    int rowsShown(const PeopleView &view) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

void TestPeopleView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto session = Session::open(m_dir->filePath(QStringLiteral("people.verkstan")), Database::Mode::Create, true);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    m_session = std::move(session).value();
    new QAbstractItemModelTester(m_session->people(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session.get());
}

void TestPeopleView::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestPeopleView::personId(const QString &name) const
{
    for (const Person &p : m_session->people()->records())
        if (p.name == name)
            return p.id;
    return 0;
}

int TestPeopleView::rowsShown(const PeopleView &view) const
{
    return view.findChild<QTableView *>(QStringLiteral("peopleTable"))->model()->rowCount();
}

void TestPeopleView::addPersonThroughDialogAndUndo()
{
    PeopleView view(m_session.get());
    QCOMPARE(view.objectName(), QStringLiteral("peopleView"));
    QAbstractItemModelTester proxyTester(view.findChild<QTableView *>(QStringLiteral("peopleTable"))->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = m_session->people()->rowCount();
    const QString name = QStringLiteral("Karin Åkesson");

    whenModal<PersonDialog>([](PersonDialog *dialog) {
        QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Karin Åkesson"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("utvecklingsledare"));
        auto *organisation = dialog->findChild<QComboBox *>(QStringLiteral("organisationCombo"));
        QCOMPARE(organisation->itemText(0), QStringLiteral("(none)"));
        organisation->lineEdit()->selectAll();
        typeText(organisation->lineEdit(), QStringLiteral("Region Örebro län"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("karin.akesson@regionorebrolan.se"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        okButton(dialog)->click();
    });
    view.addNew();
    if (QTest::currentTestFailed())
        return;

    const qint64 id = personId(name);
    QVERIFY(id > 0);
    QCOMPARE(m_session->people()->rowCount(), before + 1);
    QCOMPARE(view.currentPersonId(), id);
    const Person added = m_session->people()->recordAt(m_session->people()->rowOf(id));
    QCOMPARE(added.title, QStringLiteral("utvecklingsledare"));
    QCOMPARE(added.email, QStringLiteral("karin.akesson@regionorebrolan.se"));
    QCOMPARE(m_session->organisationNames().value(added.actorId), QStringLiteral("Region Örebro län"));
    auto stored = PersonRepository(m_session->database()).all();
    QVERIFY(stored);
    QVERIFY(std::any_of(stored->cbegin(), stored->cend(), [&](const Person &p) { return p == added; }));

    m_session->undoStack()->undo();
    QCOMPARE(personId(name), 0);
    stored = PersonRepository(m_session->database()).all();
    QVERIFY(std::none_of(stored->cbegin(), stored->cend(), [&](const Person &p) { return p.name == name; }));
    QCOMPARE(rowsShown(view), before);

    m_session->undoStack()->redo();
    QCOMPARE(personId(name), id);
    stored = PersonRepository(m_session->database()).all();
    QVERIFY(std::any_of(stored->cbegin(), stored->cend(), [&](const Person &p) { return p == added; }));
    QCOMPARE(rowsShown(view), before + 1);
}

void TestPeopleView::invalidEmailDisablesOk()
{
    PeopleView view(m_session.get());
    const int before = m_session->people()->rowCount();
    whenModal<PersonDialog>([](PersonDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Per Persson"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(label->text().isEmpty());
        typeText(email, QStringLiteral("per.persson"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(label->text().contains(QStringLiteral("e-mail")), qPrintable(label->text()));
        typeText(email, QStringLiteral("@example.se"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(label->text().isEmpty());
        // Clearing the name disables OK again, with the reason.
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!label->text().isEmpty());
        // An organisation that is not in the register is not accepted either.
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Per Persson"));
        auto *organisation = dialog->findChild<QComboBox *>(QStringLiteral("organisationCombo"));
        organisation->lineEdit()->selectAll();
        typeText(organisation->lineEdit(), QStringLiteral("Ingen sådan organisation"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
    });
    view.addNew();
    QCOMPARE(m_session->people()->rowCount(), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestPeopleView::editPersonThroughDialog()
{
    PeopleView view(m_session.get());
    const qint64 id = personId(QStringLiteral("Linda Svahn"));
    QVERIFY(id > 0);
    view.selectPerson(id);
    QCOMPARE(view.currentPersonId(), id);
    whenModal<PersonDialog>([](PersonDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Linda Svahn"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("organisationCombo"))->currentText(),
                 QStringLiteral("Lindesbergs kommun"));
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->clear();
        typeText(title, QStringLiteral("kommunalråd"));
        okButton(dialog)->click();
    });
    view.editSelected();
    const auto row = m_session->people()->rowOf(id);
    QCOMPARE(m_session->people()->recordAt(row).title, QStringLiteral("kommunalråd"));
    QCOMPARE(PersonRepository(m_session->database()).find(id)->title, QStringLiteral("kommunalråd"));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->people()->recordAt(m_session->people()->rowOf(id)).title, QStringLiteral("ledamot"));
}

void TestPeopleView::filterReducesRows()
{
    PeopleView view(m_session.get());
    QAbstractItemModelTester proxyTester(view.findChild<QTableView *>(QStringLiteral("peopleTable"))->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("peopleFilter"));
    QVERIFY(filter);
    const int all = m_session->people()->rowCount();
    QCOMPARE(rowsShown(view), all);

    // Every word must occur in the name, the title or the organisation.
    auto expected = [this](const QStringList &words) {
        int n = 0;
        const auto *model = m_session->people();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = QStringList{model->index(row, PersonTableModel::Name).data().toString(),
                                             model->index(row, PersonTableModel::Title).data().toString(),
                                             model->index(row, PersonTableModel::Organisation).data().toString()}
                                     .join(QLatin1Char('|'));
            n += std::all_of(words.cbegin(), words.cend(),
                             [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
        }
        return n;
    };

    typeText(filter, QStringLiteral("flens"));  // organisation
    QCOMPARE(rowsShown(view), expected({QStringLiteral("flens")}));
    QVERIFY(rowsShown(view) > 0 && rowsShown(view) < all);

    filter->clear();
    typeText(filter, QStringLiteral("rektor Eskilstuna")); // title and organisation
    QCOMPARE(rowsShown(view), 3);
    QCOMPARE(rowsShown(view), expected({QStringLiteral("rektor"), QStringLiteral("Eskilstuna")}));

    filter->clear();
    typeText(filter, QStringLiteral("Elverskog")); // name
    QCOMPARE(rowsShown(view), 1);

    filter->clear();
    QCOMPARE(rowsShown(view), all);
}

void TestPeopleView::deletingASeatedPersonIsRefused()
{
    PeopleView view(m_session.get());
    QSignalSpy errors(&view, &PeopleView::errorOccurred);
    const qint64 id = personId(QStringLiteral("Anna Elverskog"));
    QVERIFY(id > 0);
    view.selectPerson(id);
    view.deleteSelected();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Specifikt samverkansråd för skola, utbildning och kompetensförsörjning")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Anna Elverskog")));
    QCOMPARE(personId(QStringLiteral("Anna Elverskog")), id);
    QVERIFY(PersonRepository(m_session->database()).find(id));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestPeopleView::deletingAndUndo()
{
    PeopleView view(m_session.get());
    QSignalSpy errors(&view, &PeopleView::errorOccurred);
    const qint64 id = personId(QStringLiteral("Ewa Lindberg")); // has no seat
    QVERIFY(id > 0);
    view.deleteSelected(); // nothing selected: nothing happens
    QCOMPARE(m_session->undoStack()->count(), 0);
    view.selectPerson(id);
    view.deleteSelected();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(personId(QStringLiteral("Ewa Lindberg")), 0);
    QVERIFY(!PersonRepository(m_session->database()).find(id));
    m_session->undoStack()->undo();
    QCOMPARE(personId(QStringLiteral("Ewa Lindberg")), id);
    QVERIFY(PersonRepository(m_session->database()).find(id));
}

QTEST_MAIN(TestPeopleView)
#include "tst_peopleview.moc"
