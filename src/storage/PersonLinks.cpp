#include "PersonLinks.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

Result<QVector<qint64>> ids(const Database &db, const char *sql, qint64 personId, const QString &doing)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(personId);
    if (!q.exec())
        return db.error(q, doing);
    QVector<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

Result<PersonLinks> PersonLinks::of(const Database &db, qint64 personId)
{
    PersonLinks links;
    links.m_personId = personId;
    const QString doing = tr("looking for the records that name a person");
    auto attendees = ids(db, "SELECT id FROM minutes_attendee WHERE person_id = ? ORDER BY id", personId, doing);
    auto assignments =
        ids(db, "SELECT id FROM minutes_assignment WHERE responsible_person_id = ? ORDER BY id", personId, doing);
    auto inputs = ids(db, "SELECT id FROM wheel_input WHERE responsible_person_id = ? ORDER BY id", personId, doing);
    for (const auto *r : {&attendees, &assignments, &inputs})
        if (!*r)
            return r->error();
    links.m_attendees = *attendees;
    links.m_assignments = *assignments;
    links.m_inputs = *inputs;

    // One read for the final minutes: where the person is on the attendance list (item 0)
    // and the items where the person was given an assignment.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.body_name, m.meeting_date, m.addition_number, 0 FROM minutes_attendee a "
        "JOIN minutes m ON m.id = a.minutes_id WHERE a.person_id = ? AND m.state = 'final' "
        "UNION ALL "
        "SELECT m.id, m.body_name, m.meeting_date, m.addition_number, i.number FROM minutes_assignment s "
        "JOIN minutes_item i ON i.id = s.item_id JOIN minutes m ON m.id = i.minutes_id "
        "WHERE s.responsible_person_id = ? AND m.state = 'final' "
        "ORDER BY 3, 2, 4, 1, 5"));
    q.addBindValue(personId);
    q.addBindValue(personId);
    if (!q.exec())
        return db.error(q, doing);
    qint64 current = 0;
    QString heading;
    QStringList where;
    const auto flush = [&] {
        if (current != 0)
            links.m_finalMinutes << tr("%1 (%2)").arg(heading, where.join(QStringLiteral(", ")));
        where.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            heading = q.value(3).toInt() > 0
                ? tr("%1 %2, addition %3").arg(q.value(1).toString(), q.value(2).toString()).arg(q.value(3).toInt())
                : tr("%1 %2").arg(q.value(1).toString(), q.value(2).toString());
        }
        const int item = q.value(4).toInt();
        const QString place = item > 0 ? tr("§ %1").arg(item) : tr("attendance");
        if (!where.contains(place))
            where << place;
    }
    flush();
    return links;
}

Status PersonLinks::restore(const Database &db) const
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    struct Table
    {
        const char *sql;
        const QVector<qint64> *rows;
    };
    const Table tables[] = {
        {"UPDATE minutes_attendee SET person_id = ? WHERE id = ? AND person_id IS NULL", &m_attendees},
        {"UPDATE minutes_assignment SET responsible_person_id = ? WHERE id = ? AND responsible_person_id IS NULL",
         &m_assignments},
        {"UPDATE wheel_input SET responsible_person_id = ? WHERE id = ? AND responsible_person_id IS NULL", &m_inputs},
    };
    for (const Table &t : tables) {
        QSqlQuery q(db.connection());
        q.prepare(QString::fromLatin1(t.sql));
        for (qint64 row : *t.rows) {
            q.addBindValue(m_personId);
            q.addBindValue(row);
            if (!q.exec())
                return db.error(q, tr("linking the records that name a person back to the person"));
        }
    }
    return tx.commit();
}
