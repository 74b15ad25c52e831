#include "BodyComposition.h"

bool BodyComposition::counts(MemberRole role)
{
    return role == MemberRole::Chair || role == MemberRole::ViceChair || role == MemberRole::Member;
}

bool BodyComposition::isCompany(ActorType t)
{
    return t == ActorType::PrivateEmployer;
}

bool BodyComposition::isEmployerSide(ActorType t)
{
    return t == ActorType::PrivateEmployer || t == ActorType::PublicEmployer
        || t == ActorType::EmployerOrganisation;
}

bool BodyComposition::isIndustry(ActorType t)
{
    return t == ActorType::PrivateEmployer || t == ActorType::EmployerOrganisation;
}

BodyComposition::Counts BodyComposition::count(const QVector<Seat> &seats)
{
    Counts c;
    for (const Seat &s : seats) {
        if (!counts(s.role))
            continue;
        ++c.voting;
        if (s.organisationType && isCompany(*s.organisationType))
            ++c.companies;
        if (s.organisationType && isEmployerSide(*s.organisationType))
            ++c.employerSide;
    }
    return c;
}

QStringList BodyComposition::warnings(BodyKind kind, const QVector<Seat> &seats)
{
    QStringList out;
    const Counts c = count(seats);
    switch (kind) {
    case BodyKind::RegionalSteeringGroup:
    case BodyKind::LocalSteeringGroup: {
        if (c.voting == 0) {
            out << tr("The steering group has no members yet.");
            break;
        }
        if (c.companies * 2 <= c.voting)
            out << tr("Companies are not in majority: %1 of %2 counting members are companies "
                      "(co-opted members do not count).")
                       .arg(c.companies)
                       .arg(c.voting);
        const Seat *chair = nullptr;
        for (const Seat &s : seats)
            if (s.role == MemberRole::Chair)
                chair = &s;
        if (!chair)
            out << tr("The steering group has no chair; the chair is to come from industry.");
        else if (!chair->organisationType || !isIndustry(*chair->organisationType))
            out << tr("The chair (%1) does not come from industry.").arg(chair->name);
        break;
    }
    case BodyKind::IndustryForum:
        if (c.voting > 0 && c.employerSide * 2 < c.voting)
            out << tr("The employer side is a minority: %1 of %2 counting members.")
                       .arg(c.employerSide)
                       .arg(c.voting);
        break;
    default:
        break;
    }
    int chairs = 0;
    for (const Seat &s : seats)
        if (s.role == MemberRole::Chair)
            ++chairs;
    if (chairs > 1)
        out << tr("The body has %1 chairs; it should have one.").arg(chairs);
    return out;
}
