#include "DemoBudgets.h"

#include "Budget.h"
#include "BudgetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Error broken(const QString &what)
{
    return Error{Error::Kind::Invalid, DemoBudgets::tr("The demo budgets are broken: %1").arg(what)};
}

QMap<int, Money> amountsFrom(const QJsonObject &o)
{
    QMap<int, Money> out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key().toInt(), Money::fromKronor(qint64(it.value().toDouble())));
    return out;
}

} // namespace

// "outcome": {"2023": kronor} and "outcome_quarters": {"2024": [q1, q2, ...]} on a line.
Status DemoBudgets::addOutcome(const BudgetRepository &repo, qint64 id, const QJsonObject &o)
{
    auto stored = repo.load(id);
    if (!stored)
        return stored.error();
    const Budget &b = *stored;
    QVector<qint64> lineIds; // costs, then financing, in file (= stored) order
    for (const CostLine &l : b.costLines())
        lineIds << l.id;
    for (const FinancingLine &l : b.financingLines())
        lineIds << l.id;
    QJsonArray lines = o.value(QLatin1String("costs")).toArray();
    for (const QJsonValue &f : o.value(QLatin1String("financing")).toArray())
        lines.append(f);
    BudgetOutcome outcome;
    for (int i = 0; i < lines.size() && i < lineIds.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QJsonObject years = line.value(QLatin1String("outcome")).toObject();
        for (auto it = years.begin(); it != years.end(); ++it)
            if (Status s = outcome.set(b, lineIds.at(i), it.key().toInt(), 0,
                                       Money::fromKronor(qint64(it.value().toDouble())));
                !s)
                return broken(s.errorMessage());
        const QJsonObject quarters = line.value(QLatin1String("outcome_quarters")).toObject();
        for (auto it = quarters.begin(); it != quarters.end(); ++it) {
            const QJsonArray q = it.value().toArray();
            for (int quarter = 1; quarter <= q.size() && quarter <= 4; ++quarter)
                if (Status s = outcome.set(b, lineIds.at(i), it.key().toInt(), quarter,
                                           Money::fromKronor(qint64(q.at(quarter - 1).toDouble())));
                    !s)
                    return broken(s.errorMessage());
        }
    }
    return outcome.isEmpty() ? Status() : repo.saveOutcome(id, b, outcome);
}

Status DemoBudgets::add(const Database &db, const QByteArray &json, const QHash<QString, qint64> &actorIds)
{
    const QJsonArray budgets = QJsonDocument::fromJson(json).array();
    const BudgetRepository repo(db);
    auto actor = [&](const QString &name, qint64 *id) -> Status {
        *id = actorIds.value(name);
        return *id ? Status() : broken(tr("unknown actor %1").arg(name));
    };
    for (const QJsonValue &v : budgets) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        auto created = Budget::create(o.value(QLatin1String("first_year")).toInt(),
                                      o.value(QLatin1String("last_year")).toInt(), name);
        if (!created)
            return broken(created.errorMessage());
        Budget b = std::move(created).value();

        QVector<qint64> costIds; // in file order: "computed_from" is an index into costs
        for (const QJsonValue &cv : o.value(QLatin1String("costs")).toArray()) {
            const QJsonObject c = cv.toObject();
            const auto category = Budget::costCategoryFromKey(c.value(QLatin1String("category")).toString());
            if (!category)
                return broken(tr("unknown cost category %1").arg(c.value(QLatin1String("category")).toString()));
            CostLine line{0, *category, c.value(QLatin1String("name")).toString(),
                          amountsFrom(c.value(QLatin1String("amounts")).toObject()), {}};
            if (c.contains(QLatin1String("computed_from"))) {
                const int source = c.value(QLatin1String("computed_from")).toInt(-1);
                if (source < 0 || source >= costIds.size())
                    return broken(tr("%1 is computed from an unknown line").arg(name));
                line.computation = LineComputation{
                    costIds.at(source), c.value(QLatin1String("basis_points")).toInt(),
                    c.value(QLatin1String("rounding")).toString() == QLatin1String("ore") ? Money::Rounding::ToOre
                                                                                          : Money::Rounding::ToKronor};
            }
            auto id = b.addCostLine(line);
            if (!id)
                return broken(id.errorMessage());
            costIds.append(*id);
        }
        for (const QJsonValue &fv : o.value(QLatin1String("financing")).toArray()) {
            const QJsonObject f = fv.toObject();
            FinancingLine line;
            line.funderName = f.value(QLatin1String("funder")).toString();
            if (Status s = actor(line.funderName, &line.funderActorId); !s)
                return s;
            const auto kind = Budget::funderKindFromKey(f.value(QLatin1String("kind")).toString());
            const auto status = Budget::fundingStatusFromKey(f.value(QLatin1String("status")).toString());
            if (!kind || !status)
                return broken(tr("a financing line of %1 has an unknown kind or status").arg(name));
            line.kind = *kind;
            line.status = *status;
            line.amounts = amountsFrom(f.value(QLatin1String("amounts")).toObject());
            if (auto id = b.addFinancingLine(line); !id)
                return broken(id.errorMessage());
        }
        for (const QJsonValue &capv : o.value(QLatin1String("caps")).toArray()) {
            const QJsonObject c = capv.toObject();
            FunderCap cap;
            if (Status s = actor(c.value(QLatin1String("funder")).toString(), &cap.funderActorId); !s)
                return s;
            if (c.contains(QLatin1String("max_basis_points")))
                cap.maxBasisPoints = c.value(QLatin1String("max_basis_points")).toInt();
            if (c.contains(QLatin1String("max_amount")))
                cap.maxAmount = Money::fromKronor(qint64(c.value(QLatin1String("max_amount")).toDouble()));
            cap.scope = c.value(QLatin1String("scope")).toString() == QLatin1String("per_year")
                ? FunderCap::Scope::PerYear
                : FunderCap::Scope::Overall;
            if (Status s = b.setFunderCap(cap); !s)
                return broken(s.errorMessage());
        }
        qint64 owner = 0;
        if (const QString ownerName = o.value(QLatin1String("owner")).toString(); !ownerName.isEmpty())
            if (Status s = actor(ownerName, &owner); !s)
                return s;
        auto id = repo.add(name, b, owner);
        if (!id)
            return id.error();
        if (Status s = addOutcome(repo, *id, o); !s)
            return s;
    }
    return {};
}
