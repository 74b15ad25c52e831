#include "Classification.h"

#include <QRegularExpression>

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *key;
    const char *label;    // English source string, translated through Classification
    const char *swedish;  // Swedish label, always accepted on import whatever the UI language
};

const Entry<ActorType> kActorTypes[] = {
    {ActorType::PrivateEmployer, "private_employer", QT_TRANSLATE_NOOP("Classification", "Private employer"), "Privat arbetsgivare"},
    {ActorType::PublicEmployer, "public_employer", QT_TRANSLATE_NOOP("Classification", "Public employer"), "Offentlig arbetsgivare"},
    {ActorType::Municipality, "municipality", QT_TRANSLATE_NOOP("Classification", "Municipality"), "Kommun"},
    {ActorType::Region, "region", QT_TRANSLATE_NOOP("Classification", "Region"), "Region"},
    {ActorType::EmployeeOrganisation, "employee_organisation", QT_TRANSLATE_NOOP("Classification", "Employee organisation"), "Arbetstagarorganisation"},
    {ActorType::EmployerOrganisation, "employer_organisation", QT_TRANSLATE_NOOP("Classification", "Industry or employer organisation"), "Bransch- eller arbetsgivarorganisation"},
    {ActorType::CompulsorySchool, "compulsory_school", QT_TRANSLATE_NOOP("Classification", "Compulsory school"), "Grundskola"},
    {ActorType::UpperSecondary, "upper_secondary", QT_TRANSLATE_NOOP("Classification", "Upper secondary school"), "Gymnasieskola"},
    {ActorType::AdultEducation, "adult_education", QT_TRANSLATE_NOOP("Classification", "Adult education (Komvux)"), "Vuxenutbildning (Komvux)"},
    {ActorType::FolkHighSchool, "folk_high_school", QT_TRANSLATE_NOOP("Classification", "Folk high school"), "Folkhögskola"},
    {ActorType::HigherVocational, "higher_vocational", QT_TRANSLATE_NOOP("Classification", "Higher vocational education (YH)"), "Yrkeshögskola (YH)"},
    {ActorType::University, "university", QT_TRANSLATE_NOOP("Classification", "University"), "Universitet eller högskola"},
    {ActorType::LabourMarketTraining, "labour_market_training", QT_TRANSLATE_NOOP("Classification", "Labour-market training"), "Arbetsmarknadsutbildning"},
    {ActorType::Authority, "authority", QT_TRANSLATE_NOOP("Classification", "Authority"), "Myndighet"},
    {ActorType::CooperationBody, "cooperation_body", QT_TRANSLATE_NOOP("Classification", "Cooperation body"), "Samverkansorgan"},
    {ActorType::BusinessSupport, "business_support", QT_TRANSLATE_NOOP("Classification", "Business support"), "Företagsfrämjande aktör"},
    {ActorType::CivilSociety, "civil_society", QT_TRANSLATE_NOOP("Classification", "Civil society"), "Civilsamhälle"},
};

const Entry<GeoLevel> kLevels[] = {
    {GeoLevel::Local, "local", QT_TRANSLATE_NOOP("Classification", "Local"), "Lokal"},
    {GeoLevel::Regional, "regional", QT_TRANSLATE_NOOP("Classification", "Regional"), "Regional"},
    {GeoLevel::CrossRegional, "cross_regional", QT_TRANSLATE_NOOP("Classification", "Cross-regional"), "Överregional"},
    {GeoLevel::National, "national", QT_TRANSLATE_NOOP("Classification", "National"), "Nationell"},
};

const Entry<Area> kAreas[] = {
    {Area::TrainingMatching, "training", QT_TRANSLATE_NOOP("Classification", "Training & Matching"), "Utbildning & Matchning"},
    {Area::TransitionGuidance, "guidance", QT_TRANSLATE_NOOP("Classification", "Transition & Guidance"), "Omställning & Vägledning"},
    {Area::Preparatory, "preparatory", QT_TRANSLATE_NOOP("Classification", "Preparatory measures"), "Förberedande insatser"},
};

const Entry<ActorRole> kRoles[] = {
    {ActorRole::Employs, "employs", QT_TRANSLATE_NOOP("Classification", "Employs"), "Anställer"},
    {ActorRole::Educates, "educates", QT_TRANSLATE_NOOP("Classification", "Educates"), "Utbildar"},
    {ActorRole::FocusesOnGroups, "groups", QT_TRANSLATE_NOOP("Classification", "Focuses on particular groups"), "Har fokus på vissa grupper"},
};

