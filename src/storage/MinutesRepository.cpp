#include "MinutesRepository.h"

#include "Database.h"
#include "MinutesColumns.h"
#include "MinutesWorkflow.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

using SqlValues::idOrNull;
using SqlValues::text;
using SqlValues::textOrNull;

using namespace MinutesColumns;

Result<QVector<MinutesSummary>> MinutesRepository::list(qint64 bodyId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, meeting_id, body_id, body_name, meeting_date, state, addition_number "
                             "FROM minutes WHERE (? = 0 OR body_id = ?) ORDER BY meeting_date, body_name, "
                             "addition_number, id"));
    q.addBindValue(bodyId);
    q.addBindValue(bodyId);
    if (!q.exec())
        return m_db.error(q, tr("reading the list of minutes"));
    QVector<MinutesSummary> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    dateFrom(q.value(4)), stateFrom(q.value(5).toString()), q.value(6).toInt()});
    return out;
}

Result<Minutes> MinutesRepository::load(qint64 id) const
{
    auto found = loadWhere(QStringLiteral("id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Kind::NotFound, tr("There are no minutes with id %1.").arg(id)};
    return found->constFirst();
}

Result<QVector<Minutes>> MinutesRepository::loadWhere(const QString &where, qint64 value) const
{
    // Five reads whatever the number of minutes: the headers, then each kind of row of
    // all of them at once (a body's chain of decades is not read one minutes at a time).
    const QString which = QStringLiteral("SELECT id FROM minutes WHERE ") + where;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM minutes WHERE %2 ORDER BY seal_seq, id").arg(QLatin1String(kHeader), where));
    q.addBindValue(value);
    if (!q.exec())
        return m_db.error(q, tr("reading minutes"));
    QVector<Minutes> out;
    QHash<qint64, qsizetype> minutesIndex;
    while (q.next()) {
        minutesIndex.insert(q.value(0).toLongLong(), out.size());
        out.append(headerFrom(q));
    }
    if (out.isEmpty())
        return out;
    const auto minutesOf = [&](const QVariant &id) -> Minutes & { return out[minutesIndex.value(id.toLongLong())]; };

    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT minutes_id, person_id, name, party, organisation, member, status, role, arrived_at, "
                             "left_after FROM minutes_attendee WHERE minutes_id IN (%1) ORDER BY minutes_id, position, id")
                  .arg(which));
    a.addBindValue(value);
    if (!a.exec())
        return m_db.error(a, tr("reading the attendance of minutes"));
    while (a.next()) {
        Attendee p;
        p.personId = a.value(1).toLongLong();
        p.name = a.value(2).toString();
        p.party = a.value(3).toString();
        p.organisation = a.value(4).toString();
        p.member = a.value(5).toInt() != 0;
        p.status = statusFrom(a.value(6).toString());
        p.role = roleFrom(a.value(7).toString());
        p.arrivedAtItem = a.value(8).toInt();
        p.leftAtItem = a.value(9).toInt();
        minutesOf(a.value(0)).attendance.append(p);
    }

    QSqlQuery i(m_db.connection());
    i.setForwardOnly(true);
    i.prepare(QStringLiteral("SELECT minutes_id, id, number, title, discussion, decision FROM minutes_item "
                             "WHERE minutes_id IN (%1) ORDER BY minutes_id, position, id")
                  .arg(which));
    i.addBindValue(value);
    if (!i.exec())
        return m_db.error(i, tr("reading the items of minutes"));
    QHash<qint64, QPair<qsizetype, qsizetype>> itemIndex; // item id -> (minutes, item)
    while (i.next()) {
        MinutesItem item;
        item.id = i.value(1).toLongLong();
        item.number = i.value(2).toInt();
        item.title = i.value(3).toString();
        item.discussion = i.value(4).toString();
        item.decision = i.value(5).toString();
        const qsizetype m = minutesIndex.value(i.value(0).toLongLong());
        itemIndex.insert(item.id, {m, out.at(m).items.size()});
        out[m].items.append(item);
    }
    const auto itemOf = [&](const QVariant &id) -> MinutesItem & {
        const auto at = itemIndex.value(id.toLongLong());
        return out[at.first].items[at.second];
    };

    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT a.id, a.item_id, a.responsible_person_id, a.responsible, a.task, a.due_date, f.status "
                             "FROM minutes_assignment a JOIN minutes_item i ON i.id = a.item_id "
                             "LEFT JOIN assignment_follow_up f ON f.assignment_id = a.id "
                             "WHERE i.minutes_id IN (%1) ORDER BY a.item_id, a.position, a.id")
                  .arg(which));
    s.addBindValue(value);
    if (!s.exec())
        return m_db.error(s, tr("reading the assignments of minutes"));
    while (s.next()) {
        Assignment x;
        x.id = s.value(0).toLongLong();
        x.responsiblePersonId = s.value(2).toLongLong();
        x.responsible = s.value(3).toString();
        x.task = s.value(4).toString();
        x.due = dateFrom(s.value(5));
        x.status = followUpFrom(s.value(6));
        itemOf(s.value(1)).assignments.append(x);
    }

    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT c.item_id, c.author, c.text, c.resolved FROM minutes_comment c "
                             "JOIN minutes_item i ON i.id = c.item_id WHERE i.minutes_id IN (%1) "
                             "ORDER BY c.item_id, c.position, c.id")
                  .arg(which));
    c.addBindValue(value);
    if (!c.exec())
        return m_db.error(c, tr("reading the comments on minutes"));
    while (c.next())
        itemOf(c.value(0)).comments.append({c.value(1).toString(), c.value(2).toString(), c.value(3).toInt() != 0});

    QSqlQuery j(m_db.connection());
    j.setForwardOnly(true);
    j.prepare(QStringLiteral("SELECT minutes_id, name, role, adjusted_on, method FROM minutes_adjustment "
                             "WHERE minutes_id IN (%1) ORDER BY minutes_id, position, id")
                  .arg(which));
    j.addBindValue(value);
    if (!j.exec())
        return m_db.error(j, tr("reading the adjustments of minutes"));
    while (j.next())
        minutesOf(j.value(0)).adjustments.append(
            {j.value(1).toString(), roleFrom(j.value(2).toString()), dateFrom(j.value(3)),
             j.value(4).toString() == QLatin1String("paper") ? AdjustmentMethod::SignedOnPaper
                                                             : AdjustmentMethod::ConfirmedHere});
    return out;
}

