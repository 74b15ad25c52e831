#pragma once

#include "Actor.h"
#include "Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One thing wrong with one row of an imported file.
struct CsvProblem
{
    int line = 0;    // 1-based physical line where the row starts
    QString column;  // canonical column name ("organisation_number"), empty for the whole row
    QString reason;  // translated, for people

    // "line 7: organisation_number: The check digit ..." (translated); without a column
    // "line 7: expected 11 fields, found 9".
    QString toString() const;
};

struct ActorCsvRow
{
    int line = 0;
    Actor actor; // validated, organisation number normalised; id 0
};

struct ActorCsvParse
{
    QVector<ActorCsvRow> valid;    // rows without any problem, in file order
    QVector<CsvProblem> problems;  // every problem of every bad row, in file order
    int rowCount = 0;              // data rows in the file (blank lines not counted)
    QChar delimiter;
    QString encoding;              // "UTF-8", "Windows-1252" or "UTF-16"

    bool allValid() const { return problems.isEmpty(); }
};

// Actors to and from CSV (docs/csv-format.md). Headings are accepted in English or
// Swedish, any case, with or without underscores or spaces; only "name" is required.
// Values of type, level, areas and roles are accepted as keys or English/Swedish labels.
class ActorCsv
{
    Q_DECLARE_TR_FUNCTIONS(ActorCsv)

public:
    enum Column {
        NameColumn,
        OrganisationNumberColumn,
        TypeColumn,
        LevelColumn,
        MunicipalityColumn,
        AddressColumn,
        PostalCodeColumn,
        CityColumn,
        AreasColumn,
        RolesColumn,
        NotesColumn,
        ColumnCount
    };

    // Canonical English headings, in the order write() uses: name, organisation_number,
    // type, level, municipality, address, postal_code, city, areas, roles, notes.
    static QStringList columns();
    // The headings accepted for a column (canonical first, then alternatives).
    static QStringList aliases(Column column);
    // The column a heading means, or -1.
    static int columnFor(const QString &heading);

    // Error only when the file as a whole is unusable: bad CSV, no "name" column, an
    // unknown or repeated column. Bad rows are reported in problems, all of them.
    // A type column that is absent means private_employer, an absent level column regional.
    static Result<ActorCsvParse> parse(const QByteArray &bytes);
    // Canonical headings; keys for type, level, areas and roles; UTF-8 with BOM, CRLF.
    static QByteArray write(const ActorList &actors, QChar delimiter = QLatin1Char(';'));
};
