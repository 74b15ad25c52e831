#include "Money.h"

#include <QtTest>

// Failure messages show amounts the Swedish way.
char *toString(const Money &m)
{
    return QTest::toString(m.toString(true, true));
}

class TestMoney : public QObject
{
    Q_OBJECT

private:
    static Money kr(qint64 k) { return Money::fromKronor(k); }
    static Money ore(qint64 o) { return Money::fromOre(o); }
    // Expected text with ordinary spaces written for no-break spaces.
    static QString nb(const char *utf8) { return QString::fromUtf8(utf8).replace(QLatin1Char(' '), QChar(0x00A0)); }

private slots:
    void constructionAndAccess()
    {
        QCOMPARE(kr(1644153).ore(), Q_INT64_C(164415300));
        QCOMPARE(kr(1644153).kronor(), Q_INT64_C(1644153));
        QCOMPARE(ore(1250).kronor(), Q_INT64_C(12));
        QCOMPARE(ore(-1250).kronor(), Q_INT64_C(-12)); // truncated toward zero
        QVERIFY(Money().isZero());
        QVERIFY(ore(-1).isNegative());
        QVERIFY(kr(5).isWholeKronor());
        QVERIFY(!ore(501).isWholeKronor());
        QCOMPARE(ore(-250).abs(), ore(250));
        QCOMPARE(Money::maximum(), ore(Q_INT64_C(99999999999999)));
    }

    void arithmetic()
    {
        // The seed 002 sum of booked costs 2023: 339 300 + 142 000 + 8 000 + 50 895.
        const Money sum = kr(339300) + kr(142000) + kr(8000) + kr(50895);
        QCOMPARE(sum, kr(540195));
        QCOMPARE(kr(540195) - kr(547999), kr(-7804));
        QCOMPARE(-kr(5), kr(-5));
        QCOMPARE(kr(142000) * 3, kr(426000));
        QCOMPARE(3 * kr(8000), kr(24000));
        Money m = kr(100);
        m += ore(50);
        QCOMPARE(m, ore(10050));
        m -= kr(1);
        QCOMPARE(m, ore(9950));
        m *= 2;
        QCOMPARE(m, ore(19900));
        QVERIFY(kr(1) > ore(99));
        QVERIFY(kr(1) >= ore(100));
        QVERIFY(ore(-1) < Money());
        QVERIFY(kr(2) <= kr(2));
        QVERIFY(kr(2) != kr(3));
    }

    void roundedToKronor_data()
    {
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("out");
        QTest::newRow("12,50 up") << Q_INT64_C(1250) << Q_INT64_C(1300);
        QTest::newRow("12,49 down") << Q_INT64_C(1249) << Q_INT64_C(1200);
        QTest::newRow("12,51 up") << Q_INT64_C(1251) << Q_INT64_C(1300);
        QTest::newRow("-12,50 away") << Q_INT64_C(-1250) << Q_INT64_C(-1300);
        QTest::newRow("-12,49") << Q_INT64_C(-1249) << Q_INT64_C(-1200);
        QTest::newRow("0,50") << Q_INT64_C(50) << Q_INT64_C(100);
        QTest::newRow("-0,50") << Q_INT64_C(-50) << Q_INT64_C(-100);
        QTest::newRow("whole") << Q_INT64_C(5089500) << Q_INT64_C(5089500);
        QTest::newRow("zero") << Q_INT64_C(0) << Q_INT64_C(0);
    }

    void roundedToKronor()
    {
        QFETCH(qint64, in);
        QFETCH(qint64, out);
        QCOMPARE(ore(in).roundedToKronor(), ore(out));
        QCOMPARE(ore(in).rounded(Money::Rounding::ToKronor), ore(out));
        QCOMPARE(ore(in).rounded(Money::Rounding::ToOre), ore(in));
    }

    void percentOfSeedIndirectCosts()
    {
        // Seed 002: indirect costs are 15 % of own staff, rounded to whole kronor per year.
        QCOMPARE(kr(339300).percentOf(1500), kr(50895));
        QCOMPARE(kr(346086).percentOf(1500), ore(5191290)); // 51 912,90 exactly
        QCOMPARE(kr(346086).percentOf(1500, Money::Rounding::ToKronor), kr(51913));
        QCOMPARE(kr(353008).percentOf(1500), ore(5295120)); // 52 951,20
        QCOMPARE(kr(353008).percentOf(1500, Money::Rounding::ToKronor), kr(52951));
        QCOMPARE(kr(1038394).percentOf(1500), ore(15575910)); // 155 759,10 on the total
        QCOMPARE(kr(1038394).percentOf(1500, Money::Rounding::ToKronor), kr(155759));
        // The region's rate: 50 % of 1 644 153 kr is 822 076,50 kr.
        QCOMPARE(kr(1644153).percentOf(5000), ore(82207650));
        QCOMPARE(kr(1644153).percentOf(5000, Money::Rounding::ToKronor), kr(822077));
    }

