#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QCoreApplication>

// The rules of minutes and the way they go from draft to final (seed 004, DOMAIN.md
// "Minutes"):
//   draft --sendForAdjustment--> for adjustment --(chair and every adjuster adjust)--> final
// A draft is edited freely. Out for adjustment, nothing is edited: adjusters comment
// per item and the secretary resolves the comments (or takes the minutes back to
// draft). Final minutes never change; a correction is a numbered addition, which goes
// the same way. Every operation either does all it says or changes nothing.
class MinutesWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(MinutesWorkflow)
public:
    // What stops the minutes from going out for adjustment, one sentence each; empty
    // when they may go: one chair, one secretary, one or two adjusters, all present;
    // at least one item; every assignment with a responsible person and a task.
    static QStringList problemsForAdjustment(const Minutes &minutes);

    // Refused, naming what, unless the minutes are a draft.
    static Status checkEditable(const Minutes &minutes);

    static Status sendForAdjustment(Minutes &minutes);
    // Back to draft for more editing; adjustments recorded so far are dropped.
    static Status returnToDraft(Minutes &minutes);

    // An adjuster's (or the chair's) comment on item §number, while out for adjustment.
    static Status addComment(Minutes &minutes, int itemNumber, const QString &author, const QString &text);
    // The secretary marks the comment at index of item §number as dealt with.
    static Status resolveComment(Minutes &minutes, int itemNumber, int index);

    // The chair or an adjuster adjusts on a date (not before the meeting, not after
    // today). When the last of them has, the minutes are final and "Justerat den" is
    // the latest date. Refused while a comment is unresolved.
    static Status recordAdjustment(Minutes &minutes, const Adjustment &adjustment, const QDate &today);
    // Who still has to adjust.
    static QStringList pendingSignatories(const Minutes &minutes);

    // A draft addition to final minutes: the same header and attendance, no items.
    static Result<Minutes> makeAddition(const Minutes &final, int additionNumber);

    // Items made from agenda titles, numbered from first on.
    static QVector<MinutesItem> itemsFromAgenda(const QStringList &titles, int first);
    // The § number the first item takes: 1, or on from the body's last § of the year.
    static int firstItemNumber(ItemNumbering numbering, int lastNumberThisYear);
    // Numbers the items first, first + 1, ...
    static void renumber(Minutes &minutes, int first);

    static QString stateName(MinutesState state);

private:
    static MinutesItem *item(Minutes &minutes, int number);
};
