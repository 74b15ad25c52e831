#include "ActorCsv.h"

#include "Classification.h"
#include "CsvReader.h"

#include <QHash>

#include <optional>

namespace {

// Headings per column: canonical English first, the Swedish name second (both are shown in
// error messages), then other spellings.
// Compared after normalisedHeading(): lower case without spaces, underscores, dashes, dots.
const char *const kAliases[ActorCsv::ColumnCount][8] = {
    {"name", "namn", nullptr},
    {"organisation_number", "organisationsnummer", "organization_number", "orgnr", "org_nr",
     "organisationsnr", "orgnummer", nullptr},
    {"type", "typ", "aktörstyp", "actor_type", nullptr},
    {"level", "nivå", "geografisk nivå", "geographic_level", nullptr},
    {"municipality", "kommun", nullptr},
    {"address", "adress", "utdelningsadress", nullptr},
    {"postal_code", "postnummer", "postnr", "postcode", nullptr},
    {"city", "ort", "postort", nullptr},
    {"areas", "områden", "område", "area", nullptr},
    {"roles", "roller", "roll", "role", nullptr},
    {"notes", "anteckningar", "kommentar", "kommentarer", "anteckning", "note", nullptr},
};

QString normalisedHeading(const QString &heading)
{
    QString out;
    out.reserve(heading.size());
    for (QChar c : heading) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

const QHash<QString, int> &headingIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int col = 0; col < ActorCsv::ColumnCount; ++col)
            for (const char *const *a = kAliases[col]; *a; ++a)
                h.insert(normalisedHeading(QString::fromUtf8(*a)), col);
        return h;
    }();
    return index;
}

template <typename E>
QString keyList(const QVector<E> &values)
{
    QStringList keys;
    for (E v : values)
        keys << Classification::key(v);
    return keys.join(QStringLiteral(", "));
}

// The same few values fill the type, level, areas and roles columns row after row; parsing
// each once (Classification compiles a regular expression per list) keeps big files fast.
template <typename T>
class ValueCache
{
public:
    template <typename Parse>
    std::optional<T> get(const QString &text, Parse parse)
    {
        const auto it = m_values.constFind(text);
        if (it != m_values.constEnd())
            return *it;
        const std::optional<T> value = parse(text);
        if (m_values.size() < 4096)
            m_values.insert(text, value);
        return value;
    }

private:
    QHash<QString, std::optional<T>> m_values;
};

