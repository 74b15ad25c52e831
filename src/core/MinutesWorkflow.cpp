#include "MinutesWorkflow.h"

#include <QLocale>

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString MinutesWorkflow::stateName(MinutesState state)
{
    switch (state) {
    case MinutesState::Draft:
        return tr("draft");
    case MinutesState::ForAdjustment:
        return tr("out for adjustment");
    case MinutesState::Final:
        return tr("final");
    }
    return {};
}

QStringList MinutesWorkflow::problemsForAdjustment(const Minutes &m)
{
    QStringList problems;
    const QStringList chairs = m.namesIn(MinutesRole::Chair);
    const QStringList secretaries = m.namesIn(MinutesRole::Secretary);
    const QStringList adjusters = m.adjusters();
    if (chairs.isEmpty())
        problems << tr("No chair is named.");
    else if (chairs.size() > 1)
        problems << tr("Two chairs are named (%1); the minutes have one.").arg(chairs.join(QStringLiteral(", ")));
    if (secretaries.isEmpty())
        problems << tr("No secretary is named.");
    else if (secretaries.size() > 1)
        problems << tr("Two secretaries are named (%1); the minutes have one.").arg(secretaries.join(QStringLiteral(", ")));
    if (adjusters.isEmpty())
        problems << tr("No adjuster is named: the minutes cannot be adjusted without one.");
    else if (adjusters.size() > 2)
        problems << tr("%1 adjusters are named; the minutes have one or two.").arg(adjusters.size());
    for (const Attendee &a : m.attendance) {
        if (a.role == MinutesRole::None || a.isPresent())
            continue;
        if (a.role == MinutesRole::Adjuster)
            problems << tr("The adjuster %1 is marked absent; an adjuster must be present.").arg(a.name);
        else if (a.role == MinutesRole::Chair)
            problems << tr("The chair %1 is marked absent.").arg(a.name);
        else
            problems << tr("The secretary %1 is marked absent.").arg(a.name);
    }
    if (m.items.isEmpty())
        problems << tr("The minutes have no items.");
    for (const MinutesItem &item : m.items) {
        for (const Assignment &a : item.assignments) {
            if (a.responsible.trimmed().isEmpty())
                problems << tr("§ %1: the assignment “%2” has no responsible person.").arg(item.number).arg(a.task);
            else if (a.task.trimmed().isEmpty())
                problems << tr("§ %1: the assignment of %2 says nothing about what to do.").arg(item.number).arg(a.responsible);
        }
    }
    return problems;
}

Status MinutesWorkflow::checkEditable(const Minutes &m)
{
    switch (m.state) {
    case MinutesState::Draft:
        return {};
    case MinutesState::ForAdjustment:
        return Error{Error::Kind::Invalid,
                     tr("The minutes of %1 on %2 are out for adjustment and cannot be edited. Take them back to "
                        "draft first.")
                         .arg(m.bodyName, dateText(m.date))};
    case MinutesState::Final:
        break;
    }
    return Error{Error::Kind::Invalid, tr("The minutes of %1 on %2 were adjusted on %3 and are final: they cannot be "
                                          "changed. Make a correction as an addition.")
                                           .arg(m.bodyName, dateText(m.date), dateText(m.adjustedOn))};
}

Status MinutesWorkflow::sendForAdjustment(Minutes &m)
{
    if (const Status editable = checkEditable(m); !editable)
        return editable;
    const QStringList problems = problemsForAdjustment(m);
    if (!problems.isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("The minutes cannot go out for adjustment yet: %1").arg(problems.join(QLatin1Char(' ')))};
    m.state = MinutesState::ForAdjustment;
    m.adjustments.clear();
    return {};
}

Status MinutesWorkflow::returnToDraft(Minutes &m)
{
    if (m.state != MinutesState::ForAdjustment)
        return m.state == MinutesState::Final ? checkEditable(m)
                                              : Status(Error{Error::Kind::Invalid, tr("The minutes are already a draft.")});
    m.state = MinutesState::Draft;
    m.adjustments.clear();
    return {};
}

MinutesItem *MinutesWorkflow::item(Minutes &m, int number)
{
    for (MinutesItem &i : m.items)
        if (i.number == number)
            return &i;
    return nullptr;
}

Status MinutesWorkflow::addComment(Minutes &m, int itemNumber, const QString &author, const QString &text)
{
    if (m.state != MinutesState::ForAdjustment)
        return Error{Error::Kind::Invalid, tr("Comments are made while the minutes are out for adjustment; these are %1.")
                                               .arg(stateName(m.state))};
    const Attendee *who = m.attendee(author);
    if (!who || (who->role != MinutesRole::Adjuster && who->role != MinutesRole::Chair))
        return Error{Error::Kind::Invalid, tr("%1 is neither the chair nor an adjuster of these minutes.").arg(author)};
    if (text.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("The comment is empty.")};
    MinutesItem *target = item(m, itemNumber);
    if (!target)
        return Error{Error::Kind::NotFound, tr("The minutes have no § %1.").arg(itemNumber)};
    target->comments.append({who->name, text.trimmed(), false});
    return {};
}

