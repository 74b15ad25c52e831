#include "MinutesJson.h"

#include "MinutesWorkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

MinutesRole roleFrom(const QString &key)
{
    if (key == QLatin1String("chair"))
        return MinutesRole::Chair;
    if (key == QLatin1String("secretary"))
        return MinutesRole::Secretary;
    if (key == QLatin1String("adjuster"))
        return MinutesRole::Adjuster;
    return MinutesRole::None;
}

AttendanceStatus statusFrom(const QString &key)
{
    if (key == QLatin1String("absent"))
        return AttendanceStatus::Absent;
    if (key == QLatin1String("deputy"))
        return AttendanceStatus::DeputyServing;
    return AttendanceStatus::Present;
}

} // namespace

Result<QVector<MinutesJson::Entry>> MinutesJson::read(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{Error::Kind::Invalid,
                     tr("%1 is not valid JSON: %2 (at byte %3).").arg(source, parseError.errorString()).arg(parseError.offset)};
    QVector<Entry> entries;
    const QJsonArray list = doc.object().value(QLatin1String("minutes")).toArray();
    for (qsizetype n = 0; n < list.size(); ++n) {
        const QJsonObject o = list.at(n).toObject();
        const auto bad = [&](const QString &what) {
            return Error{Error::Kind::Invalid, tr("%1, minutes %2: %3").arg(source).arg(n + 1).arg(what)};
        };
        Entry e;
        Minutes &m = e.draft;
        m.bodyName = o.value(QLatin1String("body")).toString();
        m.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        m.start = QTime::fromString(o.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
        m.end = QTime::fromString(o.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
        m.place = o.value(QLatin1String("place")).toString();
        if (m.bodyName.isEmpty())
            return bad(tr("the body is missing"));
        if (!m.date.isValid())
            return bad(tr("the date is missing or not written YYYY-MM-DD"));
        for (const QJsonValue &v : o.value(QLatin1String("attendance")).toArray()) {
            const QJsonObject a = v.toObject();
            Attendee person;
            person.name = a.value(QLatin1String("name")).toString();
            person.party = a.value(QLatin1String("party")).toString();
            person.organisation = a.value(QLatin1String("organisation")).toString();
            person.member = a.value(QLatin1String("member")).toBool(true);
            person.role = roleFrom(a.value(QLatin1String("role")).toString());
            person.status = statusFrom(a.value(QLatin1String("status")).toString());
            if (person.name.isEmpty())
                return bad(tr("a person on the attendance list has no name"));
            m.attendance.append(person);
        }
        QStringList titles;
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            titles << v.toObject().value(QLatin1String("title")).toString();
        m.items = MinutesWorkflow::itemsFromAgenda(titles, 1);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            m.items[i].discussion = item.value(QLatin1String("discussion")).toString();
            m.items[i].decision = item.value(QLatin1String("decision")).toString();
            for (const QJsonValue &av : item.value(QLatin1String("assignments")).toArray()) {
                const QJsonObject a = av.toObject();
                Assignment assignment;
                assignment.responsible = a.value(QLatin1String("responsible")).toString();
                assignment.task = a.value(QLatin1String("task")).toString();
                assignment.due = QDate::fromString(a.value(QLatin1String("due")).toString(), Qt::ISODate);
                m.items[i].assignments.append(assignment);
            }
        }
        for (const QJsonValue &v : o.value(QLatin1String("adjustments")).toArray()) {
            const QJsonObject a = v.toObject();
            Adjustment adjustment;
            adjustment.name = a.value(QLatin1String("name")).toString();
            adjustment.date = QDate::fromString(a.value(QLatin1String("date")).toString(), Qt::ISODate);
            adjustment.method = a.value(QLatin1String("method")).toString() == QLatin1String("paper")
                ? AdjustmentMethod::SignedOnPaper
                : AdjustmentMethod::ConfirmedHere;
            e.adjustments.append(adjustment);
        }
        entries.append(e);
    }
    return entries;
}
