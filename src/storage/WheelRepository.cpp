#include "WheelRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

const char kSlotColumns[] = "s.id, s.wheel_id, s.quarter, s.kind, s.planned_date, s.start_time, s.end_time, s.place, "
                            "s.focus, s.topics, s.revision";

} // namespace

Result<QVector<WheelSummary>> WheelRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT w.id, w.body_id, b.name, w.year, "
                               "(SELECT COUNT(*) FROM wheel_slot s WHERE s.wheel_id = w.id) "
                               "FROM wheel w JOIN body b ON b.id = w.body_id ORDER BY w.year, b.name, w.id")))
        return m_db.error(q, tr("reading the annual wheels"));
    QVector<WheelSummary> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toInt()});
    return out;
}

Result<QVector<WheelSlot>> WheelRepository::slotsWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM wheel_slot s JOIN wheel w ON w.id = s.wheel_id WHERE %2 "
                             "ORDER BY s.wheel_id, s.quarter, s.planned_date, s.position, s.id")
                  .arg(QString::fromLatin1(kSlotColumns), condition));
    q.addBindValue(value);
    if (!q.exec())
        return m_db.error(q, tr("reading the slots of an annual wheel"));
    QVector<WheelSlot> slotList;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        WheelSlot s;
        s.id = q.value(0).toLongLong();
        s.wheelId = q.value(1).toLongLong();
        s.quarter = q.value(2).toInt();
        s.kind = Wheels::slotKindFromKey(q.value(3).toString()).value_or(SlotKind::OtherEvent);
        s.date = dateFrom(q.value(4));
        s.start = timeFrom(q.value(5));
        s.end = timeFrom(q.value(6));
        s.place = q.value(7).toString();
        s.focus = q.value(8).toString();
        const QString topics = q.value(9).toString();
        if (!topics.isEmpty())
            s.topics = topics.split(QLatin1Char('\n'));
        s.revision = q.value(10).toInt();
        indexOf.insert(s.id, int(slotList.size()));
        slotList.append(s);
    }
    QSqlQuery i(m_db.connection());
    i.setForwardOnly(true);
    i.prepare(QStringLiteral("SELECT i.id, i.slot_id, i.title, i.responsible_actor_id, i.responsible_person_id, "
                             "COALESCE(p.name, a.name, i.responsible_name), i.due_date, i.status "
                             "FROM wheel_input i JOIN wheel_slot s ON s.id = i.slot_id JOIN wheel w ON w.id = s.wheel_id "
                             "LEFT JOIN actor a ON a.id = i.responsible_actor_id "
                             "LEFT JOIN person p ON p.id = i.responsible_person_id "
                             "WHERE %1 ORDER BY i.slot_id, i.position, i.id")
                  .arg(condition));
    i.addBindValue(value);
    if (!i.exec())
        return m_db.error(i, tr("reading the input material of an annual wheel"));
    while (i.next()) {
        const int at = indexOf.value(i.value(1).toLongLong(), -1);
        if (at < 0)
            continue;
        InputItem item;
        item.id = i.value(0).toLongLong();
        item.title = i.value(2).toString();
        item.responsibleActorId = i.value(3).toLongLong();
        item.responsiblePersonId = i.value(4).toLongLong();
        item.responsibleName = i.value(5).toString();
        item.due = dateFrom(i.value(6));
        item.status = Wheels::inputStatusFromKey(i.value(7).toString()).value_or(InputStatus::Missing);
        slotList[at].inputs.append(item);
    }
    return slotList;
}

Result<AnnualWheel> WheelRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT w.body_id, b.name, w.year FROM wheel w JOIN body b ON b.id = w.body_id "
                             "WHERE w.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading an annual wheel"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no annual wheel with id %1.").arg(id)};
    AnnualWheel w;
    w.id = id;
    w.bodyId = q.value(0).toLongLong();
    w.bodyName = q.value(1).toString();
    w.year = q.value(2).toInt();
    auto slotList = slotsWhere(QStringLiteral("s.wheel_id = ?"), id);
    if (!slotList)
        return slotList.error();
    w.slotList = *slotList;
    return w;
}

