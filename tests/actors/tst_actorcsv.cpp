#include "ActorCsv.h"
#include "TestSupport.h"

#include <QFile>
#include <QtTest>

class TestActorCsv : public QObject
{
    Q_OBJECT

private:
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    static QByteArray fixture(const QString &name)
    {
        QFile f(TestSupport::dataPath(QStringLiteral("csv/") + name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open fixture %s", qPrintable(name));
        return f.readAll();
    }

    static ActorCsvParse parseOk(const QByteArray &bytes)
    {
        Result<ActorCsvParse> r = ActorCsv::parse(bytes);
        if (!r) {
            qWarning("%s", qPrintable(r.errorMessage()));
            return {};
        }
        return std::move(r).value();
    }

    static QStringList problemTexts(const ActorCsvParse &p)
    {
        QStringList out;
        for (const CsvProblem &problem : p.problems)
            out << problem.toString();
        return out;
    }

    static QVector<int> validLines(const ActorCsvParse &p)
    {
        QVector<int> out;
        for (const ActorCsvRow &row : p.valid)
            out << row.line;
        return out;
    }

private slots:
    void columns()
    {
        QCOMPARE(ActorCsv::columns(),
                 QStringList({QStringLiteral("name"), QStringLiteral("organisation_number"), QStringLiteral("type"),
                              QStringLiteral("level"), QStringLiteral("municipality"), QStringLiteral("address"),
                              QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("areas"),
                              QStringLiteral("roles"), QStringLiteral("notes")}));
        QCOMPARE(ActorCsv::columns().size(), int(ActorCsv::ColumnCount));
        QCOMPARE(ActorCsv::aliases(ActorCsv::LevelColumn).first(), QStringLiteral("level"));
        QVERIFY(ActorCsv::aliases(ActorCsv::LevelColumn).contains(u("geografisk nivå")));
    }

    void headings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("column");
        const auto row = [](const char *heading, int column) {
            QTest::newRow(heading) << QString::fromUtf8(heading) << column;
        };
        row("name", ActorCsv::NameColumn);
        row("Namn", ActorCsv::NameColumn);
        row("NAME", ActorCsv::NameColumn);
        row("organisation_number", ActorCsv::OrganisationNumberColumn);
        row("Organization number", ActorCsv::OrganisationNumberColumn);
        row("orgnr", ActorCsv::OrganisationNumberColumn);
        row("Org_nr", ActorCsv::OrganisationNumberColumn);
        row("Org nr", ActorCsv::OrganisationNumberColumn);
        row("Org.nr", ActorCsv::OrganisationNumberColumn);
        row("Organisationsnummer", ActorCsv::OrganisationNumberColumn);
        row("type", ActorCsv::TypeColumn);
        row("Typ", ActorCsv::TypeColumn);
        row("Aktörstyp", ActorCsv::TypeColumn);
        row("AKTÖRSTYP", ActorCsv::TypeColumn);
        row("level", ActorCsv::LevelColumn);
        row("Nivå", ActorCsv::LevelColumn);
        row("Geografisk nivå", ActorCsv::LevelColumn);
        row("geografisk_nivå", ActorCsv::LevelColumn);
        row("municipality", ActorCsv::MunicipalityColumn);
        row("Kommun", ActorCsv::MunicipalityColumn);
        row("address", ActorCsv::AddressColumn);
        row("Adress", ActorCsv::AddressColumn);
        row("Utdelningsadress", ActorCsv::AddressColumn);
        row("postal_code", ActorCsv::PostalCodeColumn);
        row("Postal code", ActorCsv::PostalCodeColumn);
        row("Postnummer", ActorCsv::PostalCodeColumn);
        row("city", ActorCsv::CityColumn);
        row("Ort", ActorCsv::CityColumn);
        row("Postort", ActorCsv::CityColumn);
        row("areas", ActorCsv::AreasColumn);
        row("Områden", ActorCsv::AreasColumn);
        row("område", ActorCsv::AreasColumn);
        row("roles", ActorCsv::RolesColumn);
        row("Roller", ActorCsv::RolesColumn);
        row("Roll", ActorCsv::RolesColumn);
        row("notes", ActorCsv::NotesColumn);
        row("Anteckningar", ActorCsv::NotesColumn);
        row("Kommentar", ActorCsv::NotesColumn);
        row("telefon", -1);
        row("", -1);
    }

    void headings()
    {
        QFETCH(QString, heading);
        QFETCH(int, column);
        QCOMPARE(ActorCsv::columnFor(heading), column);
    }

    void swedishExcelExport()
    {
        const ActorCsvParse p = parseOk(fixture(QStringLiteral("excel_sv.csv")));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problemTexts(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.rowCount, 3);
        QCOMPARE(p.delimiter, QLatin1Char(';'));
        QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(validLines(p), QVector<int>({2, 3, 4}));

        const Actor &region = p.valid.at(0).actor;
        QCOMPARE(region.id, 0);
        QCOMPARE(region.name, QStringLiteral("Region Stockholm"));
        QCOMPARE(region.organisationNumber, QStringLiteral("232100-0016"));
        QCOMPARE(region.type, ActorType::Region);
        QCOMPARE(region.level, GeoLevel::Regional);
        QCOMPARE(region.municipality, QString());
        QCOMPARE(region.address, QStringLiteral("Box 30215"));
        QCOMPARE(region.postalCode, QStringLiteral("104 25"));
        QCOMPARE(region.city, QStringLiteral("Stockholm"));
        QCOMPARE(region.areas, Areas(Area::TrainingMatching | Area::TransitionGuidance));
        QCOMPARE(region.roles, ActorRoles(ActorRole::Employs));
        QCOMPARE(region.notes, QString());

        const Actor &sodertalje = p.valid.at(1).actor;
        QCOMPARE(sodertalje.name, u("Södertälje kommun"));
        QCOMPARE(sodertalje.type, ActorType::Municipality);
        QCOMPARE(sodertalje.level, GeoLevel::Local);
        QCOMPARE(sodertalje.address, u("Nyköpingsvägen 26"));
        QCOMPARE(sodertalje.areas, Areas(Area::TrainingMatching));
        QCOMPARE(sodertalje.roles, ActorRoles(ActorRole::Employs | ActorRole::Educates));
        QCOMPARE(sodertalje.notes, QStringLiteral("Skolor; vuxenutbildning"));

        const Actor &haninge = p.valid.at(2).actor;
        QCOMPARE(haninge.organisationNumber, QStringLiteral("212000-0084")); // written without a dash
        QCOMPARE(haninge.type, ActorType::Municipality);                     // "kommun"
        QCOMPARE(haninge.level, GeoLevel::Local);                            // "lokal"
        QCOMPARE(haninge.areas, Areas());
        QCOMPARE(haninge.roles, ActorRoles());
    }

    void libreOfficeExport()
    {
        const ActorCsvParse p = parseOk(fixture(QStringLiteral("libreoffice.csv")));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problemTexts(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.delimiter, QLatin1Char(','));
        QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(p.valid.size(), 2);
        const Actor &huddinge = p.valid.at(0).actor;
        QCOMPARE(huddinge.name, QStringLiteral("Huddinge kommun"));
        QCOMPARE(huddinge.organisationNumber, QStringLiteral("212000-0068"));
        QCOMPARE(huddinge.areas, Areas(Area::TransitionGuidance));
        QCOMPARE(huddinge.notes, u("Kontakt: växeln, 08-535 300 00"));
        const Actor &jarfalla = p.valid.at(1).actor;
        QCOMPARE(jarfalla.city, u("Järfälla"));
        QCOMPARE(jarfalla.areas, Areas(Area::Preparatory));
        QCOMPARE(jarfalla.roles, ActorRoles());
    }

    void windows1252WithEnDash()
    {
        const ActorCsvParse p = parseOk(fixture(QStringLiteral("windows1252.csv")));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problemTexts(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(p.valid.size(), 2);
        const Actor &region = p.valid.at(0).actor;
        QCOMPARE(region.organisationNumber, QStringLiteral("232100-0016")); // 232100–0016 in the file
        QCOMPARE(region.type, ActorType::Region);
        QCOMPARE(region.level, GeoLevel::Regional); // no level column
        QCOMPARE(region.notes, u("Åsa Öberg, Ängby – café"));
        const Actor &school = p.valid.at(1).actor;
        QCOMPARE(school.name, u("Skärholmens gymnasium"));
        QCOMPARE(school.type, ActorType::UpperSecondary); // "Gymnasieskola"
        QCOMPARE(school.city, u("Skärholmen"));
        QCOMPARE(school.notes, u("åäö ÅÄÖ é"));
        QCOMPARE(school.organisationNumber, QString());
    }

    void everyBadRowIsReported()
    {
        const ActorCsvParse p = parseOk(fixture(QStringLiteral("actor_problems.csv")));
        QCOMPARE(p.rowCount, 10);
        QCOMPARE(validLines(p), QVector<int>({2, 3, 13}));
        QCOMPARE(p.valid.at(2).actor.type, ActorType::Municipality);

        struct Expected
        {
            int line;
            const char *column;
            const char *reasonStart;
        };
        const Expected expected[] = {
            {4, "organisation_number", "The check digit of 212000-0085 is wrong"},
            {5, "", "expected 5 fields, found 2"},
            {6, "type", "\"bakery\" is not a type; use one of private_employer, public_employer, municipality"},
            {8, "name", "The name is empty."},
            {9, "organisation_number", "the same organisation number as line 3 (Haninge kommun)"},
            {10, "level", "empty; use one of local, regional, cross_regional, national"},
            {12, "type", "empty; use one of private_employer"},
            {12, "level", "\"everywhere\" is not a level; use one of local, regional"},
            {12, "organisation_number", "An organisation number has 10 digits (or 12 with the century); this has 5"},
        };
        QCOMPARE(p.problems.size(), int(std::size(expected)));
        for (int i = 0; i < p.problems.size(); ++i) {
            const CsvProblem &problem = p.problems.at(i);
            const QString text = problem.toString();
            QCOMPARE(problem.line, expected[i].line);
            QCOMPARE(problem.column, QString::fromUtf8(expected[i].column));
            QVERIFY2(problem.reason.startsWith(QString::fromUtf8(expected[i].reasonStart)), qPrintable(text));
        }
        QCOMPARE(p.problems.at(0).toString(),
                 QStringLiteral("line 4: organisation_number: The check digit of 212000-0085 is wrong; "
                                "check the number for typing errors."));
        QCOMPARE(p.problems.at(1).toString(), QStringLiteral("line 5: expected 5 fields, found 2"));
        QVERIFY(p.problems.at(2).reason.contains(QStringLiteral("civil_society")));
    }

    void fileLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("no name column") << QByteArray("orgnr;typ\n232100-0016;region\n")
                                        << QStringList{QStringLiteral("line 1: "), QStringLiteral("\"name\""),
                                                       QStringLiteral("namn")};
        QTest::newRow("unknown column")
            << QByteArray("namn;telefon;ort\nA;08-123;Stockholm\n")
            << QStringList{QStringLiteral("line 1: unknown column \"telefon\""),
                           QStringLiteral("name (namn), organisation_number (organisationsnummer), type (typ)"),
                           QStringLiteral("notes (anteckningar)")};
        QTest::newRow("unknown column after blank lines") << QByteArray("\r\n\r\nname;x\r\nA;b\r\n")
                                                          << QStringList{QStringLiteral("line 3: unknown column \"x\"")};
        QTest::newRow("same column twice") << QByteArray("Namn;name\nA;B\n")
                                           << QStringList{QStringLiteral("line 1: "), QStringLiteral("\"Namn\""),
                                                          QStringLiteral("\"name\"")};
        QTest::newRow("heading missing in the middle") << QByteArray("name;;city\nA;x;B\n")
                                                       << QStringList{QStringLiteral("line 1: column 2 has no heading")};
        QTest::newRow("bad CSV") << QByteArray("name;notes\nA;ok\nB;\"open\n")
                                 << QStringList{QStringLiteral("line 3: a quoted field (column 2) is not closed")};
        QTest::newRow("header only") << QByteArray("name;notes\r\n")
                                     << QStringList{QStringLiteral("line 1: the file has a header but no data rows")};
    }

    void fileLevelErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mentions);
        const Result<ActorCsvParse> r = ActorCsv::parse(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        for (const QString &m : mentions)
            QVERIFY2(r.errorMessage().contains(m), qPrintable(r.errorMessage()));
    }

