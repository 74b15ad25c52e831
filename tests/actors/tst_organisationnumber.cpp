#include "OrganisationNumber.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QtTest>

class TestOrganisationNumber : public QObject
{
    Q_OBJECT

private:
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    // Every NNNNNN-NNNN (hyphen or en dash, optional spaces) printed in a seed, normalised.
    static QStringList numbersInSeed(const QString &prefix)
    {
        const QString text = TestSupport::seedText(prefix);
        static const QRegularExpression re(u("(?<!\\d)(\\d{6})\\s*[-–]\\s*(\\d{4})(?!\\d)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1) == QLatin1String("122500")) // the plusgiro number 122500-2 of 004
                continue;
            found << m.captured(0);
        }
        return found;
    }

private slots:
    void seedNumbersAreValid_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("000") << QStringLiteral("000")
                             << QStringList{QStringLiteral("802439-6262"), QStringLiteral("232100-0016"),
                                            QStringLiteral("212000-0159"), QStringLiteral("212000-0084"),
                                            QStringLiteral("212000-0068"), QStringLiteral("212000-0043"),
                                            QStringLiteral("222000-0448")};
        QTest::newRow("004") << QStringLiteral("004") << QStringList{QStringLiteral("232100-0164")};
    }

    void seedNumbersAreValid()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, mustContain);
        QVERIFY2(!TestSupport::seedText(seed).isEmpty(), "seed text not found");
        const QStringList printed = numbersInSeed(seed);
        QVERIFY(printed.size() >= mustContain.size());
        QStringList normalised;
        for (const QString &number : printed) {
            QString why;
            const QString n = OrganisationNumber::normalise(number, &why);
            QVERIFY2(!n.isEmpty(), qPrintable(number + QStringLiteral(": ") + why));
            QVERIFY(why.isEmpty());
            QCOMPARE(n.size(), 11);
            QCOMPARE(n.at(6), QLatin1Char('-'));
            normalised << n;
        }
        for (const QString &expected : mustContain)
            QVERIFY2(normalised.contains(expected), qPrintable(expected));
        QVERIFY(!normalised.join(QLatin1Char(' ')).contains(QLatin1String("122500")));
        if (seed == QLatin1String("000")) // printed with an en dash: 232100–0016
            QVERIFY(printed.contains(u("232100–0016")));
    }

    void anySingleDigitChangeIsCaught()
    {
        QStringList valid = numbersInSeed(QStringLiteral("000")) + numbersInSeed(QStringLiteral("004"));
        QVERIFY(!valid.isEmpty());
        int tried = 0;
        for (const QString &printed : std::as_const(valid)) {
            const QString number = OrganisationNumber::normalise(printed);
            QVERIFY(!number.isEmpty());
            for (int pos = 0; pos < number.size(); ++pos) {
                if (pos == 6)
                    continue; // the dash
                for (char d = '0'; d <= '9'; ++d) {
                    if (number.at(pos) == QLatin1Char(d))
                        continue;
                    QString changed = number;
                    changed[pos] = QLatin1Char(d);
                    QString why;
                    QVERIFY2(OrganisationNumber::normalise(changed, &why).isEmpty(), qPrintable(changed));
                    QVERIFY2(why.contains(QLatin1String("check digit")), qPrintable(why));
                    ++tried;
                }
            }
        }
        QCOMPARE(tried, valid.size() * 10 * 9);
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: invalid
        QTest::addColumn<QString>("why");      // part of the reason when invalid

        QTest::newRow("hyphen") << QStringLiteral("232100-0016") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("en dash") << u("232100–0016") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("minus sign") << u("232100−0016") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("no dash") << QStringLiteral("2321000016") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("spaces") << QStringLiteral(" 232100 - 0016 ") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("12 digits, 16") << QStringLiteral("162321000016") << QStringLiteral("232100-0016") << QString();
        QTest::newRow("12 digits, 16, dash") << QStringLiteral("16232100-0016") << QStringLiteral("232100-0016")
                                             << QString();
        QTest::newRow("12 digits, 19") << QStringLiteral("19802439-6262") << QStringLiteral("802439-6262") << QString();
        QTest::newRow("12 digits, 20") << QStringLiteral("202120000084") << QStringLiteral("212000-0084") << QString();
        QTest::newRow("12 digits, 18") << QStringLiteral("182321000016") << QString() << QStringLiteral("16, 19 or 20");
        QTest::newRow("12 digits, dash misplaced") << QStringLiteral("162321-000016") << QString()
                                                   << QStringLiteral("last four digits");
        QTest::newRow("dash misplaced") << QStringLiteral("23210-00016") << QString()
                                        << QStringLiteral("last four digits");
        QTest::newRow("two dashes") << QStringLiteral("232-100-0016") << QString() << QStringLiteral("more than one dash");
        QTest::newRow("letter") << QStringLiteral("23A100-0016") << QString() << QStringLiteral("\"A\"");
        QTest::newRow("too short") << QStringLiteral("12345") << QString() << QStringLiteral("this has 5");
        QTest::newRow("11 digits") << QStringLiteral("23210000160") << QString() << QStringLiteral("this has 11");
        QTest::newRow("check digit") << QStringLiteral("232100-0017") << QString() << QStringLiteral("check digit");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QString() << QStringLiteral("empty");
        QTest::newRow("plusgiro") << QStringLiteral("122500-2") << QString() << QStringLiteral("this has 7");
    }

    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, why);
        QString reason;
        QCOMPARE(OrganisationNumber::normalise(input, &reason), expected);
        QCOMPARE(OrganisationNumber::isValid(input), !expected.isEmpty());
        if (expected.isEmpty())
            QVERIFY2(reason.contains(why), qPrintable(reason));
        else
            QVERIFY(reason.isEmpty());
    }

    void luhn()
    {
        QCOMPARE(OrganisationNumber::luhnCheckDigit(QStringLiteral("232100001")), 6);
        QCOMPARE(OrganisationNumber::luhnCheckDigit(QStringLiteral("802439626")), 2);
        QVERIFY(OrganisationNumber::luhnValid(QStringLiteral("2120000084")));
        QVERIFY(!OrganisationNumber::luhnValid(QStringLiteral("2120000085")));
        QVERIFY(!OrganisationNumber::luhnValid(QStringLiteral("212000008")));
        QVERIFY(!OrganisationNumber::luhnValid(QStringLiteral("21200000x4")));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationNumber)
#include "tst_organisationnumber.moc"