Result<qint64> MinutesRepository::idForMeeting(qint64 meetingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM minutes WHERE meeting_id = ? AND addition_number = 0"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.error(q, tr("looking up the minutes of a meeting"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status MinutesRepository::refuseIfFinal(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM minutes WHERE id = ?").arg(QLatin1String(kHeader)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading minutes"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There are no minutes with id %1.").arg(id)};
    const Minutes stored = headerFrom(q);
    return stored.state == MinutesState::Final ? MinutesWorkflow::checkEditable(stored) : Status();
}

Status MinutesRepository::writeAttendance(qint64 minutesId, const QVector<Attendee> &attendance) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM minutes_attendee WHERE minutes_id = ?"));
    del.addBindValue(minutesId);
    if (!del.exec())
        return m_db.error(del, tr("saving the attendance"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO minutes_attendee (minutes_id, position, person_id, name, party, organisation, "
                             "member, status, role, arrived_at, left_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype n = 0; n < attendance.size(); ++n) {
        const Attendee &a = attendance.at(n);
        if (a.name.trimmed().isEmpty())
            return Error{Error::Kind::Invalid, tr("Person %1 on the attendance list has no name.").arg(n + 1)};
        q.addBindValue(minutesId);
        q.addBindValue(int(n));
        q.addBindValue(idOrNull(a.personId));
        q.addBindValue(text(a.name.trimmed()));
        q.addBindValue(text(a.party));
        q.addBindValue(text(a.organisation));
        q.addBindValue(a.member ? 1 : 0);
        q.addBindValue(statusKey(a.status));
        q.addBindValue(roleKey(a.role));
        q.addBindValue(a.arrivedAtItem);
        q.addBindValue(a.leftAtItem);
        if (!q.exec())
            return m_db.error(q, tr("saving %1 on the attendance list").arg(a.name));
    }
    return {};
}

Status MinutesRepository::writeItems(Minutes &m) const
{
    // Items and assignments keep their ids (search, follow-up); gone ones are deleted.
    QStringList keep;
    for (const MinutesItem &item : m.items)
        if (item.id > 0)
            keep << QString::number(item.id);
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM minutes_item WHERE minutes_id = ? AND id NOT IN (%1)")
                    .arg(keep.isEmpty() ? QStringLiteral("0") : keep.join(QLatin1Char(','))));
    del.addBindValue(m.id);
    if (!del.exec())
        return m_db.error(del, tr("saving the items"));

    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE minutes_item SET position = ?, number = ?, title = ?, discussion = ?, "
                                  "decision = ? WHERE id = ? AND minutes_id = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO minutes_item (minutes_id, position, number, title, discussion, decision) "
                                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (qsizetype n = 0; n < m.items.size(); ++n) {
        MinutesItem &item = m.items[n];
        QSqlQuery &q = item.id > 0 ? update : insert;
        if (item.id <= 0)
            q.addBindValue(m.id);
        q.addBindValue(int(n));
        q.addBindValue(item.number);
        q.addBindValue(text(item.title));
        q.addBindValue(text(item.discussion));
        q.addBindValue(text(item.decision));
        if (item.id > 0) {
            q.addBindValue(item.id);
            q.addBindValue(m.id);
        }
        if (!q.exec())
            return m_db.error(q, tr("saving § %1").arg(item.number));
        if (item.id <= 0) {
            item.id = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
        }

        QStringList keepAssignments;
        for (const Assignment &a : item.assignments)
            if (a.id > 0)
                keepAssignments << QString::number(a.id);
        QSqlQuery delA(m_db.connection());
        delA.prepare(QStringLiteral("DELETE FROM minutes_assignment WHERE item_id = ? AND id NOT IN (%1)")
                         .arg(keepAssignments.isEmpty() ? QStringLiteral("0") : keepAssignments.join(QLatin1Char(','))));
        delA.addBindValue(item.id);
        if (!delA.exec())
            return m_db.error(delA, tr("saving the assignments of § %1").arg(item.number));
        for (qsizetype k = 0; k < item.assignments.size(); ++k) {
            Assignment &a = item.assignments[k];
            QSqlQuery qa(m_db.connection());
            qa.prepare(a.id > 0 ? QStringLiteral("UPDATE minutes_assignment SET position = ?, responsible_person_id = ?, "
                                                 "responsible = ?, task = ?, due_date = ? WHERE id = ? AND item_id = ?")
                                : QStringLiteral("INSERT INTO minutes_assignment (position, responsible_person_id, "
                                                 "responsible, task, due_date, item_id) VALUES (?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"));
            qa.addBindValue(int(k));
            qa.addBindValue(idOrNull(a.responsiblePersonId));
            qa.addBindValue(text(a.responsible.trimmed()));
            qa.addBindValue(text(a.task.trimmed()));
            qa.addBindValue(dateOrNull(a.due));
            if (a.id > 0)
                qa.addBindValue(a.id);
            qa.addBindValue(item.id);
            if (!qa.exec())
                return m_db.error(qa, tr("saving an assignment in § %1").arg(item.number));
            if (a.id <= 0)
                a.id = qa.next() ? qa.value(0).toLongLong() : 0;
        }

        QSqlQuery delC(m_db.connection());
        delC.prepare(QStringLiteral("DELETE FROM minutes_comment WHERE item_id = ?"));
        delC.addBindValue(item.id);
        if (!delC.exec())
            return m_db.error(delC, tr("saving the comments on § %1").arg(item.number));
        QSqlQuery qc(m_db.connection());
        qc.prepare(QStringLiteral("INSERT INTO minutes_comment (item_id, position, author, text, resolved) "
                                  "VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype k = 0; k < item.comments.size(); ++k) {
            const ItemComment &c = item.comments.at(k);
            qc.addBindValue(item.id);
            qc.addBindValue(int(k));
            qc.addBindValue(text(c.author));
            qc.addBindValue(text(c.text));
            qc.addBindValue(c.resolved ? 1 : 0);
            if (!qc.exec())
                return m_db.error(qc, tr("saving a comment on § %1").arg(item.number));
        }
    }
    return {};
}

Status MinutesRepository::writeAdjustments(qint64 minutesId, const QVector<Adjustment> &adjustments) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM minutes_adjustment WHERE minutes_id = ?"));
    del.addBindValue(minutesId);
    if (!del.exec())
        return m_db.error(del, tr("saving the adjustments"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO minutes_adjustment (minutes_id, position, name, role, adjusted_on, method) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype n = 0; n < adjustments.size(); ++n) {
        const Adjustment &a = adjustments.at(n);
        q.addBindValue(minutesId);
        q.addBindValue(int(n));
        q.addBindValue(text(a.name));
        q.addBindValue(a.role == MinutesRole::Chair ? QStringLiteral("chair") : QStringLiteral("adjuster"));
        q.addBindValue(a.date.toString(Qt::ISODate));
        q.addBindValue(a.method == AdjustmentMethod::SignedOnPaper ? QStringLiteral("paper") : QStringLiteral("here"));
        if (!q.exec())
            return m_db.error(q, tr("saving the adjustment of %1").arg(a.name));
    }
    return {};
}

Result<qint64> MinutesRepository::add(const Minutes &minutes) const
{
    if (minutes.state != MinutesState::Draft)
        return Error{Error::Kind::Invalid, tr("New minutes start as a draft.")};
    if (!minutes.date.isValid())
        return Error{Error::Kind::Invalid, tr("The minutes have no date.")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO minutes (meeting_id, body_id, addition_number, adds_to_id, state, body_name, "
                             "meeting_date, start_time, end_time, place) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(minutes.meetingId);
    q.addBindValue(minutes.bodyId);
    q.addBindValue(minutes.additionNumber);
    q.addBindValue(idOrNull(minutes.addsToMinutesId));
    q.addBindValue(text(minutes.bodyName));
    q.addBindValue(minutes.date.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(minutes.start));
    q.addBindValue(timeOrNull(minutes.end));
    q.addBindValue(text(minutes.place));
    if (!q.exec()) {
        Error e = m_db.error(q, tr("saving new minutes"));
        if (e.kind == Error::Kind::Duplicate)
            e.message = minutes.additionNumber > 0
                ? tr("The meeting already has an addition %1 to its minutes.").arg(minutes.additionNumber)
                : tr("The meeting on %1 already has minutes.").arg(minutes.date.toString(Qt::ISODate));
        return e;
    }
    Minutes stored = minutes;
    stored.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    for (MinutesItem &item : stored.items) { // a new set of minutes has only new rows
        item.id = 0;
        for (Assignment &a : item.assignments)
            a.id = 0;
    }
    if (Status s = writeAttendance(stored.id, stored.attendance); !s)
        return s.error();
    if (Status s = writeItems(stored); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.id;
}

Result<Minutes> MinutesRepository::save(const Minutes &minutes) const
{
    if (minutes.state == MinutesState::Final)
        return Error{Error::Kind::Invalid, tr("Final minutes are stored by adjusting them, not saved as a draft.")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = refuseIfFinal(minutes.id); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE minutes SET state = ?, body_name = ?, meeting_date = ?, start_time = ?, "
                             "end_time = ?, place = ? WHERE id = ?"));
    q.addBindValue(stateKey(minutes.state));
    q.addBindValue(text(minutes.bodyName));
    q.addBindValue(minutes.date.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(minutes.start));
    q.addBindValue(timeOrNull(minutes.end));
    q.addBindValue(text(minutes.place));
    q.addBindValue(minutes.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the minutes of %1").arg(minutes.date.toString(Qt::ISODate)));
    Minutes stored = minutes;
    if (Status s = writeAttendance(stored.id, stored.attendance); !s)
        return s.error();
    if (Status s = writeItems(stored); !s)
        return s.error();
    if (Status s = writeAdjustments(stored.id, stored.adjustments); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status MinutesRepository::saveItemText(qint64 minutesId, const MinutesItem &item) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // Only a draft is typed in; the header tells which state the minutes are in.
    QSqlQuery state(m_db.connection());
    state.prepare(QStringLiteral("SELECT %1 FROM minutes WHERE id = ?").arg(QLatin1String(kHeader)));
    state.addBindValue(minutesId);
    if (!state.exec())
        return m_db.error(state, tr("reading minutes"));
    if (!state.next())
        return Error{Error::Kind::NotFound, tr("There are no minutes with id %1.").arg(minutesId)};
    const Minutes stored = headerFrom(state);
    state.finish();
    if (Status s = MinutesWorkflow::checkEditable(stored); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE minutes_item SET title = ?, discussion = ?, decision = ? "
                             "WHERE id = ? AND minutes_id = ?"));
    q.addBindValue(text(item.title));
    q.addBindValue(text(item.discussion));
    q.addBindValue(text(item.decision));
    q.addBindValue(item.id);
    q.addBindValue(minutesId);
    if (!q.exec())
        return m_db.error(q, tr("saving § %1").arg(item.number));
    if (q.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("§ %1 is no longer in the minutes.").arg(item.number)};
    return tx.commit();
}

Status MinutesRepository::finalize(Minutes &minutes) const
{
    if (minutes.state != MinutesState::Final || !minutes.adjustedOn.isValid())
        return Error{Error::Kind::Invalid, tr("The minutes are not adjusted by all who must, so they are not final yet.")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = refuseIfFinal(minutes.id); !s)
        return s;
    QSqlQuery prev(m_db.connection());
    prev.prepare(QStringLiteral("SELECT content_hash, seal_seq FROM minutes WHERE body_id = ? AND state = 'final' "
                                "ORDER BY seal_seq DESC LIMIT 1"));
    prev.addBindValue(minutes.bodyId);
    if (!prev.exec())
        return m_db.error(prev, tr("reading the seal of the previous minutes"));
    const bool hasPrevious = prev.next();
    const QByteArray previousHash = hasPrevious ? prev.value(0).toByteArray() : QByteArray();
    const int seq = hasPrevious ? prev.value(1).toInt() + 1 : 1;
    prev.finish();

    // The content as stored, so that the seal covers what the database holds.
    Minutes stored = minutes;
    stored.state = MinutesState::ForAdjustment;
    auto saved = save(stored);
    if (!saved)
        return saved.error();
    Minutes sealed = saved.value();
    sealed.state = MinutesState::Final;
    sealed.adjustedOn = minutes.adjustedOn;
    MinutesSeal::apply(sealed, previousHash);

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE minutes SET state = 'final', adjusted_on = ?, content_hash = ?, previous_hash = ?, "
                             "seal_seq = ?, seal_format = ? WHERE id = ?"));
    q.addBindValue(sealed.adjustedOn.toString(Qt::ISODate));
    q.addBindValue(QString::fromLatin1(sealed.contentHash));
    q.addBindValue(QString::fromLatin1(sealed.previousHash));
    q.addBindValue(seq);
    q.addBindValue(sealed.sealFormat);
    q.addBindValue(sealed.id);
    if (!q.exec())
        return m_db.error(q, tr("making the minutes final"));
    if (Status s = tx.commit(); !s)
        return s;
    minutes = sealed;
    return {};
}
