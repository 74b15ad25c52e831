#include "AppSettings.h"
#include "MainWindow.h"
#include "OrganisationNumber.h"
#include "Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QHeaderView>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The Swedish translation is compiled in and used when chosen: the real main window,
// its menus, the register's columns and the domain words come out in Swedish.
class TestSwedishUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList menuTitles(QMainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void swedishWhenChosen()
    {
        AppSettings::setLanguage(AppSettings::Language::Swedish);
        QVERIFY(AppSettings::wantsSwedish());
        AppSettings::installTranslations(qApp);
        auto session = Session::open(m_dir.filePath(QStringLiteral("sv.sqlite")), Database::Mode::Create, true);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        MainWindow window(std::move(session).value());
        window.resize(1320, 820);
        window.show();
        if (const QString dir = qEnvironmentVariable("VERKSTAN_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(50);
            window.grab().save(dir + QStringLiteral("/mainwindow-sv.png"));
        }
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Arkiv")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Redigera")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("actorTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Namn"));
        QCOMPARE(Classification::label(BodyKind::IndustryForum), QStringLiteral("Branschforum"));
        QCOMPARE(Classification::label(MemberRole::CoOpted), QStringLiteral("Adjungerad"));
        // Errors from the storage layer are Swedish too.
        QVERIFY(OrganisationNumber::normalise(QStringLiteral("232100-0017"), nullptr).isEmpty());
        QString why;
        OrganisationNumber::normalise(QStringLiteral("232100-0017"), &why);
        QVERIFY2(why.contains(QStringLiteral("Kontrollsiffran")), qPrintable(why));

        // Qt's own dialogs are Swedish too (issue 18): the standard buttons, which
        // Debian's qt_sv.qm lacks for Qt 6 and our catalogue supplies, and the file
        // dialog's texts, which come from qt_sv.qm itself.
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Spara"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Leta i:"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("Fil&namn:"));
    }

    void englishWhenChosen()
    {
        AppSettings::setLanguage(AppSettings::Language::English);
        QVERIFY(!AppSettings::wantsSwedish());
    }
};

QTEST_MAIN(TestSwedishUi)
#include "tst_swedishui.moc"
