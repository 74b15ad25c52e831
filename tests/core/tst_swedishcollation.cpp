// One Swedish order (issue 13): QCollator for Swedish, used by the register's model
// (with cached sort keys), the pickers, the map and the printed reports alike.
#include "ActorListReport.h"
#include "ActorTableModel.h"
#include "SwedishCollation.h"

#include <QAbstractItemModelTester>
#include <QTextDocument>
#include <QtTest>

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

QStringList sorted(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return SwedishCollation::compare(a, b) < 0; });
    return names;
}

Actor actor(qint64 id, const QString &name, const QString &number = {})
{
    Actor a;
    a.id = id;
    a.name = name;
    a.organisationNumber = number;
    a.type = ActorType::Municipality;
    return a;
}

QStringList namesOnScreen(const ActorTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << QStringLiteral("%1 %2").arg(model.actorAt(row).name, model.actorAt(row).organisationNumber).trimmed();
    return out;
}

} // namespace

class TestSwedishCollation : public QObject
{
    Q_OBJECT
private slots:
    void ordersLikeASwedishDictionary()
    {
        QCOMPARE(sorted({QStringLiteral("Örebro"), QStringLiteral("Ängelholm"), QStringLiteral("Åmål"),
                         QStringLiteral("Zinkgruvan"), QStringLiteral("arboga"), QStringLiteral("Eskilstuna"),
                         QStringLiteral("Émile AB"), QStringLiteral("Östhammar"), QStringLiteral("Angered")}),
                 (QStringList{QStringLiteral("Angered"), QStringLiteral("arboga"), QStringLiteral("Émile AB"),
                              QStringLiteral("Eskilstuna"), QStringLiteral("Zinkgruvan"), QStringLiteral("Åmål"),
                              QStringLiteral("Ängelholm"), QStringLiteral("Örebro"), QStringLiteral("Östhammar")}));
    }