Result<qint64> WheelRepository::idFor(qint64 bodyId, int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM wheel WHERE body_id = ? AND year = ?"));
    q.addBindValue(bodyId);
    q.addBindValue(year);
    if (!q.exec())
        return m_db.error(q, tr("looking up an annual wheel"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QVector<AnnualWheel>> WheelRepository::ofYear(int year) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.id, w.body_id, b.name FROM wheel w JOIN body b ON b.id = w.body_id "
                             "WHERE w.year = ? ORDER BY b.name, w.id"));
    q.addBindValue(year);
    if (!q.exec())
        return m_db.error(q, tr("reading the annual wheels of %1").arg(year));
    QVector<AnnualWheel> out;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        AnnualWheel w;
        w.id = q.value(0).toLongLong();
        w.bodyId = q.value(1).toLongLong();
        w.bodyName = q.value(2).toString();
        w.year = year;
        indexOf.insert(w.id, int(out.size()));
        out.append(w);
    }
    auto slotList = slotsWhere(QStringLiteral("w.year = ?"), year);
    if (!slotList)
        return slotList.error();
    for (const WheelSlot &s : *slotList) {
        const int at = indexOf.value(s.wheelId, -1);
        if (at >= 0)
            out[at].slotList.append(s);
    }
    return out;
}