const Entry<BodyKind> kBodyKinds[] = {
    {BodyKind::RegionalSteeringGroup, "regional_steering_group", QT_TRANSLATE_NOOP("Classification", "Regional steering group"), "Regional styrgrupp"},
    {BodyKind::LocalSteeringGroup, "local_steering_group", QT_TRANSLATE_NOOP("Classification", "Local steering group"), "Lokal styrgrupp"},
    {BodyKind::IndustryForum, "industry_forum", QT_TRANSLATE_NOOP("Classification", "Industry forum"), "Branschforum"},
    {BodyKind::WorkingCommittee, "working_committee", QT_TRANSLATE_NOOP("Classification", "Working committee"), "Arbetsutskott"},
    {BodyKind::CooperationCouncil, "cooperation_council", QT_TRANSLATE_NOOP("Classification", "Cooperation council"), "Samverkansråd"},
    {BodyKind::ProgrammeCouncil, "programme_council", QT_TRANSLATE_NOOP("Classification", "Programme council"), "Programråd"},
    {BodyKind::LocalCompetenceWorkshop, "local_competence_workshop", QT_TRANSLATE_NOOP("Classification", "Local competence workshop"), "Lokal kompetensverkstad"},
};

const Entry<MemberRole> kMemberRoles[] = {
    {MemberRole::Chair, "chair", QT_TRANSLATE_NOOP("Classification", "Chair"), "Ordförande"},
    {MemberRole::ViceChair, "vice_chair", QT_TRANSLATE_NOOP("Classification", "Vice chair"), "Vice ordförande"},
    {MemberRole::Member, "member", QT_TRANSLATE_NOOP("Classification", "Member"), "Ledamot"},
    {MemberRole::Deputy, "deputy", QT_TRANSLATE_NOOP("Classification", "Deputy"), "Ersättare"},
    {MemberRole::CoOpted, "co_opted", QT_TRANSLATE_NOOP("Classification", "Co-opted"), "Adjungerad"},
    {MemberRole::Secretary, "secretary", QT_TRANSLATE_NOOP("Classification", "Secretary"), "Sekreterare"},
    {MemberRole::Convener, "convener", QT_TRANSLATE_NOOP("Classification", "Convener"), "Sammankallande"},
    {MemberRole::ProcessLeader, "process_leader", QT_TRANSLATE_NOOP("Classification", "Process leader"), "Processledare"},
};

template <typename E, std::size_t N>
QVector<E> valuesOf(const Entry<E> (&table)[N])
{
    QVector<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

template <typename E, std::size_t N>
const Entry<E> &entryOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table)
        if (e.value == value)
            return e;
    return table[0];
}

