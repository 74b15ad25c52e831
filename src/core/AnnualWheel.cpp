#include "AnnualWheel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

struct KindKey
{
    SlotKind kind;
    const char *key;
    const char *name;
};

const KindKey kSlotKinds[] = {
    {SlotKind::ForumMeeting, "forum", QT_TRANSLATE_NOOP("Wheels", "Forum meeting")},
    {SlotKind::WorkingCommitteeMeeting, "working_committee", QT_TRANSLATE_NOOP("Wheels", "Working-committee meeting")},
    {SlotKind::FutureSeminar, "future_seminar", QT_TRANSLATE_NOOP("Wheels", "Joint future seminar")},
    {SlotKind::OtherEvent, "other", QT_TRANSLATE_NOOP("Wheels", "Other event")},
};

struct StatusKey
{
    InputStatus status;
    const char *key;
    const char *name;
};

const StatusKey kStatuses[] = {
    {InputStatus::Missing, "missing", QT_TRANSLATE_NOOP("Wheels", "Missing")},
    {InputStatus::Requested, "requested", QT_TRANSLATE_NOOP("Wheels", "Requested")},
    {InputStatus::Received, "received", QT_TRANSLATE_NOOP("Wheels", "Received")},
};

WheelSlot plan(int quarter, SlotKind kind, const QString &focus, const QStringList &topics, const QStringList &inputs)
{
    WheelSlot s;
    s.quarter = quarter;
    s.kind = kind;
    s.focus = focus;
    s.topics = topics;
    for (const QString &title : inputs) {
        InputItem item;
        item.title = title;
        s.inputs.append(item);
    }
    return s;
}

WheelSlot industryDevelopment(SlotKind kind)
{
    return plan(1, kind, Wheels::tr("Industry development"),
                {Wheels::tr("Industry development, national and in the region"),
                 Wheels::tr("Review of stimulus and support")},
                {Wheels::tr("Analysis of growth in small and medium-sized companies"),
                 Wheels::tr("Business and industry surveys")});
}

WheelSlot trendAnalysis()
{
    return plan(2, SlotKind::ForumMeeting, Wheels::tr("Trend analysis and skills needs"),
                {Wheels::tr("Trend analysis: what is new and what is changing"),
                 Wheels::tr("Skills needs ahead, in the short and the long term"),
                 Wheels::tr("Joint future day for all industries, if planned")},
                {Wheels::tr("Forward-looking surveys of skills needs")});
}

WheelSlot educationOutcomes(SlotKind kind)
{
    return plan(3, kind, Wheels::tr("Education outcomes"),
                {Wheels::tr("Official statistics"), Wheels::tr("Graduates and students per year in upper secondary school"),
                 Wheels::tr("YH applications and the need for new YH programmes"),
                 Wheels::tr("Labour-market training"), Wheels::tr("Validations"),
                 Wheels::tr("Discussion of education quality")},
                {Wheels::tr("Report on what the education system delivers")});
}

WheelSlot educationOrders()
{
    return plan(4, SlotKind::ForumMeeting, Wheels::tr("Education orders"),
                {Wheels::tr("New programmes needed"), Wheels::tr("Changes to programmes"), Wheels::tr("Basic education"),
                 Wheels::tr("Further education"), Wheels::tr("Validation")},
                {Wheels::tr("Summary of Q1 to Q3")});
}


