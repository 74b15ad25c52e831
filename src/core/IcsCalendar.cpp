#include "IcsCalendar.h"

#include <QHash>
#include <QSet>

namespace {

const char kTimeZone[] = "BEGIN:VTIMEZONE\n"
                         "TZID:Europe/Stockholm\n"
                         "BEGIN:DAYLIGHT\n"
                         "TZOFFSETFROM:+0100\n"
                         "TZOFFSETTO:+0200\n"
                         "TZNAME:CEST\n"
                         "DTSTART:19700329T020000\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                         "END:DAYLIGHT\n"
                         "BEGIN:STANDARD\n"
                         "TZOFFSETFROM:+0200\n"
                         "TZOFFSETTO:+0100\n"
                         "TZNAME:CET\n"
                         "DTSTART:19701025T030000\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                         "END:STANDARD\n"
                         "END:VTIMEZONE";

struct Event
{
    QString uid;
    int sequence = 0;
    QString summary;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    QString description;
    QString category;
};

QString localTime(const QDate &d, const QTime &t)
{
    return d.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + t.toString(QStringLiteral("HHmmss"));
}

QString agendaText(const Meeting &m)
{
    QStringList lines;
    lines << IcsCalendar::tr("Agenda:");
    for (int i = 0; i < m.agenda.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(m.agenda.at(i).title);
    return lines.join(QLatin1Char('\n'));
}

QString slotText(const WheelSlot &s)
{
    QStringList lines;
    if (!s.focus.isEmpty())
        lines << IcsCalendar::tr("Focus: %1").arg(s.focus);
    for (const QString &t : s.topics)
        lines << QStringLiteral("- ") + t;
    if (!s.inputs.isEmpty()) {
        lines << IcsCalendar::tr("Input material:");
        for (const InputItem &i : s.inputs) {
            QString line = QStringLiteral("- ") + i.title;
            if (!i.responsibleName.isEmpty())
                line += QStringLiteral(" (%1)").arg(i.responsibleName);
            if (i.due.isValid())
                line += IcsCalendar::tr(", due %1").arg(i.due.toString(Qt::ISODate));
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString IcsCalendar::uidForSlot(qint64 bodyId, qint64 slotId)
{
    return QStringLiteral("verkstan-body%1-slot%2@verkstan.invalid").arg(bodyId).arg(slotId);
}

QString IcsCalendar::uidForMeeting(qint64 bodyId, qint64 meetingId)
{
    return QStringLiteral("verkstan-body%1-meeting%2@verkstan.invalid").arg(bodyId).arg(meetingId);
}

QString IcsCalendar::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray IcsCalendar::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineLength = 0;
    int i = 0;
    while (i < utf8.size()) {
        // The length of the UTF-8 sequence that starts here.
        const uchar c = uchar(utf8.at(i));
        const int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        if (lineLength + n > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += utf8.mid(i, n);
        lineLength += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

QByteArray IcsCalendar::write(const AnnualWheel &wheel, const QVector<Meeting> &meetings, const QDateTime &stamp)
{
    QHash<qint64, const Meeting *> meetingOfSlot;
    for (const Meeting &m : meetings)
        if (m.slotId > 0 && !meetingOfSlot.contains(m.slotId))
            meetingOfSlot.insert(m.slotId, &m);

    QVector<Event> events;
    QSet<qint64> exported;
    for (const WheelSlot &s : wheel.slotList) {
        if (!s.date.isValid())
            continue;
        Event e;
        e.uid = uidForSlot(wheel.bodyId, s.id);
        e.category = Wheels::name(s.kind);
        if (const Meeting *m = meetingOfSlot.value(s.id)) {
            exported.insert(m->id);
            e.sequence = s.revision + m->revision + 1;
            e.summary = QStringLiteral("%1: %2").arg(wheel.bodyName, m->title);
            e.date = m->date;
            e.start = m->start;
            e.end = m->end;
            e.place = m->place;
            e.description = slotText(s) + QStringLiteral("\n\n") + agendaText(*m);
        } else {
            e.sequence = s.revision;
            e.summary = QStringLiteral("%1: %2").arg(wheel.bodyName,
                                                      s.focus.isEmpty() ? Wheels::name(s.kind)
                                                                        : tr("%1 – %2").arg(Wheels::name(s.kind), s.focus));
            e.date = s.date;
            e.start = s.start;
            e.end = s.end;
            e.place = s.place;
            e.description = slotText(s);
        }
        events.append(e);
    }
    for (const Meeting &m : meetings) {
        if (exported.contains(m.id) || m.date.year() != wheel.year)
            continue;
        Event e;
        e.uid = m.slotId > 0 ? uidForSlot(m.bodyId, m.slotId) : uidForMeeting(m.bodyId, m.id);
        if (m.slotId > 0 && wheel.slot(m.slotId))
            continue; // a second meeting of one slot: the first one stands for it
        e.sequence = m.revision;
        e.summary = QStringLiteral("%1: %2").arg(m.bodyName.isEmpty() ? wheel.bodyName : m.bodyName, m.title);
        e.date = m.date;
        e.start = m.start;
        e.end = m.end;
        e.place = m.place;
        e.description = agendaText(m);
        e.category = Wheels::name(m.kind);
        events.append(e);
    }

    const QDateTime now = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QString dtstamp = now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    auto line = [&out](const QString &text) { out += IcsCalendar::folded(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Verkstan//Annual wheel//SV"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escape(tr("%1, annual wheel %2").arg(wheel.bodyName).arg(wheel.year)));
    line(QStringLiteral("X-WR-TIMEZONE:Europe/Stockholm"));
    for (const QString &tz : QString::fromLatin1(kTimeZone).split(QLatin1Char('\n')))
        line(tz);
    for (const Event &e : events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + e.uid);
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("SEQUENCE:%1").arg(e.sequence));
        if (e.start.isValid()) {
            line(QStringLiteral("DTSTART;TZID=Europe/Stockholm:") + localTime(e.date, e.start));
            const QTime end = e.end.isValid() && e.end > e.start ? e.end : e.start.addSecs(3600);
            line(QStringLiteral("DTEND;TZID=Europe/Stockholm:") + localTime(e.date, end));
        } else {
            line(QStringLiteral("DTSTART;VALUE=DATE:") + e.date.toString(QStringLiteral("yyyyMMdd")));
            line(QStringLiteral("DTEND;VALUE=DATE:") + e.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        }
        line(QStringLiteral("SUMMARY:") + escape(e.summary));
        if (!e.place.isEmpty())
            line(QStringLiteral("LOCATION:") + escape(e.place));
        if (!e.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escape(e.description));
        line(QStringLiteral("CATEGORIES:") + escape(e.category));
        line(QStringLiteral("STATUS:CONFIRMED"));
        line(QStringLiteral("TRANSP:OPAQUE"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}