    void percentOfRoundsOnceFromTheExactValue()
    {
        // 50 % of 0,99 kr is 0,495 kr: to the öre 0,50 kr, to the krona 0 kr (not 1 kr via 0,50).
        QCOMPARE(ore(99).percentOf(5000), ore(50));
        QCOMPARE(ore(99).percentOf(5000, Money::Rounding::ToKronor), Money());
        QCOMPARE(ore(-1).percentOf(5000), ore(-1)); // -0,5 öre: away from zero
        QCOMPARE(ore(1).percentOf(4999), Money());
        QCOMPARE(kr(200).percentOf(0), Money());
        QCOMPARE(kr(200).percentOf(10000), kr(200));
    }

    void scaled()
    {
        QCOMPARE(kr(100).scaled(1, 3), ore(3333));
        QCOMPARE(kr(2).scaled(1, 3), ore(67));
        QCOMPARE(kr(2).scaled(1, 3, Money::Rounding::ToKronor), kr(1));
        QCOMPARE(kr(-2).scaled(1, 3), ore(-67));
        // Large products do not overflow: the maximum times a population share.
        QCOMPARE(Money::maximum().scaled(115526, 399311, Money::Rounding::ToKronor).kronor(),
                 Q_INT64_C(289313342232));
    }

    void parseAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedOre");
        auto row = [](const char *name, const QString &text, qint64 o) { QTest::newRow(name) << text << o; };
        row("grouped", QStringLiteral("1 644 153"), Q_INT64_C(164415300));
        row("with kr", QStringLiteral("1 644 153 kr"), Q_INT64_C(164415300));
        row("plain", QStringLiteral("1644153"), Q_INT64_C(164415300));
        row("seed 346086", QStringLiteral("346086"), Q_INT64_C(34608600));
        row("decimal comma", QStringLiteral("1 644 153,50"), Q_INT64_C(164415350));
        row("decimal point", QStringLiteral("12.50"), Q_INT64_C(1250));
        row("one decimal point", QStringLiteral("1 644 153.5"), Q_INT64_C(164415350));
        row("one decimal comma", QStringLiteral("1 000,5"), Q_INT64_C(100050));
        row("ore", QStringLiteral("0,05"), Q_INT64_C(5));
        row("negative", QStringLiteral("-500"), Q_INT64_C(-50000));
        row("minus sign", QString::fromUtf8("\u2212500 kr"), Q_INT64_C(-50000));
        row("plus", QStringLiteral("+12"), Q_INT64_C(1200));
        row("no-break spaces", QString::fromUtf8("1\u00a0644\u00a0153\u00a0kr"), Q_INT64_C(164415300));
        row("narrow no-break spaces", QString::fromUtf8("1\u202f644\u202f153"), Q_INT64_C(164415300));
        row("thin spaces", QString::fromUtf8("822\u2009076"), Q_INT64_C(82207600));
        row("kr glued", QStringLiteral("500kr"), Q_INT64_C(50000));
        row("kr.", QStringLiteral("500 kr."), Q_INT64_C(50000));
        row("KR", QStringLiteral("500 KR"), Q_INT64_C(50000));
        row("SEK", QStringLiteral("822 076 SEK"), Q_INT64_C(82207600));
        row("colon dash", QStringLiteral("500:-"), Q_INT64_C(50000));
        row("surrounding space", QStringLiteral("  42  "), Q_INT64_C(4200));
        row("leading zeros", QStringLiteral("007"), Q_INT64_C(700));
        row("zero", QStringLiteral("0"), Q_INT64_C(0));
        row("maximum", QStringLiteral("999 999 999 999,99"), Q_INT64_C(99999999999999));
    }

    void parseAccepts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedOre);
        const Result<Money> r = Money::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value(), ore(expectedOre));
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        auto row = [](const char *name, const QString &text, const char *part) {
            QTest::newRow(name) << text << QString::fromUtf8(part);
        };
        row("empty", QString(), "No amount given.");
        row("blank", QStringLiteral("   "), "No amount given.");
        row("text", QStringLiteral("abc"), "\"abc\" is not an amount of money");
        row("words and digits", QStringLiteral("ca 500"), "\"ca 500\" is not an amount of money");
        row("only unit", QStringLiteral("kr"), "\"kr\" is not an amount");
        row("only sign", QStringLiteral("-"), "\"-\" is not an amount");
        row("exponent", QStringLiteral("1e6"), "\"1e6\" is not an amount");
        row("trailing comma", QStringLiteral("12,"), "\"12,\" is not an amount");
        row("lone decimals", QStringLiteral(",5"), "\",5\" is not an amount");
        row("arabic-indic digits", QString::fromUtf8("\u0661\u0662"), "is not an amount");
        row("dotted thousands", QStringLiteral("1.644.153"), "\"1.644.153\" is ambiguous");
        row("one dot thousands", QStringLiteral("1.644"), "\"1.644\" is ambiguous");
        row("comma thousands", QStringLiteral("1,644"), "\"1,644\" is ambiguous");
        row("comma groups", QStringLiteral("1,644,153"), "is ambiguous");
        row("german", QStringLiteral("1.644,50"), "is ambiguous");
        row("english", QStringLiteral("1,644.50"), "is ambiguous");
        row("four decimals", QStringLiteral("12,5055"), "\"12,5055\" has more than two decimals");
        row("bad grouping", QStringLiteral("16 44153"), "\"16 44153\" has misplaced thousands separators");
        row("short last group", QStringLiteral("1 6441 53"), "misplaced thousands separators");
        row("double space", QStringLiteral("1  644"), "misplaced thousands separators");
        row("long first group", QStringLiteral("1644 153"), "misplaced thousands separators");
        row("too large", QStringLiteral("1 000 000 000 000"), "\"1 000 000 000 000\" is too large");
    }

    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const Result<Money> r = Money::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.errorMessage().contains(messagePart), qPrintable(r.errorMessage()));
    }

    void toStringSwedish()
    {
        QCOMPARE(kr(1644153).toString(), nb("1 644 153 kr"));
        QCOMPARE(kr(1644153).toString().at(1), QChar(0x00A0));
        QCOMPARE(kr(1644153).toString(false), nb("1 644 153"));
        QCOMPARE(ore(164415350).toString(true, true), nb("1 644 153,50 kr"));
        QCOMPARE(kr(822076).toString(false, true), nb("822 076,00"));
        QCOMPARE(kr(-500).toString(), nb("-500 kr"));
        QCOMPARE(ore(-5).toString(true, true), nb("-0,05 kr"));
        QCOMPARE(Money().toString(), nb("0 kr"));
        QCOMPARE(kr(999).toString(), nb("999 kr"));
        QCOMPARE(kr(1000).toString(), nb("1 000 kr"));
        QCOMPARE(kr(100000).toString(), nb("100 000 kr"));
        // Without öre the amount is rounded half away from zero.
        QCOMPARE(ore(1250).toString(), nb("13 kr"));
        QCOMPARE(ore(-1250).toString(), nb("-13 kr"));
        QCOMPARE(ore(5191290).toString(), nb("51 913 kr"));
    }

    void displayAndPlainStrings()
    {
        QCOMPARE(kr(547999).toDisplayString(), nb("547 999 kr"));
        QCOMPARE(ore(50).toDisplayString(), nb("0,50 kr"));
        QCOMPARE(ore(82207650).toDisplayString(false), nb("822 076,50"));
        QCOMPARE(kr(1644153).toPlainString(), QStringLiteral("1644153"));
        QCOMPARE(ore(-1250).toPlainString(), QStringLiteral("-12,50"));
        QCOMPARE(ore(5).toPlainString(), QStringLiteral("0,05"));
        QCOMPARE(Money().toPlainString(), QStringLiteral("0"));
    }

    void roundTrip()
    {
        const QVector<Money> values{kr(1644153), ore(164415350), kr(-500), ore(-5), Money(), ore(1),
                                    kr(822076), Money::maximum(), -Money::maximum()};
        for (const Money &m : values) {
            QCOMPARE(Money::parse(m.toString(true, true)).value(), m);
            QCOMPARE(Money::parse(m.toString(false, true)).value(), m);
            QCOMPARE(Money::parse(m.toPlainString()).value(), m);
            QCOMPARE(Money::parse(m.toDisplayString()).value(), m);
        }
    }

    void percentText()
    {
        QCOMPARE(Money::percentText(5000), nb("50 %"));
        QCOMPARE(Money::percentText(1500), nb("15 %"));
        QCOMPARE(Money::percentText(1250), nb("12,5 %"));
        QCOMPARE(Money::percentText(1), nb("0,01 %"));
        QCOMPARE(Money::percentText(9950), nb("99,5 %"));
        QCOMPARE(Money::percentText(-250), nb("-2,5 %"));
    }

    void usableInVariant()
    {
        const QVariant v = QVariant::fromValue(kr(822076));
        QCOMPARE(v.value<Money>(), kr(822076));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