QString timeOrEmpty(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

int AnnualWheel::count(SlotKind kind) const
{
    return int(std::count_if(slotList.cbegin(), slotList.cend(), [kind](const WheelSlot &s) { return s.kind == kind; }));
}

const WheelSlot *AnnualWheel::slot(qint64 id) const
{
    for (const WheelSlot &s : slotList)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString Wheels::key(SlotKind kind)
{
    for (const KindKey &k : kSlotKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<SlotKind> Wheels::slotKindFromKey(const QString &key)
{
    for (const KindKey &k : kSlotKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString Wheels::name(SlotKind kind)
{
    for (const KindKey &k : kSlotKinds)
        if (k.kind == kind)
            return tr(k.name);
    return {};
}

QVector<SlotKind> Wheels::slotKinds()
{
    return {SlotKind::ForumMeeting, SlotKind::WorkingCommitteeMeeting, SlotKind::FutureSeminar, SlotKind::OtherEvent};
}

QString Wheels::key(InputStatus status)
{
    for (const StatusKey &k : kStatuses)
        if (k.status == status)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<InputStatus> Wheels::inputStatusFromKey(const QString &key)
{
    for (const StatusKey &k : kStatuses)
        if (key == QLatin1String(k.key))
            return k.status;
    return std::nullopt;
}

QString Wheels::name(InputStatus status)
{
    for (const StatusKey &k : kStatuses)
        if (k.status == status)
            return tr(k.name);
    return {};
}

QVector<WheelTemplate> Wheels::builtInTemplates()
{
    WheelTemplate seed;
    seed.key = QStringLiteral("seed");
    seed.name = tr("Two forum meetings and two working-committee meetings (the programme's wheel)");
    seed.slotList = {industryDevelopment(SlotKind::WorkingCommitteeMeeting), trendAnalysis(),
                  educationOutcomes(SlotKind::WorkingCommitteeMeeting), educationOrders()};

    WheelTemplate three;
    three.key = QStringLiteral("three_forums");
    three.name = tr("Three forum meetings and one working-committee meeting");
    three.slotList = {industryDevelopment(SlotKind::WorkingCommitteeMeeting), trendAnalysis(),
                   educationOutcomes(SlotKind::ForumMeeting), educationOrders()};

    WheelTemplate four;
    four.key = QStringLiteral("four_forums");
    four.name = tr("Four forum meetings");
    four.slotList = {industryDevelopment(SlotKind::ForumMeeting), trendAnalysis(), educationOutcomes(SlotKind::ForumMeeting),
                  educationOrders()};
    return {seed, three, four};
}

std::optional<WheelTemplate> Wheels::builtInTemplate(const QString &key)
{
    for (const WheelTemplate &t : builtInTemplates())
        if (t.key == key)
            return t;
    return std::nullopt;
}

AnnualWheel Wheels::fromTemplate(const WheelTemplate &tmpl, qint64 bodyId, int year)
{
    AnnualWheel wheel;
    wheel.bodyId = bodyId;
    wheel.year = year;
    for (WheelSlot s : tmpl.slotList) {
        s.id = 0;
        s.wheelId = 0;
        s.revision = 0;
        const int month = s.quarter == 3 ? 9 : (s.quarter - 1) * 3 + 2;
        QDate d(year, month, 8); // the second Tuesday is the 8th..14th
        while (d.dayOfWeek() != Qt::Tuesday)
            d = d.addDays(1);
        s.date = d;
        const bool forum = s.kind == SlotKind::ForumMeeting || s.kind == SlotKind::FutureSeminar;
        s.start = forum ? QTime(9, 0) : QTime(13, 0);
        s.end = s.kind == SlotKind::FutureSeminar ? QTime(16, 0) : forum ? QTime(12, 0) : QTime(15, 0);
        for (InputItem &i : s.inputs) {
            i.id = 0;
            i.due = d.addDays(-14);
            i.status = InputStatus::Missing;
        }
        wheel.slotList.append(s);
    }
    return wheel;
}

WheelTemplate Wheels::toTemplate(const AnnualWheel &wheel, const QString &name)
{
    WheelTemplate t;
    t.name = name;
    for (WheelSlot s : wheel.slotList) {
        s.id = 0;
        s.wheelId = 0;
        s.date = QDate();
        for (InputItem &i : s.inputs) {
            i.id = 0;
            i.due = QDate();
            i.status = InputStatus::Missing;
        }
        t.slotList.append(s);
    }
    return t;
}

QDate Wheels::sameWeekday(const QDate &date, int year)
{
    if (!date.isValid())
        return {};
    const int day = std::min(date.day(), QDate(year, date.month(), 1).daysInMonth());
    QDate d(year, date.month(), day);
    int shift = date.dayOfWeek() - d.dayOfWeek(); // -6..6
    if (shift > 3)
        shift -= 7;
    if (shift < -3)
        shift += 7;
    d = d.addDays(shift);
    if (d.year() < year)
        d = d.addDays(7);
    if (d.year() > year)
        d = d.addDays(-7);
    return d;
}

AnnualWheel Wheels::copiedToYear(const AnnualWheel &wheel, int year)
{
    AnnualWheel out;
    out.bodyId = wheel.bodyId;
    out.bodyName = wheel.bodyName;
    out.year = year;
    for (WheelSlot s : wheel.slotList) {
        const QDate old = s.date;
        s.id = 0;
        s.wheelId = 0;
        s.revision = 0;
        s.date = sameWeekday(old, year);
        const qint64 shift = old.isValid() ? old.daysTo(s.date) : 0;
        for (InputItem &i : s.inputs) {
            i.id = 0;
            i.status = InputStatus::Missing;
            if (i.due.isValid())
                i.due = old.isValid() ? i.due.addDays(shift) : QDate();
        }
        s.quarter = s.date.isValid() ? quarterOf(s.date) : s.quarter;
        out.slotList.append(s);
    }
    return out;
}

QString Wheels::describe(const WheelSlot &slot)
{
    const QString what = tr("Q%1 %2").arg(slot.quarter).arg(name(slot.kind).toLower());
    return slot.date.isValid() ? tr("%1 on %2").arg(what, dateText(slot.date)) : what;
}

Status Wheels::validate(const WheelSlot &slot, int year)
{
    if (slot.quarter < 1 || slot.quarter > 4)
        return Error{Error::Kind::Invalid, tr("The quarter must be 1 to 4, not %1.").arg(slot.quarter)};
    if (slot.date.isValid() && slot.date.year() != year)
        return Error{Error::Kind::Invalid, tr("The date %1 of the %2 is outside the wheel's year %3.")
                                               .arg(dateText(slot.date), describe(WheelSlot{slot.id, slot.wheelId, slot.quarter, slot.kind, QDate(), {}, {}, {}, {}, {}, {}, 0}))
                                               .arg(year)};
    if (slot.start.isValid() && slot.end.isValid() && slot.end <= slot.start)
        return Error{Error::Kind::Invalid, tr("The %1 ends at %2, which is not after its start at %3.")
                                               .arg(describe(slot), timeOrEmpty(slot.end), timeOrEmpty(slot.start))};
    for (const InputItem &i : slot.inputs)
        if (i.title.trimmed().isEmpty())
            return Error{Error::Kind::Invalid, tr("An input material item of the %1 has no title.").arg(describe(slot))};
    return {};
}

QVector<WheelWarning> Wheels::checkSlot(const WheelSlot &slot)
{
    QVector<WheelWarning> out;
    if (slot.date.isValid() && quarterOf(slot.date) != slot.quarter)
        out.append({slot.id, tr("The Q%1 %2 is planned on %3, which is in Q%4.")
                                 .arg(slot.quarter)
                                 .arg(name(slot.kind).toLower(), dateText(slot.date))
                                 .arg(quarterOf(slot.date))});
    for (const InputItem &i : slot.inputs) {
        if (slot.date.isValid() && i.due.isValid() && i.due >= slot.date)
            out.append({slot.id, tr("The input material \"%1\" for the %2 is due on %3, not before the meeting.")
                                     .arg(i.title, describe(slot), dateText(i.due))});
        if (i.responsibleActorId == 0 && i.responsiblePersonId == 0 && !i.responsibleName.isEmpty())
            out.append({slot.id, tr("%1, responsible for the input material \"%2\" of the %3, is no longer in the "
                                    "register. Choose another responsible.")
                                     .arg(i.responsibleName, i.title, describe(slot))});
    }
    return out;
}

QVector<WheelWarning> Wheels::check(const AnnualWheel &wheel, bool isIndustryForum)
{
    QVector<WheelWarning> out;
    if (isIndustryForum) {
        const int forums = wheel.count(SlotKind::ForumMeeting);
        const int committees = wheel.count(SlotKind::WorkingCommitteeMeeting);
        if (forums == 0)
            out.append({0, tr("An industry forum meets two to four times a year; the wheel has no forum meeting.")});
        else if (forums == 1)
            out.append({0, tr("An industry forum meets two to four times a year; the wheel has only one forum meeting.")});
        else if (forums > 4)
            out.append({0, tr("An industry forum meets two to four times a year; the wheel has %1 forum meetings.")
                               .arg(forums)});
        if (forums >= 2 && forums <= 3 && committees == 0)
            out.append({0, tr("With %1 forum meetings a year the forum should add one or two working-committee "
                              "meetings; the wheel has none.")
                               .arg(forums)});
        else if (forums >= 2 && forums <= 3 && committees > 2)
            out.append({0, tr("With %1 forum meetings a year the forum should add one or two working-committee "
                              "meetings; the wheel has %2.")
                               .arg(forums)
                               .arg(committees)});
    }
    for (const WheelSlot &s : wheel.slotList)
        out += checkSlot(s);
    return out;
}

QVector<WheelWarning> Wheels::checkFutureSeminar(const QVector<AnnualWheel> &wheels)
{
    QVector<WheelWarning> out;
    QMap<QDate, QStringList> dates;
    int year = 0;
    for (const AnnualWheel &w : wheels) {
        year = w.year;
        for (const WheelSlot &s : w.slotList)
            if (s.kind == SlotKind::FutureSeminar)
                dates[s.date].append(w.bodyName);
    }
    if (wheels.isEmpty())
        return out;
    if (dates.isEmpty())
        out.append({0, tr("No joint future seminar is planned for %1; the forums should have one a year.").arg(year)});
    else if (dates.size() > 1) {
        QStringList when;
        for (auto it = dates.cbegin(); it != dates.cend(); ++it)
            when << tr("%1 (%2)").arg(it.key().isValid() ? dateText(it.key()) : tr("no date"),
                                      it.value().join(QStringLiteral(", ")));
        out.append({0, tr("The forums should share one joint future seminar in %1, but it is planned on several "
                          "dates: %2.")
                           .arg(year)
                           .arg(when.join(QStringLiteral("; ")))});
    }
    return out;
}

QByteArray WheelTemplate::toJson() const
{
    QJsonArray slotArray;
    for (const WheelSlot &s : slotList) {
        QJsonArray inputs;
        for (const InputItem &i : s.inputs)
            inputs.append(QJsonObject{{QStringLiteral("title"), i.title},
                                      {QStringLiteral("responsible"), i.responsibleName},
                                      {QStringLiteral("actor"), double(i.responsibleActorId)},
                                      {QStringLiteral("person"), double(i.responsiblePersonId)}});
        slotArray.append(QJsonObject{{QStringLiteral("quarter"), s.quarter},
                                     {QStringLiteral("kind"), Wheels::key(s.kind)},
                                     {QStringLiteral("start"), timeOrEmpty(s.start)},
                                     {QStringLiteral("end"), timeOrEmpty(s.end)},
                                     {QStringLiteral("place"), s.place},
                                     {QStringLiteral("focus"), s.focus},
                                     {QStringLiteral("topics"), QJsonArray::fromStringList(s.topics)},
                                     {QStringLiteral("inputs"), inputs}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("slotList"), slotArray}}).toJson(QJsonDocument::Compact);
}

Result<WheelTemplate> WheelTemplate::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error{Error::Kind::Invalid, Wheels::tr("The stored template is damaged: %1").arg(err.errorString())};
    WheelTemplate t;
    for (const QJsonValue &v : doc.object().value(QLatin1String("slotList")).toArray()) {
        const QJsonObject o = v.toObject();
        WheelSlot s;
        s.quarter = o.value(QLatin1String("quarter")).toInt(1);
        const auto kind = Wheels::slotKindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind || s.quarter < 1 || s.quarter > 4)
            return Error{Error::Kind::Invalid, Wheels::tr("The stored template is damaged: a slot has an unknown "
                                                          "kind or quarter.")};
        s.kind = *kind;
        s.start = QTime::fromString(o.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
        s.end = QTime::fromString(o.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
        s.place = o.value(QLatin1String("place")).toString();
        s.focus = o.value(QLatin1String("focus")).toString();
        for (const QJsonValue &tv : o.value(QLatin1String("topics")).toArray())
            s.topics << tv.toString();
        for (const QJsonValue &iv : o.value(QLatin1String("inputs")).toArray()) {
            const QJsonObject io = iv.toObject();
            InputItem i;
            i.title = io.value(QLatin1String("title")).toString();
            i.responsibleName = io.value(QLatin1String("responsible")).toString();
            i.responsibleActorId = qint64(io.value(QLatin1String("actor")).toDouble());
            i.responsiblePersonId = qint64(io.value(QLatin1String("person")).toDouble());
            s.inputs.append(i);
        }
        t.slotList.append(s);
    }
    return t;
}