Status WheelRepository::check(const WheelSlot &slot, int year) const
{
    if (Status s = Wheels::validate(slot, year); !s)
        return s;
    QSqlQuery actor(m_db.connection());
    actor.prepare(QStringLiteral("SELECT COUNT(*) FROM actor WHERE id = ?"));
    QSqlQuery person(m_db.connection());
    person.prepare(QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"));
    for (const InputItem &i : slot.inputs) {
        for (auto [query, id] : {std::pair<QSqlQuery *, qint64>{&actor, i.responsibleActorId},
                                 std::pair<QSqlQuery *, qint64>{&person, i.responsiblePersonId}}) {
            if (id <= 0)
                continue;
            query->addBindValue(id);
            if (!query->exec() || !query->next())
                return m_db.error(*query, tr("looking up who is responsible for %1").arg(i.title));
            const bool exists = query->value(0).toInt() > 0;
            query->finish();
            if (!exists)
                return Error{Error::Kind::NotFound,
                             tr("%1, responsible for the input material \"%2\" of the %3, is no longer in the "
                                "register. Choose another responsible; nothing was saved.")
                                 .arg(i.responsibleName.isEmpty() ? tr("The responsible") : i.responsibleName, i.title,
                                      Wheels::describe(slot))};
        }
    }
    return {};
}

Status WheelRepository::writeSlot(const WheelSlot &s, int position, bool insert, qint64 *newId) const
{
    QSqlQuery q(m_db.connection());
    if (!insert)
        q.prepare(QStringLiteral("UPDATE wheel_slot SET quarter = ?, kind = ?, planned_date = ?, start_time = ?, "
                                 "end_time = ?, place = ?, focus = ?, topics = ?, revision = revision + 1 "
                                 "WHERE id = ?"));
    else if (s.id > 0)
        q.prepare(QStringLiteral("INSERT INTO wheel_slot (quarter, kind, planned_date, start_time, end_time, place, "
                                 "focus, topics, revision, wheel_id, position, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("INSERT INTO wheel_slot (quarter, kind, planned_date, start_time, end_time, place, "
                                 "focus, topics, revision, wheel_id, position) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(s.quarter);
    q.addBindValue(Wheels::key(s.kind));
    q.addBindValue(dateOrNull(s.date));
    q.addBindValue(timeOrNull(s.start));
    q.addBindValue(timeOrNull(s.end));
    q.addBindValue(text(s.place));
    q.addBindValue(text(s.focus));
    q.addBindValue(text(s.topics.join(QLatin1Char('\n'))));
    if (insert) {
        q.addBindValue(s.revision);
        q.addBindValue(s.wheelId);
        q.addBindValue(position);
    }
    if (s.id > 0)
        q.addBindValue(s.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the %1").arg(Wheels::describe(s)));
    if (!insert && q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The %1 no longer exists.").arg(Wheels::describe(s))};
    const qint64 id = s.id > 0 ? s.id : (q.next() ? q.value(0).toLongLong() : 0);
    q.finish();
    if (newId)
        *newId = id;
    return writeInputs(id, s.inputs);
}

Status WheelRepository::writeInputs(qint64 slotId, const QVector<InputItem> &inputs) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM wheel_input WHERE slot_id = ?"));
    del.addBindValue(slotId);
    if (!del.exec())
        return m_db.error(del, tr("saving the input material"));
    QSqlQuery q(m_db.connection());
    // Items that keep their id first, so that a new item cannot take one of theirs.
    for (int pass = 0; pass < 2; ++pass)
    for (int n = 0; n < inputs.size(); ++n) {
        const InputItem &i = inputs.at(n);
        if ((i.id > 0) != (pass == 0))
            continue;
        q.prepare(i.id > 0 ? QStringLiteral("INSERT INTO wheel_input (slot_id, title, responsible_actor_id, "
                                            "responsible_person_id, responsible_name, due_date, status, position, id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           : QStringLiteral("INSERT INTO wheel_input (slot_id, title, responsible_actor_id, "
                                            "responsible_person_id, responsible_name, due_date, status, position) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(slotId);
        q.addBindValue(i.title.trimmed());
        q.addBindValue(idOrNull(i.responsibleActorId));
        q.addBindValue(idOrNull(i.responsiblePersonId));
        q.addBindValue(text(i.responsibleName));
        q.addBindValue(dateOrNull(i.due));
        q.addBindValue(Wheels::key(i.status));
        q.addBindValue(n);
        if (i.id > 0)
            q.addBindValue(i.id);
        if (!q.exec())
            return m_db.error(q, tr("saving the input material \"%1\"").arg(i.title));
    }
    return {};
}

Result<qint64> WheelRepository::add(const AnnualWheel &wheel) const
{
    if (wheel.year < 1900 || wheel.year > 2999)
        return Error{Error::Kind::Invalid, tr("%1 is not a year for an annual wheel.").arg(wheel.year)};
    for (const WheelSlot &s : wheel.slotList)
        if (Status st = check(s, wheel.year); !st)
            return st.error();
    auto existing = idFor(wheel.bodyId, wheel.year);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{Error::Kind::Duplicate, tr("The body already has an annual wheel for %1.").arg(wheel.year)};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(wheel.id > 0 ? QStringLiteral("INSERT INTO wheel (body_id, year, id) VALUES (?, ?, ?)")
                           : QStringLiteral("INSERT INTO wheel (body_id, year) VALUES (?, ?) RETURNING id"));
    q.addBindValue(wheel.bodyId);
    q.addBindValue(wheel.year);
    if (wheel.id > 0)
        q.addBindValue(wheel.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the annual wheel %1").arg(wheel.year));
    const qint64 id = wheel.id > 0 ? wheel.id : (q.next() ? q.value(0).toLongLong() : 0);
    q.finish();
    for (int n = 0; n < wheel.slotList.size(); ++n) {
        WheelSlot s = wheel.slotList.at(n);
        s.wheelId = id;
        if (Status st = writeSlot(s, n, true, nullptr); !st)
            return st.error();
    }
    for (const char *table : {"wheel", "wheel_slot", "wheel_input"})
        if (const QString reset = m_db.dialect().resetSequence(QString::fromLatin1(table)); !reset.isEmpty())
            if (Status s = m_db.exec(reset); !s)
                return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> WheelRepository::createFromTemplate(qint64 bodyId, int year, const WheelTemplate &tmpl) const
{
    return add(Wheels::fromTemplate(tmpl, bodyId, year));
}

Result<qint64> WheelRepository::copyFromYear(qint64 bodyId, int fromYear, int toYear) const
{
    auto from = idFor(bodyId, fromYear);
    if (!from)
        return from.error();
    if (!*from)
        return Error{Error::Kind::NotFound, tr("There is no annual wheel for %1 to copy.").arg(fromYear)};
    auto wheel = load(*from);
    if (!wheel)
        return wheel.error();
    return add(Wheels::copiedToYear(*wheel, toYear));
}

Status WheelRepository::remove(qint64 wheelId) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM wheel WHERE id = ?"));
    q.addBindValue(wheelId);
    if (!q.exec())
        return m_db.error(q, tr("deleting an annual wheel"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("There is no annual wheel with id %1.").arg(wheelId)};
    return tx.commit();
}

Result<int> WheelRepository::yearOfWheel(qint64 wheelId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT year FROM wheel WHERE id = ?"));
    q.addBindValue(wheelId);
    if (!q.exec())
        return m_db.error(q, tr("reading an annual wheel"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no annual wheel with id %1.").arg(wheelId)};
    return q.value(0).toInt();
}

Result<WheelSlot> WheelRepository::slot(qint64 slotId) const
{
    auto slotList = slotsWhere(QStringLiteral("s.id = ?"), slotId);
    if (!slotList)
        return slotList.error();
    if (slotList->isEmpty())
        return Error{Error::Kind::NotFound, tr("There is no wheel slot with id %1.").arg(slotId)};
    return slotList->first();
}

Result<qint64> WheelRepository::addSlot(WheelSlot slot) const
{
    auto year = yearOfWheel(slot.wheelId);
    if (!year)
        return year.error();
    if (Status s = check(slot, *year); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM wheel_slot WHERE wheel_id = ?"));
    q.addBindValue(slot.wheelId);
    if (!q.exec() || !q.next())
        return m_db.error(q, tr("adding a slot"));
    const int position = q.value(0).toInt();
    q.finish();
    qint64 id = 0;
    if (Status s = writeSlot(slot, position, true, &id); !s)
        return s.error();
    for (const char *table : {"wheel_slot", "wheel_input"})
        if (const QString reset = m_db.dialect().resetSequence(QString::fromLatin1(table)); !reset.isEmpty())
            if (Status s = m_db.exec(reset); !s)
                return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status WheelRepository::updateSlot(const WheelSlot &slot) const
{
    auto year = yearOfWheel(slot.wheelId);
    if (!year)
        return year.error();
    if (Status s = check(slot, *year); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writeSlot(slot, 0, false, nullptr); !s)
        return s;
    return tx.commit();
}

Status WheelRepository::removeSlot(qint64 slotId) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM wheel_slot WHERE id = ?"));
    q.addBindValue(slotId);
    if (!q.exec())
        return m_db.error(q, tr("deleting a wheel slot"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("There is no wheel slot with id %1.").arg(slotId)};
    return tx.commit();
}

Result<QVector<WheelTemplate>> WheelRepository::templates() const
{
    QVector<WheelTemplate> out = Wheels::builtInTemplates();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, content FROM wheel_template ORDER BY name, id")))
        return m_db.error(q, tr("reading the wheel templates"));
    while (q.next()) {
        auto t = WheelTemplate::fromJson(q.value(2).toString().toUtf8());
        if (!t)
            return t.error();
        WheelTemplate tmpl = *t;
        tmpl.id = q.value(0).toLongLong();
        tmpl.name = q.value(1).toString();
        out.append(tmpl);
    }
    return out;
}

Result<qint64> WheelRepository::saveTemplate(const WheelTemplate &tmpl) const
{
    if (tmpl.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A wheel template needs a name.")};
    for (const WheelTemplate &b : Wheels::builtInTemplates())
        if (b.name == tmpl.name.trimmed())
            return Error{Error::Kind::Duplicate, tr("A built-in template is already called %1.").arg(tmpl.name)};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO wheel_template (name, content) VALUES (?, ?) RETURNING id"));
    q.addBindValue(tmpl.name.trimmed());
    q.addBindValue(QString::fromUtf8(tmpl.toJson()));
    if (!q.exec()) {
        Error e = m_db.error(q, tr("saving the wheel template %1").arg(tmpl.name));
        if (e.kind == Error::Kind::Duplicate)
            e.message = tr("A wheel template is already called %1.").arg(tmpl.name.trimmed());
        return e;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status WheelRepository::removeTemplate(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM wheel_template WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting a wheel template"));
    return tx.commit();
}

Result<QHash<qint64, QSet<QString>>> WheelRepository::memberNames() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.body_id, p.name, a.name FROM membership m "
                               "LEFT JOIN person p ON p.id = m.person_id LEFT JOIN actor a ON a.id = m.actor_id")))
        return m_db.error(q, tr("reading the members of the bodies"));
    QHash<qint64, QSet<QString>> out;
    while (q.next()) {
        const QString name = q.value(1).isNull() ? q.value(2).toString() : q.value(1).toString();
        if (!name.isEmpty())
            out[q.value(0).toLongLong()].insert(name);
    }
    return out;
}
