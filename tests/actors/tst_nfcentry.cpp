// Text is Unicode NFC wherever it enters (issue 13): pasted into a dialog, typed into
// the filter, imported from CSV. A decomposed "Å" (A + combining ring, as macOS writes
// names and some programs export) is stored as the one letter, found by what is typed,
// and sorted after Z.
#include "ActorDialog.h"
#include "ActorRegisterView.h"
#include "ActorRepository.h"
#include "ActorService.h"
#include "Session.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "GuiTestSupport.h"

using namespace GuiTest;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

class TestNfcEntry : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    // The name as the database has it, byte for byte.
    QString storedName(const QString &like) const
    {
        QSqlQuery q(m_session->database().connection());
        q.prepare(QStringLiteral("SELECT name FROM actor WHERE name LIKE ?"));
        q.addBindValue(like);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("nfc.sqlite")));
        auto s = Session::open(m_dir.filePath(QStringLiteral("nfc.sqlite")), Database::Mode::Create, false);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        m_session = std::move(s).value();
    }

    void cleanup() { m_session.reset(); }

    void pastedIntoTheDialog()
    {
        ActorRegisterView view(m_session.get());
        view.show();
        QGuiApplication::clipboard()->setText(nfd(QStringLiteral("Åkessons Ängsgård AB")));
        whenModal<ActorDialog>([](ActorDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->setFocus();
            QTest::keySequence(name, QKeySequence::Paste);
            QCOMPARE(name->text(), nfd(QStringLiteral("Åkessons Ängsgård AB"))); // as pasted
            okButton(dialog)->click();
        });
        view.addNew();
        const QString stored = storedName(QStringLiteral("%kessons%"));
        QCOMPARE(stored, QStringLiteral("Åkessons Ängsgård AB"));
        QCOMPARE(stored, stored.normalized(QString::NormalizationForm_C));
        QCOMPARE(m_session->actors()->totalCount(), 1);
        QCOMPARE(m_session->actors()->allActors().first().name, QStringLiteral("Åkessons Ängsgård AB"));
    }

    void typedIntoTheFilter()
    {
        Actor a;
        a.name = QStringLiteral("Åre kommun");
        QVERIFY(m_session->actorService().add(a));
        Actor z;
        z.name = QStringLiteral("Zinkgruvan AB");
        QVERIFY(m_session->actorService().add(z));
        ActorRegisterView view(m_session.get());
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("actorFilter"));
        filter->setText(nfd(QStringLiteral("åre"))); // pasted decomposed
        QCOMPARE(m_session->actors()->rowCount(), 1);
        QCOMPARE(m_session->actors()->actorAt(0).name, QStringLiteral("Åre kommun"));
        filter->clear();
        QCOMPARE(m_session->actors()->actorAt(1).name, QStringLiteral("Åre kommun")); // after Z
    }

    void importedFromCsv()
    {
        const QByteArray csv = (QStringLiteral("namn;ort\n") + nfd(QStringLiteral("Öbergs Åkeri AB;Ängelholm\n"))).toUtf8();
        auto report = m_session->actorService().importCsv(csv, false);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->importedIds.size(), 1);
        QCOMPARE(storedName(QStringLiteral("%Åkeri%")), QStringLiteral("Öbergs Åkeri AB"));
        const Actor stored = *ActorRepository(m_session->database()).find(report->importedIds.first());
        QCOMPARE(stored.city, QStringLiteral("Ängelholm"));
        QCOMPARE(stored.city, stored.city.normalized(QString::NormalizationForm_C));
    }
};

QTEST_MAIN(TestNfcEntry)
#include "tst_nfcentry.moc"
