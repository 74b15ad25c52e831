#include "DemoWheels.h"

#include "ActorRepository.h"
#include "BodyRepository.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "WheelRepository.h"

namespace {

Error demoError(const QString &what)
{
    return Error{Error::Kind::Invalid, DemoWheels::tr("The demo wheels are broken: %1").arg(what)};
}

} // namespace

Status DemoWheels::add(const Database &db, int year)
{
    auto bodies = BodyRepository(db).all();
    if (!bodies)
        return bodies.error();
    auto actors = ActorRepository(db).all();
    if (!actors)
        return actors.error();
    qint64 region = 0;
    for (const Actor &a : *actors)
        if (a.name == QStringLiteral("Region Sörmland"))
            region = a.id;
    if (!region)
        return demoError(tr("Region Sörmland is not among the actors"));

    auto bodyNamed = [&](const QString &name) -> const Body * {
        for (const Body &b : *bodies)
            if (b.name == name)
                return &b;
        return nullptr;
    };

    const WheelRepository wheels(db);
    const MeetingRepository meetings(db);
    const auto seed = Wheels::builtInTemplate(QStringLiteral("seed"));
    // The joint future seminar: one day in April for every forum (001 §6.4.1).
    QDate seminar(year, 4, 15);
    while (seminar.dayOfWeek() != Qt::Thursday)
        seminar = seminar.addDays(1);

    const QString forums[] = {QStringLiteral("Branschforum Gröna näringar"), QStringLiteral("Branschforum Transport")};
    for (int f = 0; f < 2; ++f) {
        const Body *forum = bodyNamed(forums[f]);
        if (!forum)
            return demoError(tr("bodies.json has no %1").arg(forums[f]));
        AnnualWheel wheel = Wheels::fromTemplate(*seed, forum->id, year);
        for (WheelSlot &s : wheel.slotList) {
            // Transport meets on Wednesdays, the day after Gröna näringar: shared members
            // from the region would otherwise have two meetings on one day.
            s.date = s.date.addDays(f);
            s.place = f == 0 ? tr("Region Sörmland, Nyköping") : tr("Region Sörmland, Eskilstuna");
            for (InputItem &i : s.inputs) {
                i.due = s.date.addDays(-14);
                i.responsibleActorId = region;
                i.responsibleName = QStringLiteral("Region Sörmland");
            }
        }
        // Q1's input material has come in; Q2's has been asked for.
        for (InputItem &i : wheel.slotList[0].inputs)
            i.status = InputStatus::Received;
        for (InputItem &i : wheel.slotList[1].inputs)
            i.status = InputStatus::Requested;
        WheelSlot joint;
        joint.quarter = 2;
        joint.kind = SlotKind::FutureSeminar;
        joint.date = seminar;
        joint.start = QTime(9, 0);
        joint.end = QTime(16, 0);
        joint.place = tr("Region Sörmland, Nyköping");
        joint.focus = tr("The skills of the future in every industry");
        joint.topics = {tr("Technology development and the climate transition"),
                        tr("The whole talent pool: women, men and integration")};
        wheel.slotList.insert(2, joint);

        auto id = wheels.add(wheel);
        if (!id)
            return id.error();
        auto stored = wheels.load(*id);
        if (!stored)
            return stored.error();
        for (const WheelSlot &s : stored->slotList) {
            if (s.kind == SlotKind::FutureSeminar && f > 0)
                continue; // one joint seminar, held by the first forum
            Meeting m = Meetings::fromSlot(s, forum->id, QString());
            if (auto mid = meetings.add(m); !mid)
                return mid.error();
        }
    }
    return {};
}
