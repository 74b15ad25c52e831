#include "AgreementTerm.h"
#include "TestSupport.h"

#include <QtTest>

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Seed 000's term as kept in tests/data/seeds/000_agreement_term.csv: key, value and the
// seed's words for it.
struct TermFact
{
    QString key;
    QString value;
    QString words;
};

const QVector<TermFact> &termFacts()
{
    static const QVector<TermFact> facts = [] {
        QVector<TermFact> out;
        for (const QString &line : TestSupport::dataLines(QStringLiteral("seeds/000_agreement_term.csv"))) {
            const QStringList f = line.split(QLatin1Char(';'));
            if (f.size() != 3)
                qFatal("tests/data/seeds/000_agreement_term.csv: a row needs 3 fields: %s", qPrintable(line));
            out << TermFact{f.at(0), f.at(1), f.at(2)};
        }
        return out;
    }();
    return facts;
}

QString fact(const char *key)
{
    for (const TermFact &f : termFacts())
        if (f.key == QLatin1String(key))
            return f.value;
    qFatal("tests/data/seeds/000_agreement_term.csv has no %s", key);
}

// Seed 000: in force when signed (taken as 2025-01-01, the first budget year), runs to
// and including 2029-12-31, notice 12 months before; then one year at a time, 9 months.
AgreementTerm seed000()
{
    return AgreementTerm(d("2025-01-01"), QDate::fromString(fact("end"), Qt::ISODate), fact("notice-months").toInt(),
                         fact("renewal-months").toInt(), fact("renewal-notice-months").toInt());
}

} // namespace

class TestAgreementTerm : public QObject
{
    Q_OBJECT

private slots:
    // The seed's own deadline comes out of the rule, and its minimum of parties is ours.
    void rulesGiveTheSeedsDeadline()
    {
        QCOMPARE(termFacts().size(), 6);
        QCOMPARE(seed000().termEnd(0), d("2029-12-31"));
        QCOMPARE(seed000().noticeDeadline(0), QDate::fromString(fact("notice-deadline"), Qt::ISODate));
        QCOMPARE(seed000().noticeDeadline(0), d("2028-12-31"));
        QVERIFY(seed000().validate().ok());
        const int minimum = fact("minimum-municipalities").toInt();
        QVERIFY(AgreementValidity::isValid(minimum, true));
        QVERIFY(!AgreementValidity::isValid(minimum - 1, true));
    }

    // Cross-check with the seed itself: it states the term in the words kept in
    // tests/data. Skipped, and says so, when the seeds are not beside the clone.
    void rulesAreTheSeeds()
    {
        VERKSTAN_SEED_TEXT(text, "000");
        const QString seed = text.simplified();
        for (const TermFact &f : termFacts())
            QVERIFY2(seed.contains(f.words), qPrintable(f.key + QStringLiteral(": ") + f.words));
    }

    void termEndsAndDeadlines()
    {
        const AgreementTerm t = seed000();
        QCOMPARE(t.termEnd(0), d("2029-12-31"));
        QCOMPARE(t.termEnd(1), d("2030-12-31"));
        QCOMPARE(t.noticeDeadline(1), d("2030-03-31"));
        QCOMPARE(t.termEnd(2), d("2031-12-31"));
        QCOMPARE(t.noticeDeadline(2), d("2031-03-31"));
    }

