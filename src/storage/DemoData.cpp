#include "DemoData.h"

#include "ActorImport.h"
#include "ActorRepository.h"
#include "BodyRepository.h"
#include "CsvReader.h"
#include "DemoAgreements.h"
#include "DemoBudgets.h"
#include "DemoMinutes.h"
#include "DemoWheels.h"
#include "MapRevisionRepository.h"
#include "Database.h"
#include "PersonRepository.h"
#include "WriteTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Error demoError(const QString &what)
{
    return Error{Error::Kind::Invalid, DemoData::tr("The demo data is broken: %1").arg(what)};
}

} // namespace

Status DemoData::populate(const Database &db)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;

    auto imported = ActorImport::run(db, resource(QStringLiteral("actors.csv")), false);
    if (!imported)
        return imported.error();
    if (!imported->problems.isEmpty())
        return demoError(imported->problems.first().toString());

    auto actors = ActorRepository(db).all();
    if (!actors)
        return actors.error();
    QHash<QString, qint64> actorIds;
    for (const Actor &a : *actors)
        actorIds.insert(a.name, a.id);

    auto people = CsvReader::parse(resource(QStringLiteral("people.csv")));
    if (!people)
        return people.error();
    QHash<QString, qint64> personIds;
    const PersonRepository personRepo(db);
    for (const QStringList &row : people->rows) {
        if (row.size() < 7)
            return demoError(tr("a row of people.csv has %1 fields").arg(row.size()));
        Person p;
        p.name = row.at(0);
        p.title = row.at(1);
        p.actorId = actorIds.value(row.at(2));
        if (!row.at(2).isEmpty() && p.actorId == 0)
            return demoError(tr("people.csv names an unknown organisation %1").arg(row.at(2)));
        p.email = row.at(3);
        p.phone = row.at(4);
        p.party = row.at(5);
        p.notes = row.at(6);
        auto id = personRepo.add(p);
        if (!id)
            return id.error();
        personIds.insert(p.name, *id);
    }

    const QJsonArray bodies = QJsonDocument::fromJson(resource(QStringLiteral("bodies.json"))).array();
    const BodyRepository bodyRepo(db);
    QHash<QString, qint64> bodyIds;
    for (const QJsonValue &v : bodies) { // parents first: a second pass links them
        const QJsonObject o = v.toObject();
        Body b;
        b.name = o.value(QLatin1String("name")).toString();
        b.kind = Classification::bodyKindFrom(o.value(QLatin1String("kind")).toString()).value_or(BodyKind::IndustryForum);
        const auto areas = Classification::areasFrom(o.value(QLatin1String("area")).toString());
        b.area = areas && *areas ? Area(areas->toInt()) : Area::None;
        b.level = Classification::geoLevelFrom(o.value(QLatin1String("level")).toString()).value_or(GeoLevel::Regional);
        b.ownerActorId = actorIds.value(o.value(QLatin1String("owner")).toString());
        b.municipality = o.value(QLatin1String("municipality")).toString();
        b.notes = o.value(QLatin1String("notes")).toString();
        auto id = bodyRepo.add(b);
        if (!id)
            return id.error();
        bodyIds.insert(b.name, *id);
    }
    for (const QJsonValue &v : bodies) {
        const QJsonObject o = v.toObject();
        const qint64 bodyId = bodyIds.value(o.value(QLatin1String("name")).toString());
        const QString parent = o.value(QLatin1String("parent")).toString();
        if (!parent.isEmpty()) {
            auto b = bodyRepo.find(bodyId);
            if (!b)
                return b.error();
            Body body = *b;
            body.parentBodyId = bodyIds.value(parent);
            if (body.parentBodyId == 0)
                return demoError(tr("bodies.json names an unknown parent %1").arg(parent));
            if (Status s = bodyRepo.update(body); !s)
                return s;
        }
        for (const QJsonValue &mv : o.value(QLatin1String("members")).toArray()) {
            const QJsonObject mo = mv.toObject();
            Membership m;
            m.bodyId = bodyId;
            m.personId = personIds.value(mo.value(QLatin1String("person")).toString());
            m.actorId = actorIds.value(mo.value(QLatin1String("organisation")).toString());
            m.role = Classification::memberRoleFrom(mo.value(QLatin1String("role")).toString()).value_or(MemberRole::Member);
            auto id = bodyRepo.addMember(m);
            if (!id)
                return id.error();
        }
    }
    if (Status s = DemoBudgets::add(db, resource(QStringLiteral("budgets.json")), actorIds); !s)
        return s;
    if (Status s = DemoWheels::add(db, QDate::currentDate().year()); !s)
        return s;
    if (Status s = DemoMinutes::add(db, resource(QStringLiteral("minutes.json"))); !s)
        return s;
    // The map as the region first published it (001 §5.1: a formal document with an owner).
    auto mapActors = ActorRepository(db).all();
    if (!mapActors)
        return mapActors.error();
    auto revision = MapRevisionRepository(db).publish(
        QStringLiteral("Region Sörmland, Kompetensverkstan"),
        QStringLiteral("Första utgåvan av landskapskartan"), *mapActors,
        QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    if (!revision)
        return revision.error();
    if (Status s = DemoAgreements::add(db, resource(QStringLiteral("agreements.json")), actorIds); !s)
        return s;
    return tx.commit();
}
