#include "SwedishCollation.h"

#include <QtTest>

class TestSwedishCollation : public QObject
{
    Q_OBJECT
private slots:
    void ordersLikeASwedishDictionary()
    {
        QStringList names{QStringLiteral("Örebro"), QStringLiteral("Ängelholm"), QStringLiteral("Åmål"),
                          QStringLiteral("Zinkgruvan"), QStringLiteral("arboga"), QStringLiteral("Eskilstuna"),
                          QStringLiteral("Émile AB"), QStringLiteral("Östhammar")};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return SwedishCollation::key(a) < SwedishCollation::key(b);
        });
        QCOMPARE(names, (QStringList{QStringLiteral("arboga"), QStringLiteral("Émile AB"), QStringLiteral("Eskilstuna"),
                                     QStringLiteral("Zinkgruvan"), QStringLiteral("Åmål"), QStringLiteral("Ängelholm"),
                                     QStringLiteral("Örebro"), QStringLiteral("Östhammar")}));
    }

    void ignoresCase()
    {
        QCOMPARE(SwedishCollation::compare(QStringLiteral("HÄLLEFORS"), QStringLiteral("hällefors")), 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Ystad"), QStringLiteral("Åre")) < 0);
        QVERIFY(SwedishCollation::compare(QStringLiteral("Müller"), QStringLiteral("Myren")) < 0); // ü as y
    }
};

QTEST_GUILESS_MAIN(TestSwedishCollation)
#include "tst_swedishcollation.moc"
