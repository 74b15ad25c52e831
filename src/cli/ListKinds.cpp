#include "ListKinds.h"

#include "ActorRepository.h"
#include "AgreementRepository.h"
#include "BodyRepository.h"
#include "BudgetRepository.h"
#include "Classification.h"
#include "MeetingRepository.h"
#include "MinutesRepository.h"
#include "MapRevisionRepository.h"
#include "PersonRepository.h"
#include "WheelRepository.h"

namespace {

Result<RecordTable> actorRows(const Database &db)
{
    auto actors = ActorRepository(db).all();
    if (!actors)
        return actors.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("name")}, {}};
    table.rows.reserve(actors->size());
    for (const Actor &a : *actors)
        table.rows.append({a.id, a.name});
    return table;
}

Result<RecordTable> personRows(const Database &db)
{
    auto people = PersonRepository(db).all();
    if (!people)
        return people.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("name")}, {}};
    table.rows.reserve(people->size());
    for (const Person &p : *people)
        table.rows.append({p.id, p.name});
    return table;
}

Result<RecordTable> bodyRows(const Database &db)
{
    auto bodies = BodyRepository(db).all();
    if (!bodies)
        return bodies.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind")}, {}};
    table.rows.reserve(bodies->size());
    for (const Body &b : *bodies)
        table.rows.append({b.id, b.name, Classification::key(b.kind)});
    return table;
}

Result<RecordTable> budgetRows(const Database &db)
{
    auto budgets = BudgetRepository(db).list();
    if (!budgets)
        return budgets.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("years")}, {}};
    table.rows.reserve(budgets->size());
    for (const BudgetSummary &b : *budgets)
        table.rows.append({b.id, b.name, QStringLiteral("%1-%2").arg(b.firstYear).arg(b.lastYear)});
    return table;
}

Result<RecordTable> wheelRows(const Database &db)
{
    auto wheels = WheelRepository(db).list();
    if (!wheels)
        return wheels.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("body_id"), QStringLiteral("body"), QStringLiteral("year"),
                       QStringLiteral("slots")},
                      {}};
    for (const WheelSummary &w : *wheels)
        table.rows.append({w.id, w.bodyId, w.bodyName, w.year, w.slotCount});
    return table;
}

Result<RecordTable> meetingRows(const Database &db)
{
    auto meetings = MeetingRepository(db).list();
    if (!meetings)
        return meetings.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                       QStringLiteral("body"), QStringLiteral("title")},
                      {}};
    for (const Meeting &m : *meetings)
        table.rows.append({m.id, m.date.toString(Qt::ISODate), m.start.toString(QStringLiteral("HH:mm")),
                           m.end.toString(QStringLiteral("HH:mm")), m.bodyName, m.title});
    return table;
}

Result<RecordTable> minutesRows(const Database &db)
{
    auto minutes = MinutesRepository(db).list();
    if (!minutes)
        return minutes.error();
    static const char *const states[] = {"draft", "adjustment", "final"};
    RecordTable table{{QStringLiteral("id"), QStringLiteral("meeting"), QStringLiteral("date"), QStringLiteral("body"),
                       QStringLiteral("state"), QStringLiteral("addition")},
                      {}};
    for (const MinutesSummary &m : *minutes)
        table.rows.append({m.id, m.meetingId, m.date.toString(Qt::ISODate), m.bodyName,
                           QString::fromLatin1(states[int(m.state)]), m.additionNumber});
    return table;
}

Result<RecordTable> revisionRows(const Database &db)
{
    auto revisions = MapRevisionRepository(db).list();
    if (!revisions)
        return revisions.error();
    RecordTable table{{QStringLiteral("revision"), QStringLiteral("published"), QStringLiteral("owner"),
                       QStringLiteral("actors"), QStringLiteral("comment")},
                      {}};
    for (const MapRevisionSummary &r : *revisions)
        table.rows.append({r.number, r.publishedAt.toString(Qt::ISODate), r.owner, r.actorCount, r.comment});
    return table;
}

Result<RecordTable> agreementRows(const Database &db)
{
    auto agreements = AgreementRepository(db).list();
    if (!agreements)
        return agreements.error();
    RecordTable table{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("end"),
                       QStringLiteral("parties")}, {}};
    table.rows.reserve(agreements->size());
    for (const AgreementSummary &a : *agreements)
        table.rows.append({a.id, a.name, a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate), a.parties});
    return table;
}

} // namespace

const QVector<ListKind> &ListKinds::all()
{
    static const QVector<ListKind> kinds = {
        {QStringLiteral("actors"), QT_TRANSLATE_NOOP("ListKinds", "the organisations of the actor register: id, name"),
         actorRows},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("ListKinds", "the people: id, name"), personRows},
        {QStringLiteral("bodies"),
         QT_TRANSLATE_NOOP("ListKinds", "steering groups, forums, committees and councils: id, name, kind"), bodyRows},
        {QStringLiteral("budgets"),
         QT_TRANSLATE_NOOP("ListKinds", "the cost and financing budgets: id, name, years (first-last)"), budgetRows},
        {QStringLiteral("wheels"),
         QT_TRANSLATE_NOOP("ListKinds", "the annual wheels: id, body id, body, year, number of slots"), wheelRows},
        {QStringLiteral("meetings"),
         QT_TRANSLATE_NOOP("ListKinds", "the meetings by date: id, date, start, end, body, title"), meetingRows},
        {QStringLiteral("minutes"),
         QT_TRANSLATE_NOOP("ListKinds", "the minutes by date: id, meeting id, date, body, state "
                                        "(draft, adjustment, final), addition number"),
         minutesRows},
        {QStringLiteral("revisions"),
         QT_TRANSLATE_NOOP("ListKinds", "the published revisions of the landscape map: revision, published (UTC), "
                                        "owner, actors, comment"),
         revisionRows},
        {QStringLiteral("agreements"),
         QT_TRANSLATE_NOOP("ListKinds", "the cooperation agreements: id, name, start, end (of the first term), "
                                        "number of parties"),
         agreementRows},
    };
    return kinds;
}

const ListKind *ListKinds::find(const QString &name)
{
    for (const ListKind &kind : all()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

QStringList ListKinds::names()
{
    QStringList out;
    for (const ListKind &kind : all())
        out << kind.name;
    return out;
}