template <typename E, std::size_t N>
std::optional<E> parseOne(const Entry<E> (&table)[N], const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const auto &e : table) {
        if (t.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0
            || t.compare(QString::fromUtf8(e.swedish), Qt::CaseInsensitive) == 0
            || t.compare(QCoreApplication::translate("Classification", e.label), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const Entry<E> (&table)[N], const QString &key)
{
    for (const auto &e : table)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <typename Flags, typename E, std::size_t N>
std::optional<Flags> parseFlags(const Entry<E> (&table)[N], const QString &text)
{
    Flags flags;
    static const QRegularExpression separators(QStringLiteral("[|,/]"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const auto one = parseOne(table, part);
        if (!one)
            return std::nullopt;
        flags |= *one;
    }
    return flags;
}

template <typename Flags, typename E, std::size_t N>
QStringList flagTexts(const Entry<E> (&table)[N], Flags flags, bool translated)
{
    QStringList out;
    for (const auto &e : table)
        if (flags.testFlag(e.value))
            out << (translated ? QCoreApplication::translate("Classification", e.label)
                               : QString::fromLatin1(e.key));
    return out;
}

} // namespace

QVector<ActorType> Classification::actorTypes() { return valuesOf(kActorTypes); }
QString Classification::key(ActorType t) { return QString::fromLatin1(entryOf(kActorTypes, t).key); }
QString Classification::label(ActorType t) { return tr(entryOf(kActorTypes, t).label); }
std::optional<ActorType> Classification::actorTypeFrom(const QString &text) { return parseOne(kActorTypes, text); }
std::optional<ActorType> Classification::actorTypeFromKey(const QString &key) { return fromKey(kActorTypes, key); }

ActorGroup Classification::group(ActorType t)
{
    switch (t) {
    case ActorType::PrivateEmployer:
    case ActorType::PublicEmployer:
    case ActorType::EmployeeOrganisation:
    case ActorType::EmployerOrganisation:
        return ActorGroup::Employers;
    case ActorType::CompulsorySchool:
    case ActorType::UpperSecondary:
    case ActorType::AdultEducation:
    case ActorType::FolkHighSchool:
    case ActorType::HigherVocational:
    case ActorType::University:
    case ActorType::LabourMarketTraining:
        return ActorGroup::Educators;
    case ActorType::CivilSociety:
        return ActorGroup::GroupFocused;
    case ActorType::Municipality:
    case ActorType::Region:
    case ActorType::Authority:
    case ActorType::CooperationBody:
        return ActorGroup::Authorities;
    case ActorType::BusinessSupport:
        return ActorGroup::BusinessSupport;
    }
    return ActorGroup::Authorities;
}

QString Classification::label(ActorGroup g)
{
    switch (g) {
    case ActorGroup::Employers: return tr("Those who employ");
    case ActorGroup::Educators: return tr("Those who educate");
    case ActorGroup::GroupFocused: return tr("Focused on particular groups");
    case ActorGroup::Authorities: return tr("Authorities and cooperation bodies");
    case ActorGroup::BusinessSupport: return tr("Business support");
    }
    return {};
}

QVector<GeoLevel> Classification::geoLevels() { return valuesOf(kLevels); }
QString Classification::key(GeoLevel l) { return QString::fromLatin1(entryOf(kLevels, l).key); }
QString Classification::label(GeoLevel l) { return tr(entryOf(kLevels, l).label); }
std::optional<GeoLevel> Classification::geoLevelFrom(const QString &text) { return parseOne(kLevels, text); }
std::optional<GeoLevel> Classification::geoLevelFromKey(const QString &key) { return fromKey(kLevels, key); }

QVector<Area> Classification::areas() { return valuesOf(kAreas); }
QString Classification::key(Area a) { return QString::fromLatin1(entryOf(kAreas, a).key); }
QString Classification::label(Area a) { return tr(entryOf(kAreas, a).label); }
QString Classification::colorName(Area a)
{
    switch (a) {
    case Area::TrainingMatching: return QStringLiteral("#4caf50");
    case Area::TransitionGuidance: return QStringLiteral("#2f80c9");
    case Area::Preparatory: return QStringLiteral("#f2c230");
    case Area::None: break;
    }
    return QStringLiteral("#9e9e9e");
}
QString Classification::textColorName(Area a)
{
    // The area's colour dark enough for text on a light background (yellow would not be).
    switch (a) {
    case Area::TrainingMatching: return QStringLiteral("#2e7d32");
    case Area::TransitionGuidance: return QStringLiteral("#1f5f9e");
    case Area::Preparatory: return QStringLiteral("#8a6a00");
    case Area::None: break;
    }
    return QStringLiteral("#616161");
}
QString Classification::keys(Areas a) { return flagTexts(kAreas, a, false).join(QLatin1Char('|')); }
QString Classification::labels(Areas a) { return flagTexts(kAreas, a, true).join(QStringLiteral(", ")); }
std::optional<Areas> Classification::areasFrom(const QString &text) { return parseFlags<Areas>(kAreas, text); }

QVector<ActorRole> Classification::actorRoles() { return valuesOf(kRoles); }
QString Classification::key(ActorRole r) { return QString::fromLatin1(entryOf(kRoles, r).key); }
QString Classification::label(ActorRole r) { return tr(entryOf(kRoles, r).label); }
QString Classification::keys(ActorRoles r) { return flagTexts(kRoles, r, false).join(QLatin1Char('|')); }
QString Classification::labels(ActorRoles r) { return flagTexts(kRoles, r, true).join(QStringLiteral(", ")); }
std::optional<ActorRoles> Classification::actorRolesFrom(const QString &text) { return parseFlags<ActorRoles>(kRoles, text); }

QVector<BodyKind> Classification::bodyKinds() { return valuesOf(kBodyKinds); }
QString Classification::key(BodyKind k) { return QString::fromLatin1(entryOf(kBodyKinds, k).key); }
QString Classification::label(BodyKind k) { return tr(entryOf(kBodyKinds, k).label); }
std::optional<BodyKind> Classification::bodyKindFrom(const QString &text) { return parseOne(kBodyKinds, text); }

QVector<MemberRole> Classification::memberRoles() { return valuesOf(kMemberRoles); }
QString Classification::key(MemberRole r) { return QString::fromLatin1(entryOf(kMemberRoles, r).key); }
QString Classification::label(MemberRole r) { return tr(entryOf(kMemberRoles, r).label); }
std::optional<MemberRole> Classification::memberRoleFrom(const QString &text) { return parseOne(kMemberRoles, text); }
