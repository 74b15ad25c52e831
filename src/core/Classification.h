#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// The classifications of the domain (DOMAIN.md). Each has a stable key, stored in the
// database and written in CSV/JSON, and a translated label for people.

enum class ActorType {
    PrivateEmployer,
    PublicEmployer,
    Municipality,
    Region,
    EmployeeOrganisation,
    EmployerOrganisation,
    CompulsorySchool,
    UpperSecondary,
    AdultEducation,
    FolkHighSchool,
    HigherVocational,
    University,
    LabourMarketTraining,
    Authority,
    CooperationBody,
    BusinessSupport,
    CivilSociety,
};

// The column groups of the landscape map: which side of the cooperation a type is on.
enum class ActorGroup { Employers, Educators, GroupFocused, Authorities, BusinessSupport };

enum class GeoLevel { Local, Regional, CrossRegional, National };

// The three areas of 001: green, blue, yellow.
enum class Area {
    None = 0,
    TrainingMatching = 1,     // Utbildning & Matchning
    TransitionGuidance = 2,   // Omställning & Vägledning
    Preparatory = 4,          // Förberedande insatser
};
Q_DECLARE_FLAGS(Areas, Area)
Q_DECLARE_OPERATORS_FOR_FLAGS(Areas)

// The three roles that meet in the areas.
enum class ActorRole {
    None = 0,
    Employs = 1,        // De som anställer
    Educates = 2,       // Utbildare
    FocusesOnGroups = 4 // Har fokus på vissa grupper
};
Q_DECLARE_FLAGS(ActorRoles, ActorRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(ActorRoles)

enum class BodyKind {
    RegionalSteeringGroup,
    LocalSteeringGroup,
    IndustryForum,
    WorkingCommittee,
    CooperationCouncil,
    ProgrammeCouncil,
    LocalCompetenceWorkshop,
};

enum class MemberRole { Chair, ViceChair, Member, Deputy, CoOpted, Secretary, Convener, ProcessLeader };

class Classification
{
    Q_DECLARE_TR_FUNCTIONS(Classification)
public:
    static QVector<ActorType> actorTypes();
    static QString key(ActorType t);
    static QString label(ActorType t);
    static ActorGroup group(ActorType t);
    static QString label(ActorGroup g);
    // Accepts a key, an English label or a Swedish label, case-insensitively.
    static std::optional<ActorType> actorTypeFrom(const QString &text);
    // Exact stored key only; fast (used when reading the database).
    static std::optional<ActorType> actorTypeFromKey(const QString &key);

    static QVector<GeoLevel> geoLevels();
    static QString key(GeoLevel l);
    static QString label(GeoLevel l);
    static std::optional<GeoLevel> geoLevelFrom(const QString &text);
    static std::optional<GeoLevel> geoLevelFromKey(const QString &key);

    static QVector<Area> areas();
    static QString key(Area a);
    static QString label(Area a);
    static QString colorName(Area a);
    // The same colour for text on a light background (the area's name in a dialog).
    static QString textColorName(Area a);
    static QString keys(Areas a);                 // "training|guidance"
    static QString labels(Areas a);               // "Training & Matching, ..."
    static std::optional<Areas> areasFrom(const QString &text); // "|" "," or "/" separated

    static QVector<ActorRole> actorRoles();
    static QString key(ActorRole r);
    static QString label(ActorRole r);
    static QString keys(ActorRoles r);
    static QString labels(ActorRoles r);
    static std::optional<ActorRoles> actorRolesFrom(const QString &text);

    static QVector<BodyKind> bodyKinds();
    static QString key(BodyKind k);
    static QString label(BodyKind k);
    static std::optional<BodyKind> bodyKindFrom(const QString &text);

    static QVector<MemberRole> memberRoles();
    static QString key(MemberRole r);
    static QString label(MemberRole r);
    static std::optional<MemberRole> memberRoleFrom(const QString &text);
};