Status MinutesWorkflow::resolveComment(Minutes &m, int itemNumber, int index)
{
    MinutesItem *target = item(m, itemNumber);
    if (!target || index < 0 || index >= target->comments.size())
        return Error{Error::Kind::NotFound, tr("§ %1 has no such comment.").arg(itemNumber)};
    if (m.state == MinutesState::Final)
        return checkEditable(m);
    target->comments[index].resolved = true;
    return {};
}

QStringList MinutesWorkflow::pendingSignatories(const Minutes &m)
{
    QStringList pending = m.namesIn(MinutesRole::Chair) + m.adjusters();
    for (const Adjustment &a : m.adjustments)
        pending.removeIf([&a](const QString &name) { return name.compare(a.name, Qt::CaseInsensitive) == 0; });
    return pending;
}

Status MinutesWorkflow::recordAdjustment(Minutes &m, const Adjustment &adjustment, const QDate &today)
{
    if (m.state != MinutesState::ForAdjustment)
        return Error{Error::Kind::Invalid, tr("Only minutes out for adjustment can be adjusted; these are %1.")
                                               .arg(stateName(m.state))};
    if (m.adjusters().isEmpty())
        return Error{Error::Kind::Invalid, tr("The minutes name no adjuster, so they cannot be adjusted.")};
    const Attendee *who = m.attendee(adjustment.name);
    if (!who || (who->role != MinutesRole::Chair && who->role != MinutesRole::Adjuster))
        return Error{Error::Kind::Invalid,
                     tr("%1 is neither the chair nor an adjuster of these minutes.").arg(adjustment.name)};
    if (!pendingSignatories(m).contains(who->name))
        return Error{Error::Kind::Duplicate, tr("%1 has already adjusted these minutes.").arg(who->name)};
    if (!adjustment.date.isValid())
        return Error{Error::Kind::Invalid, tr("The date of adjustment is missing.")};
    if (m.date.isValid() && adjustment.date < m.date)
        return Error{Error::Kind::Invalid, tr("The date of adjustment, %1, is before the meeting on %2.")
                                               .arg(dateText(adjustment.date), dateText(m.date))};
    if (today.isValid() && adjustment.date > today)
        return Error{Error::Kind::Invalid,
                     tr("The date of adjustment, %1, is in the future.").arg(dateText(adjustment.date))};
    for (const MinutesItem &i : m.items)
        for (const ItemComment &c : i.comments)
            if (!c.resolved)
                return Error{Error::Kind::Invalid, tr("§ %1 has a comment by %2 that the secretary has not resolved yet.")
                                                       .arg(i.number)
                                                       .arg(c.author)};
    Adjustment recorded = adjustment;
    recorded.name = who->name;
    recorded.role = who->role;
    m.adjustments.append(recorded);
    if (pendingSignatories(m).isEmpty()) {
        QDate last;
        for (const Adjustment &a : m.adjustments)
            last = std::max(last, a.date);
        m.adjustedOn = last;
        m.state = MinutesState::Final;
    }
    return {};
}

Result<Minutes> MinutesWorkflow::makeAddition(const Minutes &final, int additionNumber)
{
    if (final.state != MinutesState::Final)
        return Error{Error::Kind::Invalid, tr("An addition corrects final minutes; these are %1 and can be edited as they "
                                              "are.")
                                               .arg(stateName(final.state))};
    if (additionNumber < 1)
        return Error{Error::Kind::Invalid, tr("An addition is numbered from 1.")};
    Minutes addition;
    addition.meetingId = final.meetingId;
    addition.bodyId = final.bodyId;
    addition.bodyName = final.bodyName;
    addition.date = final.date;
    addition.start = final.start;
    addition.end = final.end;
    addition.place = final.place;
    addition.attendance = final.attendance;
    addition.additionNumber = additionNumber;
    addition.addsToMinutesId = final.id;
    return addition;
}

QVector<MinutesItem> MinutesWorkflow::itemsFromAgenda(const QStringList &titles, int first)
{
    QVector<MinutesItem> items;
    items.reserve(titles.size());
    for (const QString &title : titles) {
        MinutesItem item;
        item.number = first + int(items.size());
        item.title = title;
        items.append(item);
    }
    return items;
}

int MinutesWorkflow::firstItemNumber(ItemNumbering numbering, int lastNumberThisYear)
{
    return numbering == ItemNumbering::PerMeeting ? 1 : std::max(0, lastNumberThisYear) + 1;
}

void MinutesWorkflow::renumber(Minutes &m, int first)
{
    for (qsizetype i = 0; i < m.items.size(); ++i)
        m.items[i].number = first + int(i);
}
