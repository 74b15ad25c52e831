#include "MinutesAttendance.h"

#include "MinutesPhrases.h"
#include "MinutesWorkflow.h"

#include <algorithm>

Status MinutesAttendance::edit(Minutes &minutes, int row, const Attendee &edited)
{
    if (row < 0 || row >= minutes.attendance.size())
        return Error{Error::Kind::NotFound, tr("There is no such row on the attendance list.")};
    if (Status s = MinutesWorkflow::checkEditable(minutes); !s)
        return s;
    Attendee a = minutes.attendance.at(row);
    a.status = edited.status;
    a.role = edited.role;
    a.arrivedAtItem = edited.arrivedAtItem;
    a.leftAtItem = edited.leftAtItem;
    if (a.arrivedAtItem > 0 && a.leftAtItem > 0 && a.leftAtItem < a.arrivedAtItem)
        return Error{Error::Kind::Invalid,
                     tr("%1 cannot leave after § %2 having arrived at § %3.").arg(a.name).arg(a.leftAtItem).arg(a.arrivedAtItem)};
    minutes.attendance[row] = a;
    return {};
}

Status MinutesAttendance::addOtherPresent(Minutes &minutes, const Attendee &attendee)
{
    if (Status s = MinutesWorkflow::checkEditable(minutes); !s)
        return s;
    if (minutes.attendee(attendee.name))
        return Error{Error::Kind::Duplicate, tr("%1 is already on the attendance list.").arg(attendee.name)};
    Attendee a = attendee;
    a.member = false;
    minutes.attendance.append(a);
    return {};
}

Status MinutesAttendance::removeOtherPresent(Minutes &minutes, int row)
{
    if (row < 0 || row >= minutes.attendance.size())
        return Error{Error::Kind::NotFound, tr("There is no such row on the attendance list.")};
    if (Status s = MinutesWorkflow::checkEditable(minutes); !s)
        return s;
    const Attendee &a = minutes.attendance.at(row);
    if (a.member)
        return Error{Error::Kind::Invalid,
                     tr("%1 is a member of the body: mark the member absent instead of removing them.").arg(a.name)};
    minutes.attendance.removeAt(row);
    return {};
}

Status MinutesAttendance::chooseAdjuster(Minutes &minutes, int itemIndex, const QString &name)
{
    if (Status s = MinutesWorkflow::checkEditable(minutes); !s)
        return s;
    if (itemIndex < 0 || itemIndex >= minutes.items.size())
        return Error{Error::Kind::Invalid, tr("Choose the item where the adjuster is chosen.")};
    auto it = std::find_if(minutes.attendance.begin(), minutes.attendance.end(),
                           [&](const Attendee &a) { return a.name == name; });
    if (it == minutes.attendance.end() || !it->isPresent())
        return Error{Error::Kind::Invalid, tr("%1 is not present, so cannot adjust the minutes.").arg(name)};
    if (it->role == MinutesRole::Adjuster)
        return {};
    if (minutes.adjusters().size() >= kMaxAdjusters)
        return Error{Error::Kind::Invalid,
                     tr("The minutes already have two adjusters (%1); clear one in the attendance list first.")
                         .arg(minutes.adjusters().join(QStringLiteral(", ")))};
    it->role = MinutesRole::Adjuster;
    // The decision of the item says who was chosen.
    MinutesItem &item = minutes.items[itemIndex];
    const QString phrase
        = MinutesPhrases::filled(MinutesPhrases::standard(MinutesPhrases::Key::AdjusterChosen).text, name);
    if (!item.decision.contains(name))
        item.decision = item.decision.trimmed().isEmpty() ? phrase : item.decision.trimmed() + QLatin1Char(' ') + phrase;
    return {};
}
