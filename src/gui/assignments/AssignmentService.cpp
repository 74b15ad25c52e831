#include "AssignmentService.h"

#include "Door.h"
#include "Session.h"

namespace {

// What a follow-up changes of an assignment.
struct FollowUp
{
    AssignmentStatus status = AssignmentStatus::Open;
    qint64 inMinutesId = 0;
    QDate on;
    bool operator==(const FollowUp &o) const { return status == o.status && inMinutesId == o.inMinutesId && on == o.on; }
};

Kept<FollowUp> keptFollowUps(Session &session)
{
    Kept<FollowUp> k;
    k.load = [&session](qint64 id) -> Result<std::optional<FollowUp>> {
        auto all = MinutesRepository(session.database()).assignments();
        if (!all)
            return all.error();
        for (const AssignmentRecord &r : *all)
            if (r.assignment.id == id)
                return std::optional<FollowUp>(FollowUp{r.assignment.status, r.followedUpInMinutesId, r.followedUpOn});
        return std::optional<FollowUp>();
    };
    k.store = [&session](qint64 id, const std::optional<FollowUp> &, const std::optional<FollowUp> &to) -> Status {
        if (!to)
            return Error{Error::Kind::NotFound, AssignmentService::tr("The assignment is gone.")};
        return MinutesRepository(session.database()).followUp(id, to->status, to->inMinutesId, to->on);
    };
    k.shown = [&session](qint64, const std::optional<FollowUp> &, const std::optional<FollowUp> &) {
        emit session.assignmentsChanged();
    };
    // Only the status counts: following up again with the same status is no change.
    k.same = [](const FollowUp &a, const FollowUp &b) { return a.status == b.status; };
    return k;
}

} // namespace

Result<QVector<AssignmentRecord>> AssignmentService::assignments(qint64 bodyId, bool openOnly) const
{
    return MinutesRepository(m_session.database()).assignments(bodyId, openOnly);
}

Status AssignmentService::followUp(const AssignmentRecord &assignment, AssignmentStatus status, qint64 inMinutesId,
                                   const QDate &on)
{
    if (assignment.assignment.status == status)
        return {};
    QString text;
    switch (status) {
    case AssignmentStatus::Done:
        text = tr("Mark the assignment of %1 done").arg(assignment.assignment.responsible);
        break;
    case AssignmentStatus::CarriedOn:
        text = tr("Carry on the assignment of %1").arg(assignment.assignment.responsible);
        break;
    case AssignmentStatus::Open:
        text = tr("Reopen the assignment of %1").arg(assignment.assignment.responsible);
        break;
    }
    return m_session.door()->change<FollowUp>(
        keptFollowUps(m_session), assignment.assignment.id,
        [&](FollowUp &f) -> Status {
            f = FollowUp{status, inMinutesId, on};
            return {};
        },
        fixedText<FollowUp>(text));
}
