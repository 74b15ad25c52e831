#include "CsvReader.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static CsvTable read(const QString &fixture)
    {
        Result<CsvTable> r = CsvReader::readFile(TestSupport::dataPath(QStringLiteral("csv/") + fixture));
        if (!r) {
            qWarning("%s", qPrintable(r.errorMessage()));
            return {};
        }
        return std::move(r).value();
    }
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

private slots:
    void swedishExcelExport()
    {
        const CsvTable t = read(QStringLiteral("excel_sv.csv"));
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.header.size(), 11);
        QCOMPARE(t.header.at(0), QStringLiteral("Namn")); // no BOM left in front
        QCOMPARE(t.header.at(3), u("Nivå"));
        QCOMPARE(t.header.at(8), u("Områden"));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.lines, QVector<int>({2, 3, 4}));
        QCOMPARE(t.headerLine, 1);
        for (const QStringList &row : t.rows)
            QCOMPARE(row.size(), 11);
        QCOMPARE(t.rows.at(0).at(0), QStringLiteral("Region Stockholm"));
        QCOMPARE(t.rows.at(0).at(1), QStringLiteral("232100-0016"));
        QCOMPARE(t.rows.at(0).at(4), QString());
        QCOMPARE(t.rows.at(0).at(8), u("Utbildning & Matchning|Omställning & Vägledning"));
        QCOMPARE(t.rows.at(1).at(0), u("Södertälje kommun"));
        QCOMPARE(t.rows.at(1).at(10), QStringLiteral("Skolor; vuxenutbildning"));
        QCOMPARE(t.rows.at(2).at(1), QStringLiteral("2120000084"));
        QCOMPARE(t.rows.at(2).at(10), QString()); // trailing empty fields are kept
    }

    void libreOfficeExport()
    {
        const CsvTable t = read(QStringLiteral("libreoffice.csv"));
        QCOMPARE(t.delimiter, QLatin1Char(','));
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.header.at(1), QStringLiteral("organisation_number"));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.lines, QVector<int>({2, 3}));
        QCOMPARE(t.rows.at(0).size(), 11);
        QCOMPARE(t.rows.at(0).at(10), QStringLiteral("Kontakt: växeln, 08-535 300 00"));
        QCOMPARE(t.rows.at(1).at(0), u("Järfälla kommun"));
        QCOMPARE(t.rows.at(1).size(), 11);
        QCOMPARE(t.rows.at(1).at(9), QString());
    }

    void windows1252()
    {
        const CsvTable t = read(QStringLiteral("windows1252.csv"));
        QCOMPARE(t.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.header, QStringList({QStringLiteral("Namn"), QStringLiteral("Orgnr"), QStringLiteral("Typ"),
                                        QStringLiteral("Kommun"), QStringLiteral("Ort"),
                                        QStringLiteral("Anteckningar")}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(1), u("232100\u20130016")); // 0x96 is the en dash
        QCOMPARE(t.rows.at(0).at(5), u("Åsa Öberg, Ängby – café"));
        QCOMPARE(t.rows.at(1).at(0), u("Skärholmens gymnasium"));
        QCOMPARE(t.rows.at(1).at(5), u("åäö ÅÄÖ é"));
    }

    void windows1252Table()
    {
        QCOMPARE(CsvReader::fromWindows1252(QByteArray("\x80\x96\x97\x9F\x8A\x81\xE5\xC4\xA0", 9)),
                 u("€–—ŸŠ\u0081åÄ\u00A0"));
        QString encoding;
        QCOMPARE(CsvReader::decode(QByteArray("caf\xE9"), &encoding), u("café"));
        QCOMPARE(encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(CsvReader::decode(QByteArray("caf\xC3\xA9"), &encoding), u("café"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QCOMPARE(CsvReader::decode(QByteArray("\xEF\xBB\xBF\xC3\x85"), &encoding), u("Å"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        // Plain ASCII is valid UTF-8.
        QCOMPARE(CsvReader::decode(QByteArray("abc"), &encoding), QStringLiteral("abc"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
    }

    void utf16WithBom()
    {
        const QString text = u("namn\tort\r\nÅsa\tÖrebro\r\n");
        QByteArray bytes("\xFF\xFE");
        for (QChar c : text) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const Result<CsvTable> r = CsvReader::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->encoding, QStringLiteral("UTF-16"));
        QCOMPARE(r->delimiter, QLatin1Char('\t'));
        QCOMPARE(r->rows.at(0), QStringList({u("Åsa"), u("Örebro")}));
    }

    void quotedFields()
    {
        const CsvTable t = read(QStringLiteral("quoted.csv"));
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.header, QStringList({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("note")}));
        QCOMPARE(t.rows.size(), 4); // the empty line and the line of spaces are skipped
        QCOMPARE(t.lines, QVector<int>({2, 4, 5, 10}));
        QCOMPARE(t.rows.at(0), QStringList({QStringLiteral("1"), QStringLiteral("semi;colon"), QStringLiteral("plain")}));
        QCOMPARE(t.rows.at(1), QStringList({QStringLiteral("2"), QStringLiteral("say \"hej\""), QString()}));
        QCOMPARE(t.rows.at(2), QStringList({QStringLiteral("3"), QStringLiteral("two\nlines"),
                                            QStringLiteral("three\r\nlines\r\nhere")}));
        QCOMPARE(t.rows.at(3), QStringList({QStringLiteral("4"), QStringLiteral("last"), QString()}));
    }

    void crLineEnds()
    {
        const CsvTable t = read(QStringLiteral("cr_only.csv"));
        QCOMPARE(t.delimiter, QLatin1Char(','));
        QCOMPARE(t.header, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.lines, QVector<int>({2, 3, 5}));
        QCOMPARE(t.rows.at(1), QStringList({QStringLiteral("3"), QStringLiteral("x\ry")}));
        QCOMPARE(t.rows.at(2), QStringList({QStringLiteral("4"), QStringLiteral("5")})); // no final line end
    }

    void lineEndsAndEdges_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QVector<QStringList>>("rows");
        QTest::addColumn<QVector<int>>("lines");

        const QVector<QStringList> ab{{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}};
        QTest::newRow("lf") << QByteArray("a;b\n1;2\n3;4\n") << QChar(u';') << ab << QVector<int>{2, 3};
        QTest::newRow("crlf") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << QChar(u';') << ab << QVector<int>{2, 3};
        QTest::newRow("cr") << QByteArray("a;b\r1;2\r3;4\r") << QChar(u';') << ab << QVector<int>{2, 3};
        QTest::newRow("no final line end") << QByteArray("a;b\n1;2\n3;4") << QChar(u';') << ab << QVector<int>{2, 3};
        QTest::newRow("blank lines") << QByteArray("\r\na;b\r\n\r\n1;2\r\n\r\n\r\n3;4\r\n\r\n") << QChar(u';') << ab
                                     << QVector<int>{4, 7};
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n3\t4\n") << QChar(u'\t') << ab << QVector<int>{2, 3};
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n") << QChar(u',') << ab << QVector<int>{2, 3};
        QTest::newRow("excel sep line") << QByteArray("sep=,\r\na;b,c\r\n1;2,x\r\n") << QChar(u',')
                                        << QVector<QStringList>{{QStringLiteral("1;2"), QStringLiteral("x")}}
                                        << QVector<int>{3};
        QTest::newRow("semicolons win over commas in the header")
            << QByteArray("\"Namn, fullt\";ort,land;x\n1;2;3\n") << QChar(u';')
            << QVector<QStringList>{{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}} << QVector<int>{2};
        QTest::newRow("delimiters inside quoted headings do not count")
            << QByteArray("\"a;b;c\",d\n1,2\n") << QChar(u',')
            << QVector<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QVector<int>{2};
        QTest::newRow("trailing delimiter at end of text")
            << QByteArray("a;b\n1;") << QChar(u';') << QVector<QStringList>{{QStringLiteral("1"), QString()}}
            << QVector<int>{2};
        QTest::newRow("spaces around a quoted field")
            << QByteArray("a;b\n  \"x;y\"  ;z\n") << QChar(u';')
            << QVector<QStringList>{{QStringLiteral("x;y"), QStringLiteral("z")}} << QVector<int>{2};
        QTest::newRow("unquoted spaces kept") << QByteArray("a;b\n x ; y\n") << QChar(u';')
                                              << QVector<QStringList>{{QStringLiteral(" x "), QStringLiteral(" y")}}
                                              << QVector<int>{2};
        QTest::newRow("row of empty fields skipped") << QByteArray("a;b\n;\n1;2\n ; \n") << QChar(u';')
                                                     << QVector<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}}
                                                     << QVector<int>{3};
        // Values equal to the row above share its string; everything else must still come out right.
        QTest::newRow("repeated values")
            << QByteArray("a;b;c\nab;x;\"q\"\"q\"\n\nabc;x;\"q\"\"q\"\n\"abc\";\"x;\";q\nab;x;\n")
            << QChar(u';')
            << QVector<QStringList>{{QStringLiteral("ab"), QStringLiteral("x"), QStringLiteral("q\"q")},
                                    {QStringLiteral("abc"), QStringLiteral("x"), QStringLiteral("q\"q")},
                                    {QStringLiteral("abc"), QStringLiteral("x;"), QStringLiteral("q")},
                                    {QStringLiteral("ab"), QStringLiteral("x"), QString()}}
            << QVector<int>{2, 4, 5, 6};
        QTest::newRow("single column") << QByteArray("name\nAcme\n") << QChar(u';')
                                       << QVector<QStringList>{{QStringLiteral("Acme")}} << QVector<int>{2};
    }

    void lineEndsAndEdges()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(QVector<QStringList>, rows);
        QFETCH(QVector<int>, lines);
        const Result<CsvTable> r = CsvReader::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->delimiter, delimiter);
        QCOMPARE(r->rows, rows);
        QCOMPARE(r->lines, lines);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");

        QTest::newRow("unterminated quote") << QStringLiteral("unterminated.csv")
                                            << QStringLiteral("line 3: a quoted field (column 2) is not closed");
        QTest::newRow("text after closing quote") << QStringLiteral("quote_garbage.csv")
                                                  << QStringLiteral("line 3: unexpected text after the closing "
                                                                    "quotation mark in column 2");
        QTest::newRow("quote inside unquoted field") << QStringLiteral("quote_in_field.csv")
                                                     << QStringLiteral("line 4: a quotation mark inside the unquoted "
                                                                       "field in column 2");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("line 1: the file is empty");
        QTest::newRow("header only") << QStringLiteral("header_only.csv")
                                     << QStringLiteral("line 1: the file has a header but no data rows");
    }

    void malformed()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        const Result<CsvTable> r = CsvReader::readFile(TestSupport::dataPath(QStringLiteral("csv/") + fixture));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.errorMessage().startsWith(message), qPrintable(r.errorMessage()));
    }

    void malformedInline_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n  \r\n") << QStringLiteral("line 1: the file is empty");
        QTest::newRow("header after blank lines, no rows") << QByteArray("\n\na;b\n\n")
                                                           << QStringLiteral("line 3: the file has a header but no data rows");
        QTest::newRow("unterminated quote spanning lines")
            << QByteArray("a;b\n1;2\n3;\"x\ny\nz\n") << QStringLiteral("line 3: a quoted field (column 2) is not closed");
        QTest::newRow("quote after a multi-line field")
            << QByteArray("a;b\n\"1\n2\";\"x\"y\n") << QStringLiteral("line 3: unexpected text after the closing");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00", 6)
                              << QStringLiteral("line 1: this is a spreadsheet workbook");
        QTest::newRow("binary") << QByteArray("a;b\n1;2\n\x00\x01", 10)
                                << QStringLiteral("line 3: the file contains binary data");
    }

    void malformedInline()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Result<CsvTable> r = CsvReader::parse(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.errorMessage().startsWith(message), qPrintable(r.errorMessage()));
    }

    void missingFile()
    {
        const QString path = TestSupport::dataPath(QStringLiteral("csv/does-not-exist.csv"));
        const Result<CsvTable> r = CsvReader::readFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("does-not-exist.csv")), qPrintable(r.errorMessage()));
    }

    void writerQuotesAndLineEnds()
    {
        const QByteArray bytes = CsvWriter::write(
            {QStringLiteral("namn"), QStringLiteral("anteckningar")},
            {{u("Åre kommun"), QStringLiteral("a;b")},
             {QStringLiteral("say \"hej\""), QStringLiteral("two\nlines")},
             {QStringLiteral("comma, ok"), QString()}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "namn;anteckningar\r\n"
                                   "\xC3\x85re kommun;\"a;b\"\r\n"
                                   "\"say \"\"hej\"\"\";\"two\nlines\"\r\n"
                                   "comma, ok;\r\n"));
        const QByteArray comma = CsvWriter::write({QStringLiteral("a")}, {{QStringLiteral("x,y")}, {QStringLiteral("x;y")}},
                                                  QLatin1Char(','), false);
        QCOMPARE(comma, QByteArray("a\r\n\"x,y\"\r\nx;y\r\n"));
        QCOMPARE(CsvWriter::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::newRow("semicolon, BOM") << QChar(u';') << true;
        QTest::newRow("comma, no BOM") << QChar(u',') << false;
        QTest::newRow("tab") << QChar(u'\t') << true;
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, bom);
        const QStringList header{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QVector<QStringList> rows{
            {u("Ångström; Öst"), QStringLiteral("\"quoted\""), QStringLiteral("a,b\tc")},
            {QStringLiteral("line\r\nbreak"), QString(), QStringLiteral("  spaced  ")},
            {QStringLiteral("x"), QStringLiteral("cr\ronly"), u("€ – ”")},
        };
        const Result<CsvTable> r = CsvReader::parse(CsvWriter::write(header, rows, delimiter, bom));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->delimiter, delimiter);
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r->header, header);
        QCOMPARE(r->rows, rows);
        QCOMPARE(r->lines, QVector<int>({2, 3, 5}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
