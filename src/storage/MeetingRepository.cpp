#include "MeetingRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

const char kColumns[] = "m.id, m.body_id, b.name, m.slot_id, m.kind, m.title, m.meeting_date, m.start_time, "
                        "m.end_time, m.place, m.revision";

Meeting meetingFrom(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.bodyId = q.value(1).toLongLong();
    m.bodyName = q.value(2).toString();
    m.slotId = q.value(3).toLongLong();
    m.kind = Wheels::slotKindFromKey(q.value(4).toString()).value_or(SlotKind::OtherEvent);
    m.title = q.value(5).toString();
    m.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    m.start = timeFrom(q.value(7));
    m.end = timeFrom(q.value(8));
    m.place = q.value(9).toString();
    m.revision = q.value(10).toInt();
    return m;
}

} // namespace

Result<QVector<Meeting>> MeetingRepository::list(qint64 bodyId, int year) const
{
    QString sql = QStringLiteral("SELECT %1 FROM meeting m JOIN body b ON b.id = m.body_id WHERE 1 = 1")
                      .arg(QString::fromLatin1(kColumns));
    if (bodyId > 0)
        sql += QStringLiteral(" AND m.body_id = ?");
    if (year > 0)
        sql += QStringLiteral(" AND m.meeting_date >= ? AND m.meeting_date <= ?");
    sql += QStringLiteral(" ORDER BY m.meeting_date, m.start_time, b.name, m.id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (bodyId > 0)
        q.addBindValue(bodyId);
    if (year > 0) {
        q.addBindValue(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')));
    }
    if (!q.exec())
        return m_db.error(q, tr("reading the meetings"));
    QVector<Meeting> out;
    while (q.next())
        out.append(meetingFrom(q));
    return out;
}

Result<QVector<Meeting>> MeetingRepository::withoutMinutes() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM meeting m JOIN body b ON b.id = m.body_id WHERE NOT EXISTS "
                               "(SELECT 1 FROM minutes x WHERE x.meeting_id = m.id AND x.addition_number = 0) "
                               "ORDER BY m.meeting_date DESC, m.start_time, b.name, m.id")
                    .arg(QString::fromLatin1(kColumns))))
        return m_db.error(q, tr("reading the meetings without minutes"));
    QVector<Meeting> out;
    while (q.next())
        out.append(meetingFrom(q));
    return out;
}

Result<Meeting> MeetingRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = ?")
                  .arg(QString::fromLatin1(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading a meeting"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no meeting with id %1.").arg(id)};
    Meeting m = meetingFrom(q);
    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT id, kind, title, notes FROM agenda_item WHERE meeting_id = ? "
                             "ORDER BY position, id"));
    a.addBindValue(id);
    if (!a.exec())
        return m_db.error(a, tr("reading the agenda of %1").arg(m.title));
    while (a.next())
        m.agenda.append(AgendaItem{a.value(0).toLongLong(), a.value(2).toString(),
                                   Meetings::agendaKindFromKey(a.value(1).toString()).value_or(AgendaKind::Other),
                                   a.value(3).toString()});
    return m;
}

Result<qint64> MeetingRepository::idForSlot(qint64 slotId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM meeting WHERE slot_id = ? ORDER BY id"));
    q.addBindValue(slotId);
    if (!q.exec())
        return m_db.error(q, tr("looking up the meeting of a slot"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status MeetingRepository::writeAgenda(qint64 meetingId, const QVector<AgendaItem> &agenda) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM agenda_item WHERE meeting_id = ?"));
    del.addBindValue(meetingId);
    if (!del.exec())
        return m_db.error(del, tr("saving the agenda"));
    QSqlQuery q(m_db.connection());
    // Items that keep their id first, so that a new item cannot take one of theirs.
    for (int pass = 0; pass < 2; ++pass)
    for (int n = 0; n < agenda.size(); ++n) {
        const AgendaItem &i = agenda.at(n);
        if ((i.id > 0) != (pass == 0))
            continue;
        q.prepare(i.id > 0 ? QStringLiteral("INSERT INTO agenda_item (meeting_id, position, kind, title, notes, id) "
                                            "VALUES (?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("INSERT INTO agenda_item (meeting_id, position, kind, title, notes) "
                                            "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(meetingId);
        q.addBindValue(n);
        q.addBindValue(Meetings::key(i.kind));
        q.addBindValue(i.title.trimmed());
        q.addBindValue(text(i.notes));
        if (i.id > 0)
            q.addBindValue(i.id);
        if (!q.exec())
            return m_db.error(q, tr("saving the agenda item %1 \"%2\"").arg(n + 1).arg(i.title));
    }
    if (const QString reset = m_db.dialect().resetSequence(QStringLiteral("agenda_item")); !reset.isEmpty())
        return m_db.exec(reset);
    return {};
}

Result<qint64> MeetingRepository::add(const Meeting &meeting) const
{
    if (Status s = Meetings::validate(meeting); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(meeting.id > 0
                  ? QStringLiteral("INSERT INTO meeting (body_id, slot_id, kind, title, meeting_date, start_time, "
                                   "end_time, place, revision, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("INSERT INTO meeting (body_id, slot_id, kind, title, meeting_date, start_time, "
                                   "end_time, place, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(meeting.bodyId);
    q.addBindValue(idOrNull(meeting.slotId));
    q.addBindValue(Wheels::key(meeting.kind));
    q.addBindValue(text(meeting.title));
    q.addBindValue(meeting.date.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(meeting.start));
    q.addBindValue(timeOrNull(meeting.end));
    q.addBindValue(text(meeting.place));
    q.addBindValue(meeting.revision);
    if (meeting.id > 0)
        q.addBindValue(meeting.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the meeting %1").arg(meeting.title));
    const qint64 id = meeting.id > 0 ? meeting.id : (q.next() ? q.value(0).toLongLong() : 0);
    q.finish();
    if (Status s = writeAgenda(id, meeting.agenda); !s)
        return s.error();
    if (const QString reset = m_db.dialect().resetSequence(QStringLiteral("meeting")); !reset.isEmpty())
        if (Status s = m_db.exec(reset); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status MeetingRepository::update(const Meeting &meeting) const
{
    if (Status s = Meetings::validate(meeting); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE meeting SET body_id = ?, slot_id = ?, kind = ?, title = ?, meeting_date = ?, "
                             "start_time = ?, end_time = ?, place = ?, revision = revision + 1 WHERE id = ?"));
    q.addBindValue(meeting.bodyId);
    q.addBindValue(idOrNull(meeting.slotId));
    q.addBindValue(Wheels::key(meeting.kind));
    q.addBindValue(text(meeting.title));
    q.addBindValue(meeting.date.toString(Qt::ISODate));
    q.addBindValue(timeOrNull(meeting.start));
    q.addBindValue(timeOrNull(meeting.end));
    q.addBindValue(text(meeting.place));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the meeting %1").arg(meeting.title));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The meeting %1 no longer exists.").arg(meeting.title)};
    if (Status s = writeAgenda(meeting.id, meeting.agenda); !s)
        return s;
    return tx.commit();
}

Status MeetingRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting a meeting"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("There is no meeting with id %1.").arg(id)};
    return tx.commit();
}