    void defaultsAndLabels()
    {
        // Only a name column: type and level take their defaults.
        ActorCsvParse p = parseOk(QByteArray("Namn\r\nAcme AB\r\n"));
        QCOMPARE(p.problems.size(), 0);
        QCOMPARE(p.valid.at(0).actor.name, QStringLiteral("Acme AB"));
        QCOMPARE(p.valid.at(0).actor.type, ActorType::PrivateEmployer);
        QCOMPARE(p.valid.at(0).actor.level, GeoLevel::Regional);

        // Swedish and English labels, any case, cells trimmed.
        p = parseOk(u("namn;typ;nivå;områden;roller\n"
                      " YH-akademin ; Yrkeshögskola (YH) ;ÖVERREGIONAL;Utbildning & Matchning, Förberedande insatser;"
                      "Utbildar|har fokus på vissa grupper\n"
                      "Arbetsförmedlingen;Authority;National;Transition & Guidance;Focuses on particular groups\n")
                        .toUtf8());
        QVERIFY2(p.problems.isEmpty(), qPrintable(problemTexts(p).join(QLatin1Char('\n'))));
        const Actor &yh = p.valid.at(0).actor;
        QCOMPARE(yh.name, QStringLiteral("YH-akademin"));
        QCOMPARE(yh.type, ActorType::HigherVocational);
        QCOMPARE(yh.level, GeoLevel::CrossRegional);
        QCOMPARE(yh.areas, Areas(Area::TrainingMatching | Area::Preparatory));
        QCOMPARE(yh.roles, ActorRoles(ActorRole::Educates | ActorRole::FocusesOnGroups));
        const Actor &af = p.valid.at(1).actor;
        QCOMPARE(af.type, ActorType::Authority);
        QCOMPARE(af.level, GeoLevel::National);
        QCOMPARE(af.areas, Areas(Area::TransitionGuidance));
        QCOMPARE(af.roles, ActorRoles(ActorRole::FocusesOnGroups));
    }

