#pragma once

#include "Classification.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

// The composition rules of the seeds, checked for one body:
// - a steering group (000): companies in majority, chair from industry;
// - an industry forum (001 §6.4.1): the employer side is not a minority;
// co-opted members, secretaries, conveners and process leaders take part
// without counting; deputies count only where no member is given.
class BodyComposition
{
    Q_DECLARE_TR_FUNCTIONS(BodyComposition)
public:
    struct Seat
    {
        MemberRole role = MemberRole::Member;
        std::optional<ActorType> organisationType; // unknown when the seat has no organisation
        QString name;                              // for messages
    };

    struct Counts
    {
        int voting = 0;
        int companies = 0;     // private employers
        int employerSide = 0;  // private and public employers and their organisations
    };

    static bool counts(MemberRole role);
    static bool isCompany(ActorType t);
    static bool isEmployerSide(ActorType t);
    static bool isIndustry(ActorType t); // may provide a steering group's chair
    static Counts count(const QVector<Seat> &seats);

    // Readable warnings; empty when the body meets the rules for its kind.
    static QStringList warnings(BodyKind kind, const QVector<Seat> &seats);
};