bool allBlank(const QStringList &fields, int from)
{
    for (int i = from; i < fields.size(); ++i)
        if (!fields.at(i).trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

QString CsvProblem::toString() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("ActorCsv", "line %1: %2").arg(QString::number(line), reason);
    return QCoreApplication::translate("ActorCsv", "line %1: %2: %3")
        .arg(QString::number(line), column, reason);
}

QStringList ActorCsv::columns()
{
    QStringList out;
    for (int col = 0; col < ColumnCount; ++col)
        out << QString::fromUtf8(kAliases[col][0]);
    return out;
}

QStringList ActorCsv::aliases(Column column)
{
    QStringList out;
    if (column < 0 || column >= ColumnCount)
        return out;
    for (const char *const *a = kAliases[column]; *a; ++a)
        out << QString::fromUtf8(*a);
    return out;
}

int ActorCsv::columnFor(const QString &heading)
{
    return headingIndex().value(normalisedHeading(heading), -1);
}

Result<ActorCsvParse> ActorCsv::parse(const QByteArray &bytes)
{
    Result<CsvTable> read = CsvReader::parse(bytes);
    if (!read)
        return read.error();
    const CsvTable &table = read.value();

    auto fileError = [&table](const QString &what) {
        return Error{Error::Kind::Invalid, tr("line %1: %2").arg(QString::number(table.headerLine), what)};
    };
    auto acceptedColumns = [] {
        QStringList names;
        for (int col = 0; col < ColumnCount; ++col)
            names << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(kAliases[col][0]), QString::fromUtf8(kAliases[col][1]));
        return names.join(QStringLiteral(", "));
    };

    // Map the headings. Empty headings at the end are what spreadsheets leave behind.
    QStringList header = table.header;
    while (!header.isEmpty() && header.last().isEmpty())
        header.removeLast();
    int columnAt[ColumnCount];
    std::fill(std::begin(columnAt), std::end(columnAt), -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        if (h.isEmpty())
            return fileError(tr("column %1 has no heading; the accepted columns are: %2")
                                 .arg(QString::number(i + 1), acceptedColumns()));
        const int col = columnFor(h);
        if (col < 0)
            return fileError(tr("unknown column \"%1\"; the accepted columns are: %2")
                                 .arg(h, acceptedColumns()));
        if (columnAt[col] >= 0)
            return fileError(tr("the columns \"%1\" and \"%2\" are the same column (%3)")
                                 .arg(header.at(columnAt[col]), h, columns().at(col)));
        columnAt[col] = i;
    }
    if (columnAt[NameColumn] < 0)
        return fileError(tr("there is no \"name\" column (in Swedish \"namn\"); it is required. "
                            "The accepted columns are: %1")
                             .arg(acceptedColumns()));

    const QStringList columnNames = columns();
    const QString typeKeys = keyList(Classification::actorTypes());
    const QString levelKeys = keyList(Classification::geoLevels());
    const QString areaKeys = keyList(Classification::areas());
    const QString roleKeys = keyList(Classification::actorRoles());

    ActorCsvParse out;
    out.rowCount = table.rows.size();
    out.delimiter = table.delimiter;
    out.encoding = table.encoding;
    out.valid.reserve(table.rows.size());

    struct Seen
    {
        int line;
        QString name;
    };
    QHash<QString, Seen> seenNumbers;
    seenNumbers.reserve(table.rows.size());
    ValueCache<ActorType> types;
    ValueCache<GeoLevel> levels;
    ValueCache<Areas> areaLists;
    ValueCache<ActorRoles> roleLists;
    const int expected = header.size();

    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &fields = table.rows.at(r);
        const int line = table.lines.at(r);
        const int before = out.problems.size();
        auto problem = [&](int column, const QString &reason) {
            out.problems.append({line, column >= 0 ? columnNames.at(column) : QString(), reason});
        };

        if (fields.size() != expected && !(fields.size() > expected && allBlank(fields, expected))) {
            problem(-1, tr("expected %1 fields, found %2").arg(expected).arg(fields.size()));
            continue;
        }
        auto cell = [&](Column column) {
            const int i = columnAt[column];
            return i >= 0 ? fields.at(i).trimmed() : QString();
        };

        Actor actor;
        actor.name = cell(NameColumn);
        actor.organisationNumber = cell(OrganisationNumberColumn);
        actor.municipality = cell(MunicipalityColumn);
        actor.address = cell(AddressColumn);
        actor.postalCode = cell(PostalCodeColumn);
        actor.city = cell(CityColumn);
        if (columnAt[NotesColumn] >= 0) // kept as written: notes may have line breaks and indents
            actor.notes = fields.at(columnAt[NotesColumn]);
        if (actor.notes.trimmed().isEmpty())
            actor.notes.clear();

        if (columnAt[TypeColumn] >= 0) {
            const QString text = cell(TypeColumn);
            if (const auto type = types.get(text, &Classification::actorTypeFrom))
                actor.type = *type;
            else if (text.isEmpty())
                problem(TypeColumn, tr("empty; use one of %1 (or the English or Swedish name)").arg(typeKeys));
            else
                problem(TypeColumn, tr("\"%1\" is not a type; use one of %2 (or the English or Swedish name)")
                                        .arg(text, typeKeys));
        }
        if (columnAt[LevelColumn] >= 0) {
            const QString text = cell(LevelColumn);
            if (const auto level = levels.get(text, &Classification::geoLevelFrom))
                actor.level = *level;
            else if (text.isEmpty())
                problem(LevelColumn, tr("empty; use one of %1 (or the English or Swedish name)").arg(levelKeys));
            else
                problem(LevelColumn, tr("\"%1\" is not a level; use one of %2 (or the English or Swedish name)")
                                         .arg(text, levelKeys));
        }
        {
            const QString text = cell(AreasColumn);
            if (const auto areas = areaLists.get(text, &Classification::areasFrom))
                actor.areas = *areas;
            else
                problem(AreasColumn, tr("\"%1\" is not a list of areas; use %2 separated by \"|\" "
                                        "(or the English or Swedish names), or leave it empty")
                                         .arg(text, areaKeys));
        }
        {
            const QString text = cell(RolesColumn);
            if (const auto roles = roleLists.get(text, &Classification::actorRolesFrom))
                actor.roles = *roles;
            else
                problem(RolesColumn, tr("\"%1\" is not a list of roles; use %2 separated by \"|\" "
                                        "(or the English or Swedish names), or leave it empty")
                                         .arg(text, roleKeys));
        }

        // The validator's rules; today it checks the name and the organisation number.
        // A message that disappears when the number is taken away is about the number.
        // (The second look, without the number, only for rows with a problem: most rows
        // have none, and 100 000 rows should not be validated twice.)
        const QStringList validation = ActorValidator::validate(actor); // normalises the number
        bool numberValid = !actor.organisationNumber.isEmpty();
        if (!validation.isEmpty()) {
            Actor withoutNumber = actor;
            withoutNumber.organisationNumber.clear();
            const QStringList otherProblems = ActorValidator::validate(withoutNumber);
            for (const QString &message : validation) {
                const bool aboutNumber = !otherProblems.contains(message);
                problem(aboutNumber ? OrganisationNumberColumn : NameColumn, message);
                if (aboutNumber)
                    numberValid = false;
            }
        }
        if (numberValid) {
            const auto it = seenNumbers.constFind(actor.organisationNumber);
            if (it != seenNumbers.constEnd())
                problem(OrganisationNumberColumn,
                        tr("the same organisation number as line %1 (%2)").arg(QString::number(it->line), it->name));
            else
                seenNumbers.insert(actor.organisationNumber, {line, actor.name});
        }

        if (out.problems.size() == before)
            out.valid.append({line, std::move(actor)});
    }
    return out;
}

QByteArray ActorCsv::write(const ActorList &actors, QChar delimiter)
{
    QVector<QStringList> rows;
    rows.reserve(actors.size());
    for (const Actor &a : actors) {
        rows.append({a.name, a.organisationNumber, Classification::key(a.type), Classification::key(a.level),
                     a.municipality, a.address, a.postalCode, a.city, Classification::keys(a.areas),
                     Classification::keys(a.roles), a.notes});
    }
    return CsvWriter::write(columns(), rows, delimiter, true);
}
