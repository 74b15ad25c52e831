#include "MapFilter.h"

bool MapFilter::matches(const Actor &a) const
{
    if (areas && !(a.areas & areas))
        return false;
    if (roles && !(a.roles & roles))
        return false;
    if (type && a.type != *type)
        return false;
    if (municipality && a.municipality.trimmed().compare(municipality->trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (members && !members->contains(a.id))
        return false;
    // Every word somewhere: "kommun eskilstuna" finds Eskilstuna kommun.
    for (const QStringView word : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!a.name.contains(word, Qt::CaseInsensitive) && !a.municipality.contains(word, Qt::CaseInsensitive)
            && !a.organisationNumber.contains(word))
            return false;
    }
    return true;
}

QVector<bool> MapFilter::apply(const ActorList &actors) const
{
    QVector<bool> out(actors.size(), true);
    if (isEmpty())
        return out;
    for (int i = 0; i < actors.size(); ++i)
        out[i] = matches(actors.at(i));
    return out;
}