    void unknownAreasAndRoles()
    {
        const ActorCsvParse p = parseOk(QByteArray("name,areas,roles\nA,training|blue,employs\nB,,sells\n"));
        QCOMPARE(p.valid.size(), 0);
        QCOMPARE(p.problems.size(), 2);
        QCOMPARE(p.problems.at(0).line, 2);
        QCOMPARE(p.problems.at(0).column, QStringLiteral("areas"));
        QVERIFY(p.problems.at(0).reason.contains(QStringLiteral("training, guidance, preparatory")));
        QCOMPARE(p.problems.at(1).line, 3);
        QCOMPARE(p.problems.at(1).column, QStringLiteral("roles"));
        QVERIFY(p.problems.at(1).reason.contains(QStringLiteral("employs, educates, groups")));
    }

    void spreadsheetLeftovers()
    {
        // Excel keeps empty columns to the right of the data when cells there were formatted.
        const ActorCsvParse p = parseOk(QByteArray("name;type;;\r\nA;region;;\r\nB;authority;;;\r\n;;;\r\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problemTexts(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.rowCount, 2);
        QCOMPARE(p.valid.at(1).actor.type, ActorType::Authority);

        const ActorCsvParse q = parseOk(QByteArray("name;type\r\nA;region;extra\r\n"));
        QCOMPARE(q.problems.size(), 1);
        QCOMPARE(q.problems.at(0).toString(), QStringLiteral("line 2: expected 2 fields, found 3"));
    }

    void write()
    {
        Actor a;
        a.id = 42; // ids are not written
        a.name = QStringLiteral("Teknikcollege; Sverige \"TC\"");
        a.organisationNumber = QStringLiteral("802439-6262");
        a.type = ActorType::EmployerOrganisation;
        a.level = GeoLevel::National;
        a.address = QStringLiteral("Box 5510");
        a.postalCode = QStringLiteral("114 85");
        a.city = QStringLiteral("Stockholm");
        a.areas = Area::TrainingMatching | Area::Preparatory;
        a.roles = ActorRole::Educates;
        a.notes = u("Två rader\nandra");
        const QByteArray bytes = ActorCsv::write({a});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "name;organisation_number;type;level;municipality;address;postal_code;city;"
                                   "areas;roles;notes\r\n"
                                   "\"Teknikcollege; Sverige \"\"TC\"\"\";802439-6262;employer_organisation;national;;"
                                   "Box 5510;114 85;Stockholm;training|preparatory;educates;\"Tv\xC3\xA5 rader\nandra\"\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon") << QChar(u';');
        QTest::newRow("comma") << QChar(u',');
        QTest::newRow("tab") << QChar(u'\t');
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        const QStringList numbers{QStringLiteral("232100-0016"), QStringLiteral("212000-0159"),
                                  QStringLiteral("212000-0084"), QStringLiteral("212000-0068"),
                                  QStringLiteral("212000-0043"), QStringLiteral("222000-0448"),
                                  QStringLiteral("802439-6262"), QStringLiteral("232100-0164")};
        const QVector<ActorType> types = Classification::actorTypes();
        const QVector<GeoLevel> levels = Classification::geoLevels();
        ActorList actors;
        for (int i = 0; i < types.size() + 3; ++i) {
            Actor a;
            a.name = u("Aktör %1; \"nr\", %2").arg(i).arg(u("åäö ÅÄÖ é – €"));
            a.organisationNumber = i < numbers.size() ? numbers.at(i) : QString();
            a.type = types.at(i % types.size());
            a.level = levels.at(i % levels.size());
            a.municipality = i % 2 ? u("Södertälje") : QString();
            a.address = QStringLiteral("Box %1, c/o Kansliet").arg(1000 + i);
            a.postalCode = QStringLiteral("1%1 25").arg(i % 10);
            a.city = u("Örebro");
            a.areas = Areas::fromInt(i % 8);
            a.roles = ActorRoles::fromInt((i * 3) % 8);
            a.notes = i % 3 == 0 ? QString() : u("Rad ett\r\nrad två med \"citat\"\toch tab;\nsista");
            actors << a;
        }
        const Result<ActorCsvParse> r = ActorCsv::parse(ActorCsv::write(actors, delimiter));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY2(r->problems.isEmpty(), qPrintable(problemTexts(*r).join(QLatin1Char('\n'))));
        QCOMPARE(r->delimiter, delimiter);
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r->rowCount, actors.size());
        ActorList back;
        for (const ActorCsvRow &row : r->valid)
            back << row.actor;
        QCOMPARE(back.size(), actors.size());
        for (int i = 0; i < actors.size(); ++i)
            QVERIFY2(back.at(i) == actors.at(i), qPrintable(QString::number(i)));
        QCOMPARE(r->valid.at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestActorCsv)
#include "tst_actorcsv.moc"