    void nextNoticeDeadline_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("endsOn");
        QTest::addColumn<QDate>("otherwise");
        QTest::newRow("before start") << d("2024-06-01") << d("2028-12-31") << d("2029-12-31") << d("2030-12-31");
        QTest::newRow("initial term") << d("2026-06-01") << d("2028-12-31") << d("2029-12-31") << d("2030-12-31");
        QTest::newRow("deadline day is in time") << d("2028-12-31") << d("2028-12-31") << d("2029-12-31") << d("2030-12-31");
        QTest::newRow("a day late") << d("2029-01-01") << d("2030-03-31") << d("2030-12-31") << d("2031-12-31");
        QTest::newRow("last day of term") << d("2029-12-31") << d("2030-03-31") << d("2030-12-31") << d("2031-12-31");
        QTest::newRow("first extension") << d("2030-01-01") << d("2030-03-31") << d("2030-12-31") << d("2031-12-31");
        QTest::newRow("after 9-month deadline") << d("2030-04-01") << d("2031-03-31") << d("2031-12-31") << d("2032-12-31");
    }

    void nextNoticeDeadline()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, deadline);
        QFETCH(QDate, endsOn);
        QFETCH(QDate, otherwise);
        const AgreementTerm t = seed000();
        QCOMPARE(t.nextNoticeDeadline(today), deadline);
        const auto n = t.nextNotice(today);
        QVERIFY(n.has_value());
        QCOMPARE(n->termEnd, endsOn);
        QCOMPARE(n->extendedTo, otherwise);
        QCOMPARE(t.endIfNoticeGivenOn(today), endsOn);
    }

    void currentTermEnd_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("termEnd");
        QTest::newRow("before start") << d("2024-01-01") << d("2029-12-31");
        QTest::newRow("initial") << d("2025-06-01") << d("2029-12-31");
        QTest::newRow("last day") << d("2029-12-31") << d("2029-12-31");
        QTest::newRow("next day") << d("2030-01-01") << d("2030-12-31");
        QTest::newRow("second extension") << d("2031-07-01") << d("2031-12-31");
        QTest::newRow("a century on") << d("2125-06-01") << d("2125-12-31");
    }

    void currentTermEnd()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, termEnd);
        QCOMPARE(seed000().currentTermEnd(today), termEnd);
    }

    void leapYearEnd()
    {
        // A term ending on 29 February 2028 (a leap day).
        const AgreementTerm t(d("2024-03-01"), d("2028-02-29"));
        QVERIFY(t.validate().ok());
        QCOMPARE(t.noticeDeadline(0), d("2027-02-28")); // 2027 has no 29 February
        QCOMPARE(t.termEnd(1), d("2029-02-28"));
        QCOMPARE(t.noticeDeadline(1), d("2028-05-28")); // addMonths keeps the 28th
        QCOMPARE(t.termEnd(2), d("2030-02-28"));
        QCOMPARE(t.termEnd(4), d("2032-02-29"));        // from the initial end: back to the 29th
        QCOMPARE(t.noticeDeadline(4), d("2031-05-29"));
        QCOMPARE(t.currentTermEnd(d("2028-02-29")), d("2028-02-29"));
        QCOMPARE(t.currentTermEnd(d("2028-03-01")), d("2029-02-28"));
        QCOMPARE(t.currentTermEnd(d("2029-03-01")), d("2030-02-28"));
        QCOMPARE(t.currentTermEnd(d("2031-03-01")), d("2032-02-29"));
        QCOMPARE(t.currentTermEnd(d("2032-02-29")), d("2032-02-29"));
        QCOMPARE(t.nextNoticeDeadline(d("2027-02-28")), d("2027-02-28"));
        QCOMPARE(t.nextNoticeDeadline(d("2027-03-01")), d("2028-05-28"));
        QCOMPARE(t.endIfNoticeGivenOn(d("2027-03-01")), d("2029-02-28"));
        QCOMPARE(t.nextNoticeDeadline(d("2031-05-29")), d("2031-05-29"));
        QCOMPARE(t.nextNoticeDeadline(d("2031-05-30")), d("2032-05-28")); // 2033-02-28 - 9 months
    }

    void februaryTwentyEighthEnd()
    {
        // A term ending 28 February 2027 ends on the 28th every year, also in 2028.
        const AgreementTerm t(d("2023-03-01"), d("2027-02-28"));
        QCOMPARE(t.noticeDeadline(0), d("2026-02-28"));
        QCOMPARE(t.termEnd(1), d("2028-02-28"));
        QCOMPARE(t.noticeDeadline(1), d("2027-05-28"));
        QCOMPARE(t.currentTermEnd(d("2028-02-28")), d("2028-02-28"));
        QCOMPARE(t.currentTermEnd(d("2028-02-29")), d("2029-02-28")); // the leap day is in the next term
        QCOMPARE(t.nextNoticeDeadline(d("2026-03-01")), d("2027-05-28"));
    }

    void longerRenewalPeriods()
    {
        const AgreementTerm t(d("2025-01-01"), d("2029-12-31"), 12, 24, 6);
        QCOMPARE(t.currentTermEnd(d("2032-06-01")), d("2033-12-31"));
        QCOMPARE(t.termIndexOn(d("2032-06-01")), 2);
        QCOMPARE(t.nextNoticeDeadline(d("2032-06-01")), d("2033-06-30")); // 2033-12-31 - 6 months
        QCOMPARE(t.termIndexOn(d("2031-12-31")), 1);
        QCOMPARE(t.termIndexOn(d("2032-01-01")), 2);
    }

    void warnings()
    {
        const AgreementTerm t = seed000();
        QVERIFY(t.warnings(d("2028-10-01"), 60).isEmpty()); // 91 days ahead
        QCOMPARE(t.warnings(d("2028-12-01"), 60),
                 QStringList{QStringLiteral("Notice of termination must be given by 2028-12-31 (in 30 days) for "
                                            "the agreement to end on 2029-12-31; otherwise it is extended to 2030-12-31.")});
        QCOMPARE(t.warnings(d("2028-12-30"), 60).value(0),
                 QStringLiteral("Notice of termination must be given by 2028-12-31 (tomorrow) for the agreement "
                                "to end on 2029-12-31; otherwise it is extended to 2030-12-31."));
        QCOMPARE(t.warnings(d("2028-12-31"), 0),
                 QStringList{QStringLiteral("Today (2028-12-31) is the last day to give notice if the agreement is "
                                            "to end on 2029-12-31; otherwise it is extended to 2030-12-31.")});
        QVERIFY(t.warnings(d("2029-01-01"), 60).isEmpty()); // next deadline 2030-03-31
        QVERIFY(t.warnings(d("2030-01-31"), 60).value(0).contains(QStringLiteral("by 2030-03-31 (in 59 days)")));
    }

    void withoutRenewal()
    {
        const AgreementTerm t(d("2025-01-01"), d("2029-12-31"), 12, 0, 0);
        QVERIFY(t.validate().ok());
        QVERIFY(!t.renews());
        QVERIFY(!t.nextNotice(d("2026-01-01")));
        QVERIFY(!t.nextNoticeDeadline(d("2026-01-01")).isValid());
        QCOMPARE(t.currentTermEnd(d("2031-01-01")), d("2029-12-31"));
        QCOMPARE(t.termIndexOn(d("2031-01-01")), -1);
        QCOMPARE(t.warnings(d("2029-12-01"), 60),
                 QStringList{QStringLiteral("The agreement ends on 2029-12-31 (in 30 days) and is not renewed.")});
        QCOMPARE(t.warnings(d("2030-01-01"), 60), QStringList{QStringLiteral("The agreement ended on 2029-12-31.")});
    }

    void validation()
    {
        QCOMPARE(AgreementTerm(d("2030-01-01"), d("2029-12-31")).validate().errorMessage(),
                 QStringLiteral("The agreement ends (2029-12-31) before it starts (2030-01-01)."));
        QVERIFY(!AgreementTerm(QDate(), d("2029-12-31")).validate().ok());
        QVERIFY(!AgreementTerm(d("2025-01-01"), QDate()).validate().ok());
        QCOMPARE(AgreementTerm(d("2025-01-01"), d("2029-12-31"), 12, 12, 13).validate().errorMessage(),
                 QStringLiteral("The notice before a renewal (13 months) cannot be longer than the renewal "
                                "period (12 months)."));
        const AgreementTerm tooShort(d("2029-06-01"), d("2029-12-31"));
        QCOMPARE(tooShort.validate().errorMessage(),
                 QStringLiteral("The notice deadline (2028-12-31) comes before the agreement starts (2029-06-01)."));
        QCOMPARE(tooShort.warnings(d("2029-07-01"), 30), QStringList{tooShort.validate().errorMessage()});
        QVERIFY(!tooShort.nextNotice(d("2029-07-01")));
        QVERIFY(!AgreementTerm(d("2025-01-01"), d("2029-12-31"), -1).validate().ok());
    }

    void validityNeedsThreeMunicipalitiesAndTheRegion()
    {
        // Seed 000: Region Stockholm and four municipalities.
        QVERIFY(AgreementValidity::check(4, true).isEmpty());
        QVERIFY(AgreementValidity::isValid(3, true));
        QCOMPARE(AgreementValidity::check(2, true),
                 QStringList{QStringLiteral("The agreement needs at least 3 municipalities as parties; it has 2.")});
        QCOMPARE(AgreementValidity::check(3, false),
                 QStringList{QStringLiteral("The region must be a party to the agreement.")});
        QCOMPARE(AgreementValidity::check(0, false).size(), 2);
        QVERIFY(!AgreementValidity::isValid(5, false));
        QVERIFY(AgreementValidity::check(4, true, 5).value(0).contains(QStringLiteral("at least 5")));
    }

    void lapseWhenTooFewRemain()
    {
        const AgreementTerm t = seed000();
        QVERIFY(AgreementValidity::lapseWarning(t, d("2030-06-01"), 3).isEmpty());
        QCOMPARE(AgreementValidity::lapseWarning(t, d("2030-06-01"), 2),
                 QStringLiteral("Only 2 municipalities remain; unless new parties join, the agreement ends on "
                                "2030-12-31, at the end of the current term."));
        QCOMPARE(AgreementValidity::lapseWarning(t, d("2027-06-01"), 1),
                 QStringLiteral("Only one municipality remains; unless new parties join, the agreement ends on "
                                "2029-12-31, at the end of the current term."));
    }
};

QTEST_GUILESS_MAIN(TestAgreementTerm)
#include "tst_agreementterm.moc"
