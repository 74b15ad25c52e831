#pragma once

// The keys and column conversions of the minutes tables, shared by the two halves of
// MinutesRepository (MinutesRepository.cpp and MinutesQueries.cpp). Storage only.
#include "Minutes.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <QVariant>

namespace MinutesColumns {

inline QString stateKey(MinutesState s)
{
    switch (s) {
    case MinutesState::Draft: return QStringLiteral("draft");
    case MinutesState::ForAdjustment: return QStringLiteral("adjustment");
    case MinutesState::Final: return QStringLiteral("final");
    }
    return {};
}

inline MinutesState stateFrom(const QString &key)
{
    if (key == QLatin1String("adjustment"))
        return MinutesState::ForAdjustment;
    return key == QLatin1String("final") ? MinutesState::Final : MinutesState::Draft;
}

inline QString roleKey(MinutesRole r)
{
    switch (r) {
    case MinutesRole::Chair: return QStringLiteral("chair");
    case MinutesRole::Secretary: return QStringLiteral("secretary");
    case MinutesRole::Adjuster: return QStringLiteral("adjuster");
    case MinutesRole::None: break;
    }
    return QStringLiteral("");
}

inline MinutesRole roleFrom(const QString &key)
{
    if (key == QLatin1String("chair"))
        return MinutesRole::Chair;
    if (key == QLatin1String("secretary"))
        return MinutesRole::Secretary;
    return key == QLatin1String("adjuster") ? MinutesRole::Adjuster : MinutesRole::None;
}

inline QString statusKey(AttendanceStatus s)
{
    return s == AttendanceStatus::Absent ? QStringLiteral("absent")
        : s == AttendanceStatus::DeputyServing ? QStringLiteral("deputy") : QStringLiteral("present");
}

inline AttendanceStatus statusFrom(const QString &key)
{
    return key == QLatin1String("absent") ? AttendanceStatus::Absent
        : key == QLatin1String("deputy") ? AttendanceStatus::DeputyServing : AttendanceStatus::Present;
}

inline QString followUpKey(AssignmentStatus s)
{
    return s == AssignmentStatus::Done ? QStringLiteral("done")
        : s == AssignmentStatus::CarriedOn ? QStringLiteral("carried") : QStringLiteral("open");
}

inline AssignmentStatus followUpFrom(const QVariant &key)
{
    return key.toString() == QLatin1String("done") ? AssignmentStatus::Done
        : key.toString() == QLatin1String("carried") ? AssignmentStatus::CarriedOn : AssignmentStatus::Open;
}

inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

inline const char kHeader[] = "id, meeting_id, body_id, addition_number, adds_to_id, state, body_name, meeting_date, "
                       "start_time, end_time, place, adjusted_on, content_hash, previous_hash, seal_format";

inline Minutes headerFrom(const QSqlQuery &q)
{
    Minutes m;
    m.id = q.value(0).toLongLong();
    m.meetingId = q.value(1).toLongLong();
    m.bodyId = q.value(2).toLongLong();
    m.additionNumber = q.value(3).toInt();
    m.addsToMinutesId = q.value(4).toLongLong();
    m.state = stateFrom(q.value(5).toString());
    m.bodyName = q.value(6).toString();
    m.date = dateFrom(q.value(7));
    m.start = timeFrom(q.value(8));
    m.end = timeFrom(q.value(9));
    m.place = q.value(10).toString();
    m.adjustedOn = dateFrom(q.value(11));
    m.contentHash = q.value(12).toByteArray();
    m.previousHash = q.value(13).toByteArray();
    m.sealFormat = q.value(14).toInt();
    return m;
}


} // namespace MinutesColumns
