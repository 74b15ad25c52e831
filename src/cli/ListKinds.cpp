#include "ListKinds.h"

#include "ActorRepository.h"
#include "AgreementRepository.h"
#include "BodyRepository.h"
#include "BudgetRepository.h"
#include "Classification.h"
#include "PersonRepository.h"

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
