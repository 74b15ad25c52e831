#include "DemoAgreements.h"

#include "Agreement.h"
#include "AgreementRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Error broken(const QString &what)
{
    return Error{Error::Kind::Invalid, DemoAgreements::tr("The demo agreements are broken: %1").arg(what)};
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Status DemoAgreements::add(const Database &db, const QByteArray &json, const QHash<QString, qint64> &actorIds)
{
    const QJsonArray agreements = QJsonDocument::fromJson(json).array();
    const AgreementRepository repo(db);
    for (const QJsonValue &v : agreements) {
        const QJsonObject o = v.toObject();
        Agreement a;
        a.name = o.value(QLatin1String("name")).toString();
        a.term = AgreementTerm(dateOf(o.value(QLatin1String("start"))), dateOf(o.value(QLatin1String("end"))),
                               o.value(QLatin1String("notice_months")).toInt(12),
                               o.value(QLatin1String("renewal_months")).toInt(12),
                               o.value(QLatin1String("renewal_notice_months")).toInt(9));
        a.minimumMunicipalities = o.value(QLatin1String("minimum_municipalities")).toInt(3);
        a.regionRequired = o.value(QLatin1String("region_required")).toBool(true);
        const auto method = Agreement::methodFromKey(o.value(QLatin1String("method")).toString());
        if (!method)
            return broken(tr("%1 has an unknown allocation method").arg(a.name));
        a.method = *method;
        a.basisLabel = o.value(QLatin1String("basis")).toString();
        a.notes = o.value(QLatin1String("notes")).toString();
        for (const QJsonValue &pv : o.value(QLatin1String("parties")).toArray()) {
            const QJsonObject p = pv.toObject();
            AgreementParty party;
            party.name = p.value(QLatin1String("actor")).toString();
            party.actorId = actorIds.value(party.name);
            if (!party.actorId)
                return broken(tr("unknown actor %1").arg(party.name));
            party.joinedOn = dateOf(p.value(QLatin1String("joined")));
            party.leftOn = dateOf(p.value(QLatin1String("left")));
            party.weight = qint64(p.value(QLatin1String("weight")).toDouble());
            a.parties.append(party);
        }
        const QString host = o.value(QLatin1String("host")).toString();
        a.hostActorId = actorIds.value(host);
        if (!host.isEmpty() && !a.hostActorId)
            return broken(tr("unknown actor %1").arg(host));
        for (const QJsonValue &mv : o.value(QLatin1String("amendments")).toArray()) {
            const QJsonObject m = mv.toObject();
            a.amendments.append({m.value(QLatin1String("number")).toInt(), dateOf(m.value(QLatin1String("date"))),
                                 m.value(QLatin1String("text")).toString()});
        }
        for (const QJsonValue &cv : o.value(QLatin1String("costs")).toArray()) {
            const QJsonObject c = cv.toObject();
            SharedCost cost{c.value(QLatin1String("name")).toString(), {}};
            const QJsonObject amounts = c.value(QLatin1String("amounts")).toObject();
            for (auto it = amounts.constBegin(); it != amounts.constEnd(); ++it)
                cost.amounts.insert(it.key().toInt(), Money::fromKronor(qint64(it.value().toDouble())));
            a.costs.append(cost);
        }
        if (auto id = repo.add(a); !id)
            return broken(id.errorMessage());
    }
    return {};
}
