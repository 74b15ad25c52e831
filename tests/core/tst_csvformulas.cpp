// CSV exports that are safe in spreadsheets (issue 13): a field that a spreadsheet would
// run as a formula gets a ' in front when written, and reading strips it again, so that
// export -> import gives back every field exactly. Also: text read from CSV is NFC.
#include "ActorCsv.h"
#include "CsvReader.h"

#include <QtTest>

class TestCsvFormulas : public QObject
{
    Q_OBJECT
private slots:
    void neutralisedFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+46 19 60 20 00" << "'+46 19 60 20 00";
        QTest::newRow("minus") << "-1+1" << "'-1+1";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tindented" << "'\tindented";
        QTest::newRow("carriage return") << "\rCR" << "'\rCR";
        QTest::newRow("already quoted formula") << "'=1" << "''=1";
        QTest::newRow("two quotes") << "''" << "'''";
        QTest::newRow("plain quote") << "'Tis" << "'Tis";
        QTest::newRow("lone quote") << "'" << "'";
        QTest::newRow("ordinary") << "Region Örebro län" << "Region Örebro län";
        QTest::newRow("dash inside") << "Upplands-Bro" << "Upplands-Bro";
        QTest::newRow("en dash") << QString::fromUtf8("–") << QString::fromUtf8("–");
        QTest::newRow("empty") << "" << "";
    }

    void neutralisedFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutralised(value), written);
        QCOMPARE(CsvWriter::restored(written), value);
        // Through a whole file, quoted or not, and read back.
        const QByteArray csv = CsvWriter::write({QStringLiteral("a"), QStringLiteral("b")}, {{value, QStringLiteral("x")}});
        auto table = CsvReader::parse(csv);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->rows.at(0).at(0), value);
    }

    void actorsRoundTripExactly()
    {
        Actor a;
        a.name = QStringLiteral("=1+1 AB");
        a.organisationNumber = QStringLiteral("556000-0001");
        a.municipality = QStringLiteral("@kommun");
        a.address = QStringLiteral("+Box 1");
        a.postalCode = QStringLiteral("-123");
        a.city = QStringLiteral("'=Stad");
        a.notes = QStringLiteral("\tindragen rad\nandra raden");
        Actor b;
        b.name = QStringLiteral("'Tis AB");
        b.notes = QStringLiteral("=A1*2");
        const QByteArray csv = ActorCsv::write({a, b});
        QVERIFY2(csv.contains("'=1+1 AB") && csv.contains("'@kommun") && csv.contains("'+Box 1") && csv.contains("''=Stad"),
                 csv.constData());
        // No line of the file has a field that starts a formula.
        for (const QByteArray &line : csv.split('\n'))
            for (const QByteArray &field : line.split(';'))
                QVERIFY2(field.isEmpty() || !QByteArray("=+-@").contains(field.at(0)), field.constData());
        auto parsed = ActorCsv::parse(csv);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QVERIFY(parsed->allValid());
        QCOMPARE(parsed->valid.size(), 2);
        Actor back = parsed->valid.at(0).actor;
        QCOMPARE(back.name, a.name);
        QCOMPARE(back.municipality, a.municipality);
        QCOMPARE(back.address, a.address);
        QCOMPARE(back.postalCode, a.postalCode);
        QCOMPARE(back.city, a.city);
        QCOMPARE(back.notes, a.notes);
        QCOMPARE(parsed->valid.at(1).actor.name, b.name);
        QCOMPARE(parsed->valid.at(1).actor.notes, b.notes);
    }

    void headersAreNotTouched()
    {
        auto table = CsvReader::parse("'=a;b\r\n'=1;2\r\n");
        QVERIFY(table.ok());
        QCOMPARE(table->header.at(0), QStringLiteral("'=a"));
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("=1"));
    }

    void readTextIsNfc()
    {
        const QString decomposed = QStringLiteral("A\u030asa O\u0308berg");
        const QByteArray utf8 = (QStringLiteral("namn\n") + decomposed + QStringLiteral("\n")).toUtf8();
        auto parsed = ActorCsv::parse(utf8);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->valid.at(0).actor.name, QStringLiteral("Åsa Öberg"));
        QCOMPARE(parsed->valid.at(0).actor.name.size(), 9);
        // UTF-16 (Excel's Unicode text) too.
        QByteArray utf16("\xFF\xFE");
        const QString text = QStringLiteral("namn\r\n") + decomposed + QStringLiteral("\r\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto wide = ActorCsv::parse(utf16);
        QVERIFY(wide.ok());
        QCOMPARE(wide->valid.at(0).actor.name, QStringLiteral("Åsa Öberg"));
    }
};

QTEST_GUILESS_MAIN(TestCsvFormulas)
#include "tst_csvformulas.moc"
