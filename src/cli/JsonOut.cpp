#include "JsonOut.h"

#include "ActorCsv.h"
#include "Classification.h"
#include "RecordTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray JsonOut::actors(const ActorList &actors)
{
    static_assert(ActorCsv::ColumnCount == 11, "a new CSV column belongs in the JSON export too");
    const QStringList columns = ActorCsv::columns();
    QJsonArray array;
    for (const Actor &a : actors) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), a.id);
        o.insert(columns.at(ActorCsv::NameColumn), a.name);
        o.insert(columns.at(ActorCsv::OrganisationNumberColumn), a.organisationNumber);
        o.insert(columns.at(ActorCsv::TypeColumn), Classification::key(a.type));
        o.insert(columns.at(ActorCsv::LevelColumn), Classification::key(a.level));
        o.insert(columns.at(ActorCsv::MunicipalityColumn), a.municipality);
        o.insert(columns.at(ActorCsv::AddressColumn), a.address);
        o.insert(columns.at(ActorCsv::PostalCodeColumn), a.postalCode);
        o.insert(columns.at(ActorCsv::CityColumn), a.city);
        o.insert(columns.at(ActorCsv::AreasColumn), Classification::keys(a.areas));
        o.insert(columns.at(ActorCsv::RolesColumn), Classification::keys(a.roles));
        o.insert(columns.at(ActorCsv::NotesColumn), a.notes);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray JsonOut::table(const RecordTable &table)
{
    QJsonArray array;
    for (const QVariantList &row : table.rows) {
        QJsonObject o;
        for (int i = 0; i < table.columns.size() && i < row.size(); ++i)
            o.insert(table.columns.at(i), QJsonValue::fromVariant(row.at(i)));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
