#include "Actor.h"

#include "OrganisationNumber.h"

QStringList ActorValidator::validate(Actor &actor)
{
    QStringList problems;
    actor.name = actor.name.trimmed();
    if (actor.name.isEmpty())
        problems << tr("The name is empty.");
    else if (actor.name.size() > 200)
        problems << tr("The name is longer than 200 characters.");
    if (!actor.organisationNumber.trimmed().isEmpty()) {
        QString why;
        const QString normalised = OrganisationNumber::normalise(actor.organisationNumber, &why);
        if (normalised.isEmpty())
            problems << why;
        else
            actor.organisationNumber = normalised;
    } else {
        actor.organisationNumber.clear();
    }
    return problems;
}
