#include "MapRevision.h"

#include "SwedishCollation.h"

#include <QHash>

#include <algorithm>

bool MapFacts::sameMap(const ActorList &a, const ActorList &b)
{
    if (a.size() != b.size())
        return false;
    QHash<qint64, const Actor *> byId;
    byId.reserve(a.size());
    for (const Actor &x : a)
        byId.insert(x.id, &x);
    for (const Actor &y : b) {
        const Actor *x = byId.value(y.id);
        if (!x || !sameName(*x, y) || !sameClassification(*x, y) || x->organisationNumber != y.organisationNumber)
            return false;
    }
    return true;
}

MapRevisionDiff MapRevisionDiff::compute(const ActorList &from, const ActorList &to)
{
    MapRevisionDiff d;
    QHash<qint64, const Actor *> before;
    before.reserve(from.size());
    for (const Actor &a : from)
        before.insert(a.id, &a);
    QHash<qint64, const Actor *> after;
    after.reserve(to.size());
    for (const Actor &a : to)
        after.insert(a.id, &a);
    for (const Actor &a : to) {
        const Actor *old = before.value(a.id);
        if (!old) {
            d.added.append(a);
            continue;
        }
        if (!MapFacts::sameName(*old, a))
            d.renamed.append({*old, a});
        if (!MapFacts::sameClassification(*old, a))
            d.reclassified.append({*old, a});
    }
    for (const Actor &a : from)
        if (!after.contains(a.id))
            d.removed.append(a);
    const auto byName = [](const Actor &x, const Actor &y) {
        return SwedishCollation::compare(x.name, y.name) < 0;
    };
    const auto pairByName = [&](const QPair<Actor, Actor> &x, const QPair<Actor, Actor> &y) {
        return byName(x.second, y.second);
    };
    std::sort(d.added.begin(), d.added.end(), byName);
    std::sort(d.removed.begin(), d.removed.end(), byName);
    std::sort(d.reclassified.begin(), d.reclassified.end(), pairByName);
    std::sort(d.renamed.begin(), d.renamed.end(), pairByName);
    return d;
}

QString MapRevisionDiff::placeOf(const Actor &a)
{
    QString s = Classification::label(a.type) + QStringLiteral(", ") + Classification::label(a.level).toLower();
    if (!a.municipality.isEmpty())
        s += QStringLiteral(", ") + a.municipality;
    if (a.areas)
        s += QStringLiteral("; ") + Classification::labels(a.areas);
    return s;
}

QStringList MapRevisionDiff::describe() const
{
    QStringList out;
    for (const Actor &a : added)
        out << tr("Added: %1 (%2)").arg(a.name, placeOf(a));
    for (const Actor &a : removed)
        out << tr("Removed: %1 (%2)").arg(a.name, placeOf(a));
    for (const auto &p : renamed)
        out << tr("Renamed: %1 is now called %2").arg(p.first.name, p.second.name);
    for (const auto &p : reclassified)
        out << tr("Reclassified: %1 from %2 to %3").arg(p.second.name, placeOf(p.first), placeOf(p.second));
    return out;
}
