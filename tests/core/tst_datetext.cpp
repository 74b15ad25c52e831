#include "DateText.h"

#include <QtTest>

// Dates as people type them: an impossible date is refused with the reason, never
// turned into another date (issue 18).
class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void acceptsIsoDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("plain") << QStringLiteral("2026-05-12") << QDate(2026, 5, 12);
        QTest::newRow("spaces") << QStringLiteral("  2026-05-12 ") << QDate(2026, 5, 12);
        QTest::newRow("one-digit day and month") << QStringLiteral("2026-5-2") << QDate(2026, 5, 2);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << QDate(2028, 2, 29);
        QTest::newRow("last of december") << QStringLiteral("2029-12-31") << QDate(2029, 12, 31);
    }
    void acceptsIsoDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto parsed = DateText::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, date);
    }

    void refusesImpossibleDatesWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30") << QStringLiteral("2026-02-30 is not a date: February 2026 has 28 days.");
        QTest::newRow("29 February, no leap year") << QStringLiteral("2027-02-29") << QStringLiteral("2027-02-29 is not a date: February 2027 has 28 days.");
        QTest::newRow("31 April") << QStringLiteral("2026-04-31") << QStringLiteral("2026-04-31 is not a date: April 2026 has 30 days.");
        QTest::newRow("day 0") << QStringLiteral("2026-04-00") << QStringLiteral("2026-04-00 is not a date: April 2026 has 30 days.");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01") << QStringLiteral("2026-13-01 is not a date: there is no month 13.");
        QTest::newRow("half typed") << QStringLiteral("2026-02") << QStringLiteral("“2026-02” is not a date: type it as YYYY-MM-DD, for example 2026-05-12.");
        QTest::newRow("Swedish words") << QStringLiteral("12 maj 2026") << QStringLiteral("“12 maj 2026” is not a date: type it as YYYY-MM-DD, for example 2026-05-12.");
        QTest::newRow("empty") << QString() << QStringLiteral("Type a date as YYYY-MM-DD.");
    }
    void refusesImpossibleDatesWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = DateText::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        QCOMPARE(parsed.errorMessage(), reason);
    }

    void boundsAreNamed()
    {
        const QDate min(2000, 1, 1), max(2099, 12, 31);
        QCOMPARE(DateText::parse(QStringLiteral("1999-12-31"), min, max).errorMessage(),
                 QStringLiteral("1999-12-31 is outside the dates allowed here (2000-01-01 to 2099-12-31)."));
        QCOMPARE(DateText::parse(QStringLiteral("2026-05-11"), QDate(2026, 5, 12)).errorMessage(),
                 QStringLiteral("2026-05-11 is too early: the earliest date allowed here is 2026-05-12."));
        QCOMPARE(DateText::parse(QStringLiteral("2026-05-13"), {}, QDate(2026, 5, 12)).errorMessage(),
                 QStringLiteral("2026-05-13 is too late: the latest date allowed here is 2026-05-12."));
        QCOMPARE(*DateText::parse(QStringLiteral("2000-01-01"), min, max), min);
        QCOMPARE(*DateText::parse(QStringLiteral("2099-12-31"), min, max), max);
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
