#include "WheelPictures.h"

#include "ReportDocument.h"

int WheelPictures::kindIndex(SlotKind kind)
{
    return int(Wheels::slotKinds().indexOf(kind));
}

QString WheelPictures::tooltip(const WheelSlot &s, const QString &bodyName)
{
    QStringList lines;
    if (!bodyName.isEmpty())
        lines << QStringLiteral("<b>%1</b>").arg(bodyName.toHtmlEscaped());
    lines << QStringLiteral("<b>%1</b>").arg(Wheels::describe(s).toHtmlEscaped());
    if (s.start.isValid())
        lines << tr("%1–%2").arg(s.start.toString(QStringLiteral("HH:mm")), s.end.toString(QStringLiteral("HH:mm")));
    if (!s.place.isEmpty())
        lines << s.place.toHtmlEscaped();
    if (!s.focus.isEmpty())
        lines << tr("Focus: %1").arg(s.focus.toHtmlEscaped());
    int received = 0;
    for (const InputItem &i : s.inputs)
        received += i.status == InputStatus::Received ? 1 : 0;
    if (!s.inputs.isEmpty())
        lines << tr("Input material: %1 of %2 received").arg(received).arg(s.inputs.size());
    return lines.join(QStringLiteral("<br>"));
}

WheelPicture WheelPictures::forWheel(const AnnualWheel &wheel, const QDate &today)
{
    WheelPicture picture;
    picture.year = wheel.year;
    picture.today = today;
    picture.centreTitle = wheel.bodyName;
    for (SlotKind kind : Wheels::slotKinds()) {
        WheelRing ring;
        ring.label = Wheels::name(kind);
        ring.color = WheelPainter::colorFor(kindIndex(kind));
        for (const WheelSlot &s : wheel.slotList)
            if (s.kind == kind && s.date.isValid())
                ring.markers.append({s.date, Wheels::describe(s), tooltip(s, QString()), s.id,
                                     !Wheels::checkSlot(s).isEmpty()});
        // A kind the wheel has no meeting of gets no ring, unless it is one of the two
        // the seeds' rules are about.
        if (!ring.markers.isEmpty() || kind == SlotKind::ForumMeeting || kind == SlotKind::WorkingCommitteeMeeting)
            picture.rings.append(ring);
    }
    return picture;
}

QVector<MeetingClash> WheelPictures::clashes(const QVector<AnnualWheel> &wheels,
                                             const QHash<qint64, QSet<QString>> &members)
{
    QVector<CalendarEntry> entries;
    for (const AnnualWheel &w : wheels)
        for (const WheelSlot &s : w.slotList)
            if (s.kind != SlotKind::FutureSeminar && s.date.isValid())
                entries.append({w.bodyId, w.bodyName, s.date, Wheels::describe(s)});
    return Meetings::clashes(entries, members);
}

WheelPicture WheelPictures::overview(const QVector<AnnualWheel> &wheels, const QVector<MeetingClash> &clashes,
                                     const QHash<qint64, int> &bodyAreas, int year, const QDate &today)
{
    QSet<QPair<qint64, QDate>> clashing;
    for (const MeetingClash &c : clashes) {
        clashing.insert({c.first.bodyId, c.first.date});
        clashing.insert({c.second.bodyId, c.second.date});
    }
    WheelPicture picture;
    picture.year = year;
    picture.today = today;
    picture.centreTitle = tr("All forums");
    if (wheels.size() == 1)
        picture.centreSubtitle = tr("1 wheel");
    else
        picture.centreSubtitle = tr("%1 wheels").arg(wheels.size());
    for (const AnnualWheel &w : wheels) {
        WheelRing ring;
        ring.label = w.bodyName;
        // The area's colour; neighbouring rings alternate in shade to tell them apart.
        const QColor area = WheelPainter::areaColor(bodyAreas.value(w.bodyId, 1));
        ring.color = picture.rings.size() % 2 ? area.lighter(150) : area;
        for (const WheelSlot &s : w.slotList)
            if (s.date.isValid()) {
                const bool clash = clashing.contains({w.bodyId, s.date}) && s.kind != SlotKind::FutureSeminar;
                QString tip = tooltip(s, w.bodyName);
                if (clash)
                    tip += QStringLiteral("<br><span style='color:#d93025'>%1</span>")
                               .arg(tr("Clash: another body with members in common meets the same day."));
                ring.markers.append({s.date, Wheels::describe(s), tip, s.id, clash});
            }
        picture.rings.append(ring);
    }
    return picture;
}