    void aringAndUmlautsComeAfterZ()
    {
        QVERIFY(SwedishCollation::compare(QStringLiteral("Zeta"), QStringLiteral("Åre")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Åre"), QStringLiteral("Älmhult")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Älmhult"), QStringLiteral("Örnsköldsvik")) < 0);
        // Ängelholm is not an A: it comes after Angered, and after everything up to Z.
        QVERIFY(SwedishCollation::compare(QStringLiteral("Angered"), QStringLiteral("Ängelholm")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Zinkgruvan"), QStringLiteral("Ängelholm")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Ystad"), QStringLiteral("Åre")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Müller"), QStringLiteral("Myren")) < 0); // ü as y
        // Letters are not punctuation: å, ä and ö do not collide with { | } as they did.
        QVERIFY(SwedishCollation::compare(QStringLiteral("a{"), QStringLiteral("aå")) != 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("a|"), QStringLiteral("aä")) != 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("a}"), QStringLiteral("aö")) != 0);
    }

    void decomposedLettersAreTheSameLetters()
    {
        const QString aring = nfd(QStringLiteral("Åsa Öberg"));
        QCOMPARE(aring.size(), QStringLiteral("Åsa Öberg").size() + 2); // really decomposed
        QCOMPARE(SwedishCollation::compare(aring, QStringLiteral("Åsa Öberg")), 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Zeta"), aring) < 0); // after Z, not with A
        QVERIFY(SwedishCollation::compare(aring, QStringLiteral("Äsa")) < 0);
        QCOMPARE(SwedishCollation::groupKey(aring), SwedishCollation::groupKey(QStringLiteral("ÅSA ÖBERG")));
        QCOMPARE(SwedishCollation::sortKey(aring).compare(SwedishCollation::sortKey(QStringLiteral("Åsa Öberg"))), 0);
    }

    void caseBreaksNoOrderAndNumbersAreNumbers()
    {
        QCOMPARE(SwedishCollation::compare(QStringLiteral("HÄLLEFORS"), QStringLiteral("hällefors")), 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Forum 2"), QStringLiteral("Forum 10")) < 0);
    }

    // The register: NFD names sort with their letters, equal names by organisation
    // number (none last), then id; the keys are cached and kept through edits.
    void registerOrderWithTieBreaker()
    {
        ActorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActors({actor(1, QStringLiteral("Zeta AB")), actor(2, nfd(QStringLiteral("Ängelholms kommun"))),
                         actor(3, QStringLiteral("Angered AB")), actor(4, QStringLiteral("Samma AB"), QStringLiteral("556000-0002")),
                         actor(5, QStringLiteral("SAMMA AB"), QStringLiteral("556000-0001")),
                         actor(6, QStringLiteral("samma ab")), actor(7, QStringLiteral("Samma AB")),
                         actor(8, nfd(QStringLiteral("Åre kommun"))), actor(9, QStringLiteral("Örebro kommun"))});
        const QStringList expected{QStringLiteral("Angered AB"), QStringLiteral("SAMMA AB 556000-0001"),
                                   QStringLiteral("Samma AB 556000-0002"), QStringLiteral("samma ab"),
                                   QStringLiteral("Samma AB"), QStringLiteral("Zeta AB"), nfd(QStringLiteral("Åre kommun")),
                                   nfd(QStringLiteral("Ängelholms kommun")), QStringLiteral("Örebro kommun")};
        QCOMPARE(namesOnScreen(model), expected);
        QCOMPARE(model.actorAt(3).id, qint64(6)); // of the two without a number, the lower id first
        QCOMPARE(model.actorAt(4).id, qint64(7));

        model.sort(ActorTableModel::Name, Qt::DescendingOrder);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(namesOnScreen(model), reversed);
        model.sort(ActorTableModel::Name, Qt::AscendingOrder);

        // An edit keeps the order: the renamed actor moves, the keys follow it.
        Actor renamed = actor(1, QStringLiteral("Aardvark AB"));
        model.upsert(renamed);
        QCOMPARE(model.actorAt(0).id, qint64(1));
        model.removeById(3);
        QCOMPARE(model.actorAt(1).id, qint64(5));

        // The filter finds decomposed names by what is typed (composed), and the reverse.
        model.setFilterText(QStringLiteral("ängel"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(nfd(QStringLiteral("Åre")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.actorAt(0).id, qint64(8));
    }

    void otherColumnsSortInSwedishOrderWithNamesForTies()
    {
        ActorTableModel model;
        ActorList actors;
        const QStringList municipalities{QStringLiteral("Örebro"), QStringLiteral("Angered"), QStringLiteral("Ängelholm"),
                                         nfd(QStringLiteral("Åmål")), QStringLiteral("Zinkgruvan"), QStringLiteral("Örebro")};
        for (int i = 0; i < municipalities.size(); ++i) {
            Actor a = actor(i + 1, QStringLiteral("Aktör %1").arg(municipalities.size() - i));
            a.municipality = municipalities.at(i);
            actors << a;
        }
        model.setActors(actors);
        model.sort(ActorTableModel::Municipality, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.actorAt(row).municipality + QLatin1Char('/') + model.actorAt(row).name;
        QCOMPARE(order, (QStringList{QStringLiteral("Angered/Aktör 5"), QStringLiteral("Zinkgruvan/Aktör 2"),
                                     nfd(QStringLiteral("Åmål")) + QStringLiteral("/Aktör 3"),
                                     QStringLiteral("Ängelholm/Aktör 4"), QStringLiteral("Örebro/Aktör 1"),
                                     QStringLiteral("Örebro/Aktör 6")}));
    }

    // Screen and paper agree: the printed actor list has the register's order.
    void printedListHasTheScreensOrder()
    {
        ActorList actors{actor(1, QStringLiteral("Zeta kommun")), actor(2, nfd(QStringLiteral("Ängelholms kommun"))),
                         actor(3, QStringLiteral("Angered kommun")), actor(4, QStringLiteral("Samma kommun"), QStringLiteral("212000-0002")),
                         actor(5, QStringLiteral("SAMMA KOMMUN"), QStringLiteral("212000-0001")),
                         actor(6, QStringLiteral("Samma kommun")), actor(7, QStringLiteral("Åre kommun")),
                         actor(8, QStringLiteral("Forum 10")), actor(9, QStringLiteral("Forum 2"))};
        ActorTableModel model;
        model.setActors(actors);
        QStringList screen;
        for (int row = 0; row < model.rowCount(); ++row)
            screen << model.actorAt(row).name;

        std::reverse(actors.begin(), actors.end()); // the report must not depend on the order it is given
        const ActorListReport report(actors, QStringLiteral("test.sqlite"), QDate(2026, 12, 3));
        const QString text = report.document()->toPlainText();
        QStringList paper;
        qsizetype from = 0;
        for (const QString &name : screen) {
            const qsizetype at = text.indexOf(name, from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1 is not printed after position %2").arg(name).arg(from)));
            from = at + name.size();
            paper << name;
        }
        QCOMPARE(paper, screen);
        QCOMPARE(screen.indexOf(QStringLiteral("SAMMA KOMMUN")), screen.indexOf(QStringLiteral("Samma kommun")) - 1);
    }
};

QTEST_MAIN(TestSwedishCollation)
#include "tst_swedishcollation.moc"
