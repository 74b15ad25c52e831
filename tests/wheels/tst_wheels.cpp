// Annual wheels (issue 4): templates, wheels, slots and input material, meetings and
// agendas, the seeds' rule checks, clash detection and bad input, through a real
// database file.
#include "ActorRepository.h"
#include "AnnualWheel.h"
#include "BodyRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "PdfSupport.h"
#include "PersonRepository.h"
#include "TestSupport.h"
#include "WheelRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestWheels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedTemplateHasTheProgrammesQuarters();
    void templateToWheelToMeetingToAgenda();
    void savedTemplateAndCopyOfLastYear();
    void forumMeetsTwoToFourTimes_data();
    void forumMeetsTwoToFourTimes();
    void workingCommitteeWithTwoOrThreeForumMeetings_data();
    void workingCommitteeWithTwoOrThreeForumMeetings();
    void oneJointFutureSeminar();
    void inputsDueBeforeTheirMeeting();
    void clashesNeedTheSameDayAndCommonMembers();
    void dateOutsideTheYearIsRefusedAndNothingChanges();
    void endBeforeStartIsRefused();
    void wrongQuarterIsAWarningNotARefusal();
    void deletedResponsibleActorIsNamed();
    void bodyWithAWheelCannotBeDeleted();
    void demoHasTheSormlandForumWheels();
    void cliListsWheelsAndMeetings();
    void cliReportWheelWritesTheWheelPdf();
    void cliReportWheelRefusesAYearWithoutAWheel();

private:
    qint64 addForum(const QString &name);
    qint64 addActor(const QString &name);
    AnnualWheel wheelWith(int forums, int committees, int seminars = 0);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_year = 2026;
};

void TestWheels::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite")));
    auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")), {Database::Mode::OpenOrCreate});
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestWheels::cleanup()
{
    m_db.reset();
}

qint64 TestWheels::addForum(const QString &name)
{
    Body b;
    b.name = name;
    b.kind = BodyKind::IndustryForum;
    auto id = BodyRepository(*m_db).add(b);
    return id ? *id : 0;
}

qint64 TestWheels::addActor(const QString &name)
{
    Actor a;
    a.name = name;
    a.type = ActorType::Region;
    a.level = GeoLevel::Regional;
    auto id = ActorRepository(*m_db).add(a);
    return id ? *id : 0;
}

AnnualWheel TestWheels::wheelWith(int forums, int committees, int seminars)
{
    AnnualWheel w;
    w.year = m_year;
    int month = 1;
    auto add = [&](SlotKind kind) {
        WheelSlot s;
        s.kind = kind;
        s.date = QDate(m_year, month, 10);
        s.quarter = Wheels::quarterOf(s.date);
        month += 1;
        w.slotList.append(s);
    };
    for (int i = 0; i < forums; ++i)
        add(SlotKind::ForumMeeting);
    for (int i = 0; i < committees; ++i)
        add(SlotKind::WorkingCommitteeMeeting);
    for (int i = 0; i < seminars; ++i)
        add(SlotKind::FutureSeminar);
    return w;
}

void TestWheels::seedTemplateHasTheProgrammesQuarters()
{
    const auto seed = Wheels::builtInTemplate(QStringLiteral("seed"));
    QVERIFY(seed);
    QCOMPARE(seed->slotList.size(), 4);
    const SlotKind kinds[] = {SlotKind::WorkingCommitteeMeeting, SlotKind::ForumMeeting,
                              SlotKind::WorkingCommitteeMeeting, SlotKind::ForumMeeting};
    for (int q = 0; q < 4; ++q) {
        QCOMPARE(seed->slotList.at(q).quarter, q + 1);
        QCOMPARE(seed->slotList.at(q).kind, kinds[q]);
        QVERIFY(!seed->slotList.at(q).topics.isEmpty());
        QVERIFY(!seed->slotList.at(q).inputs.isEmpty());
    }
    QCOMPARE(seed->slotList.at(0).focus, QStringLiteral("Industry development"));
    QCOMPARE(seed->slotList.at(3).focus, QStringLiteral("Education orders"));
    QVERIFY(seed->slotList.at(3).topics.contains(QStringLiteral("Validation")));

    const auto three = Wheels::builtInTemplate(QStringLiteral("three_forums"));
    const auto four = Wheels::builtInTemplate(QStringLiteral("four_forums"));
    QVERIFY(three && four);
    QCOMPARE(Wheels::fromTemplate(*three, 1, m_year).count(SlotKind::ForumMeeting), 3);
    QCOMPARE(Wheels::fromTemplate(*four, 1, m_year).count(SlotKind::ForumMeeting), 4);
    // Every built-in template passes its own rule checks.
    for (const WheelTemplate &t : Wheels::builtInTemplates()) {
        const AnnualWheel w = Wheels::fromTemplate(t, 1, m_year);
        QVERIFY2(Wheels::check(w, true).isEmpty(), qPrintable(t.key));
        for (const WheelSlot &s : w.slotList) {
            QCOMPARE(Wheels::quarterOf(s.date), s.quarter);
            QCOMPARE(s.date.dayOfWeek(), int(Qt::Tuesday));
            QVERIFY(s.start < s.end);
        }
    }
}

void TestWheels::templateToWheelToMeetingToAgenda()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    QVERIFY2(id, qPrintable(id.errorMessage()));
    auto wheel = wheels.load(*id);
    QVERIFY2(wheel, qPrintable(wheel.errorMessage()));
    QCOMPARE(wheel->bodyName, QStringLiteral("Branschforum Test"));
    QCOMPARE(wheel->slotList.size(), 4);
    const WheelSlot q4 = wheel->slotList.at(3);
    QCOMPARE(q4.date, QDate(m_year, 11, 10));
    QCOMPARE(q4.inputs.first().due, QDate(m_year, 10, 27));
    QCOMPARE(q4.inputs.first().status, InputStatus::Missing);

    // A second wheel for the same body and year is refused.
    auto again = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Duplicate);

    const Meeting draft = Meetings::fromSlot(q4, forum, wheel->bodyName);
    QStringList titles;
    for (const AgendaItem &i : draft.agenda)
        titles << i.title;
    QCOMPARE(titles.first(), QStringLiteral("Opening of the meeting"));
    QCOMPARE(titles.at(1), QStringLiteral("Choice of adjuster"));
    QCOMPARE(titles.at(2), QStringLiteral("Approval of the agenda"));
    QCOMPARE(titles.at(3), QStringLiteral("Follow-up of open assignments"));
    for (const QString &topic : q4.topics)
        QVERIFY(titles.contains(topic));
    QCOMPARE(titles.at(titles.size() - 3), QStringLiteral("General information"));
    QCOMPARE(titles.at(titles.size() - 2), QStringLiteral("Other matters"));
    QCOMPARE(titles.last(), QStringLiteral("Closing of the meeting"));

    const MeetingRepository meetings(*m_db);
    auto mid = meetings.add(draft);
    QVERIFY2(mid, qPrintable(mid.errorMessage()));
    QCOMPARE(*meetings.idForSlot(q4.id), *mid);
    auto stored = meetings.load(*mid);
    QVERIFY(stored);
    QCOMPARE(stored->date, q4.date);
    QCOMPARE(stored->start, q4.start);
    QCOMPARE(stored->agenda.size(), draft.agenda.size());

    // Reorder and remove agenda items; the order is kept.
    Meeting edited = *stored;
    edited.agenda.move(5, 4);
    edited.agenda.removeAt(6);
    edited.agenda.insert(7, AgendaItem{0, QStringLiteral("YH-släpp i januari"), AgendaKind::Other, {}});
    const Status saved = meetings.update(edited);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    auto reloaded = meetings.load(*mid);
    QCOMPARE(reloaded->agenda.size(), edited.agenda.size());
    for (int i = 0; i < edited.agenda.size(); ++i)
        QCOMPARE(reloaded->agenda.at(i).title, edited.agenda.at(i).title);
    QCOMPARE(reloaded->revision, stored->revision + 1);

    // An agenda item without a title is refused, and the stored agenda stays.
    Meeting bad = *reloaded;
    bad.agenda[2].title = QStringLiteral("  ");
    const Status refused = meetings.update(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Item 3")), qPrintable(refused.errorMessage()));
    QCOMPARE(meetings.load(*mid)->agenda, reloaded->agenda);
}

void TestWheels::savedTemplateAndCopyOfLastYear()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("four_forums")));
    QVERIFY(id);
    AnnualWheel wheel = *wheels.load(*id);
    wheel.slotList[0].place = QStringLiteral("Nyköping");
    wheel.slotList[0].inputs[0].status = InputStatus::Received;
    QVERIFY(wheels.updateSlot(wheel.slotList[0]));

    auto tid = wheels.saveTemplate(Wheels::toTemplate(*wheels.load(*id), QStringLiteral("Vår egen")));
    QVERIFY2(tid, qPrintable(tid.errorMessage()));
    auto all = wheels.templates();
    QVERIFY(all);
    QCOMPARE(all->size(), Wheels::builtInTemplates().size() + 1);
    QCOMPARE(all->last().name, QStringLiteral("Vår egen"));
    QCOMPARE(all->last().slotList.first().place, QStringLiteral("Nyköping"));
    QVERIFY(!wheels.saveTemplate(Wheels::toTemplate(wheel, QStringLiteral("Vår egen"))));

    auto copy = wheels.copyFromYear(forum, m_year, m_year + 1);
    QVERIFY2(copy, qPrintable(copy.errorMessage()));
    const AnnualWheel next = *wheels.load(*copy);
    QCOMPARE(next.year, m_year + 1);
    QCOMPARE(next.slotList.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const WheelSlot &old = wheel.slotList.at(i);
        const WheelSlot &now = next.slotList.at(i);
        QCOMPARE(now.date.year(), m_year + 1);
        QCOMPARE(now.date.dayOfWeek(), old.date.dayOfWeek());
        QVERIFY(qAbs(now.date.dayOfYear() - old.date.dayOfYear()) <= 4);
        QCOMPARE(now.inputs.first().status, InputStatus::Missing);
        QVERIFY(now.inputs.first().due < now.date);
    }
    QCOMPARE(next.slotList.first().place, QStringLiteral("Nyköping"));
    QVERIFY(!wheels.copyFromYear(forum, m_year - 5, m_year - 4));
}

void TestWheels::forumMeetsTwoToFourTimes_data()
{
    QTest::addColumn<int>("forums");
    QTest::addColumn<bool>("warned");
    QTest::newRow("none") << 0 << true;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("two") << 2 << false;
    QTest::newRow("four") << 4 << false;
    QTest::newRow("five") << 5 << true;
}

void TestWheels::forumMeetsTwoToFourTimes()
{
    QFETCH(int, forums);
    QFETCH(bool, warned);
    const auto warnings = Wheels::check(wheelWith(forums, 1), true);
    bool found = false;
    for (const WheelWarning &w : warnings)
        found = found || w.message.contains(QStringLiteral("two to four times"));
    QCOMPARE(found, warned);
    // Other bodies have no such rule.
    QVERIFY(Wheels::check(wheelWith(forums, 1), false).isEmpty());
}

void TestWheels::workingCommitteeWithTwoOrThreeForumMeetings_data()
{
    QTest::addColumn<int>("forums");
    QTest::addColumn<int>("committees");
    QTest::addColumn<bool>("warned");
    QTest::newRow("2+0") << 2 << 0 << true;
    QTest::newRow("2+1") << 2 << 1 << false;
    QTest::newRow("3+2") << 3 << 2 << false;
    QTest::newRow("3+3") << 3 << 3 << true;
    QTest::newRow("4+0") << 4 << 0 << false;
}

void TestWheels::workingCommitteeWithTwoOrThreeForumMeetings()
{
    QFETCH(int, forums);
    QFETCH(int, committees);
    QFETCH(bool, warned);
    const auto warnings = Wheels::check(wheelWith(forums, committees), true);
    bool found = false;
    for (const WheelWarning &w : warnings)
        found = found || w.message.contains(QStringLiteral("working-committee"));
    QCOMPARE(found, warned);
}

void TestWheels::oneJointFutureSeminar()
{
    AnnualWheel a = wheelWith(2, 2);
    a.bodyName = QStringLiteral("A");
    AnnualWheel b = wheelWith(2, 2);
    b.bodyName = QStringLiteral("B");
    auto warnings = Wheels::checkFutureSeminar({a, b});
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().message.contains(QStringLiteral("No joint future seminar")));

    WheelSlot seminar;
    seminar.kind = SlotKind::FutureSeminar;
    seminar.quarter = 2;
    seminar.date = QDate(m_year, 4, 16);
    a.slotList.append(seminar);
    b.slotList.append(seminar);
    QVERIFY(Wheels::checkFutureSeminar({a, b}).isEmpty());

    b.slotList.last().date = QDate(m_year, 5, 20);
    warnings = Wheels::checkFutureSeminar({a, b});
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().message.contains(QStringLiteral("several dates")), qPrintable(warnings.first().message));
    QVERIFY(warnings.first().message.contains(QStringLiteral("2026-05-20 (B)")));
}

void TestWheels::inputsDueBeforeTheirMeeting()
{
    WheelSlot s;
    s.quarter = 2;
    s.kind = SlotKind::ForumMeeting;
    s.date = QDate(m_year, 5, 12);
    s.inputs.append(InputItem{0, QStringLiteral("Trendanalys"), 0, 0, {}, QDate(m_year, 4, 28), InputStatus::Missing});
    QVERIFY(Wheels::checkSlot(s).isEmpty());
    s.inputs[0].due = s.date;
    auto warnings = Wheels::checkSlot(s);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().message.contains(QStringLiteral("\"Trendanalys\"")));
    QVERIFY(warnings.first().message.contains(QStringLiteral("not before the meeting")));
}

void TestWheels::clashesNeedTheSameDayAndCommonMembers()
{
    const QDate day(m_year, 5, 12);
    QVector<CalendarEntry> entries = {{1, QStringLiteral("Gröna näringar"), day, QStringLiteral("Q2")},
                                      {2, QStringLiteral("Transport"), day, QStringLiteral("Q2")},
                                      {3, QStringLiteral("Vård"), day, QStringLiteral("Q2")},
                                      {2, QStringLiteral("Transport"), day.addDays(1), QStringLiteral("Q2")}};
    QHash<qint64, QSet<QString>> members;
    members[1] = {QStringLiteral("Region Sörmland"), QStringLiteral("Jonas Wulff")};
    members[2] = {QStringLiteral("Region Sörmland"), QStringLiteral("Marcus Larsson")};
    members[3] = {QStringLiteral("Anna Andersson")};
    auto clashes = Meetings::clashes(entries, members);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().first.bodyId, 1);
    QCOMPARE(clashes.first().second.bodyId, 2);
    QCOMPARE(clashes.first().commonMembers, QStringList{QStringLiteral("Region Sörmland")});
    QVERIFY(clashes.first().message().contains(QStringLiteral("Gröna näringar and Transport")));

    // No common members: no clash; different days: no clash.
    members[2] = {QStringLiteral("Marcus Larsson")};
    QVERIFY(Meetings::clashes(entries, members).isEmpty());
    members[2] = {QStringLiteral("Region Sörmland")};
    entries[1].date = day.addDays(2);
    QVERIFY(Meetings::clashes(entries, members).isEmpty());
}

void TestWheels::dateOutsideTheYearIsRefusedAndNothingChanges()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    QVERIFY(id);
    const AnnualWheel before = *wheels.load(*id);
    WheelSlot s = before.slotList.at(3);
    s.date = QDate(m_year + 1, 1, 12);
    s.place = QStringLiteral("Changed");
    const Status refused = wheels.updateSlot(s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("%1-01-12").arg(m_year + 1)), qPrintable(refused.errorMessage()));
    QVERIFY(refused.errorMessage().contains(QStringLiteral("outside the wheel's year %1").arg(m_year)));
    QCOMPARE(wheels.load(*id)->slotList, before.slotList);

    // The same for a new slot and for a whole wheel.
    s.id = 0;
    QVERIFY(!wheels.addSlot(s));
    QCOMPARE(wheels.load(*id)->slotList.size(), 4);
    AnnualWheel other = Wheels::fromTemplate(*Wheels::builtInTemplate(QStringLiteral("seed")), forum, m_year + 3);
    other.slotList[1].date = QDate(m_year, 5, 5);
    QVERIFY(!wheels.add(other));
    QCOMPARE(*wheels.idFor(forum, m_year + 3), 0);
}

void TestWheels::endBeforeStartIsRefused()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    WheelSlot s = wheels.load(*id)->slotList.at(1);
    s.start = QTime(13, 0);
    s.end = QTime(12, 0);
    const Status refused = wheels.updateSlot(s);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("ends at 12:00")), qPrintable(refused.errorMessage()));
    QCOMPARE(wheels.load(*id)->slotList.at(1).start, QTime(9, 0));

    Meeting m = Meetings::fromSlot(wheels.load(*id)->slotList.at(1), forum, QString());
    m.end = QTime(8, 0);
    auto added = MeetingRepository(*m_db).add(m);
    QVERIFY(!added);
    QVERIFY(MeetingRepository(*m_db).list()->isEmpty());
}

void TestWheels::wrongQuarterIsAWarningNotARefusal()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    WheelSlot s = wheels.load(*id)->slotList.at(0); // Q1
    s.date = QDate(m_year, 4, 7);
    QVERIFY(wheels.updateSlot(s));
    QCOMPARE(wheels.load(*id)->slotList.first().date, QDate(m_year, 4, 7));
    const auto warnings = Wheels::check(*wheels.load(*id), true);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().slotId, s.id);
    QVERIFY2(warnings.first().message.contains(QStringLiteral("which is in Q2")), qPrintable(warnings.first().message));
}

void TestWheels::deletedResponsibleActorIsNamed()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    const qint64 lrf = addActor(QStringLiteral("LRF Sörmland"));
    const WheelRepository wheels(*m_db);
    auto id = wheels.createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed")));
    WheelSlot s = wheels.load(*id)->slotList.at(0);
    s.inputs[0].responsibleActorId = lrf;
    s.inputs[0].responsibleName = QStringLiteral("LRF Sörmland");
    QVERIFY(wheels.updateSlot(s));
    QCOMPARE(wheels.load(*id)->slotList.at(0).inputs.at(0).responsibleName, QStringLiteral("LRF Sörmland"));

    // Saving with an actor that has gone is refused with its name.
    WheelSlot gone = s;
    gone.inputs[0].responsibleActorId = lrf + 1000;
    gone.inputs[0].responsibleName = QStringLiteral("Borttagen AB");
    const Status refused = wheels.updateSlot(gone);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Borttagen AB")), qPrintable(refused.errorMessage()));

    // Deleting the actor keeps the input and its name; the check asks for another.
    QVERIFY(ActorRepository(*m_db).remove(lrf));
    const WheelSlot after = wheels.load(*id)->slotList.at(0);
    QCOMPARE(after.inputs.size(), s.inputs.size());
    QCOMPARE(after.inputs.at(0).responsibleActorId, 0);
    QCOMPARE(after.inputs.at(0).responsibleName, QStringLiteral("LRF Sörmland"));
    const auto warnings = Wheels::checkSlot(after);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().message.contains(QStringLiteral("LRF Sörmland")), qPrintable(warnings.first().message));
    QVERIFY(warnings.first().message.contains(QStringLiteral("no longer in the register")));
}

void TestWheels::bodyWithAWheelCannotBeDeleted()
{
    const qint64 forum = addForum(QStringLiteral("Branschforum Test"));
    QVERIFY(WheelRepository(*m_db).createFromTemplate(forum, m_year, *Wheels::builtInTemplate(QStringLiteral("seed"))));
    const Status refused = BodyRepository(*m_db).remove(forum);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::InUse);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("Branschforum Test")));
    QVERIFY(BodyRepository(*m_db).find(forum));
}

void TestWheels::demoHasTheSormlandForumWheels()
{
    QVERIFY(DemoData::populate(*m_db));
    const int year = QDate::currentDate().year();
    const WheelRepository wheels(*m_db);
    auto all = wheels.ofYear(year);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).bodyName, QStringLiteral("Branschforum Gröna näringar"));
    QCOMPARE(all->at(1).bodyName, QStringLiteral("Branschforum Transport"));
    for (const AnnualWheel &w : *all) {
        QCOMPARE(w.count(SlotKind::ForumMeeting), 2);
        QCOMPARE(w.count(SlotKind::WorkingCommitteeMeeting), 2);
        const auto warnings = Wheels::check(w, true);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.first().message));
    }
    QVERIFY(Wheels::checkFutureSeminar(*all).isEmpty());
    // The two forums meet on different days: no clash.
    QVector<CalendarEntry> entries;
    for (const AnnualWheel &w : *all)
        for (const WheelSlot &s : w.slotList)
            if (s.kind != SlotKind::FutureSeminar)
                entries.append({w.bodyId, w.bodyName, s.date, Wheels::describe(s)});
    QVERIFY(Meetings::clashes(entries, *wheels.memberNames()).isEmpty());

    auto meetings = MeetingRepository(*m_db).list(0, year);
    QVERIFY(meetings);
    QCOMPARE(meetings->size(), 9); // 4 + 4 and the joint seminar once
    auto first = MeetingRepository(*m_db).load(meetings->first().id);
    QVERIFY(first->slotId > 0);
    QVERIFY(first->agenda.size() >= 8);
}

void TestWheels::cliListsWheelsAndMeetings()
{
    QVERIFY(DemoData::populate(*m_db));
    const QString path = m_db->path();
    m_db.reset();
    auto wheels = TestSupport::runCli({QStringLiteral("list"), QStringLiteral("wheels"), QStringLiteral("--db"), path});
    QCOMPARE(wheels.exitCode, 0);
    const QString text = QString::fromUtf8(wheels.out);
    QVERIFY2(text.startsWith(QStringLiteral("id;body_id;body;year;slots")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(";Branschforum Transport;%1;5").arg(QDate::currentDate().year())));
    auto meetings = TestSupport::runCli({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"),
                                         path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(meetings.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(meetings.out).array();
    // The wheels' meetings, and the meeting of seed 004's minutes (2018).
    QCOMPARE(rows.size(), 10);
    QVERIFY(rows.first().toObject().contains(QStringLiteral("title")));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2018-09-28"));
}

void TestWheels::cliReportWheelWritesTheWheelPdf()
{
    VERKSTAN_REQUIRE_TOOL("pdftotext");
    QVERIFY(DemoData::populate(*m_db));
    const int year = QDate::currentDate().year();
    const qint64 transport = WheelRepository(*m_db).ofYear(year)->at(1).bodyId;
    const QString path = m_db->path();
    m_db.reset();
    const QString pdf = m_dir.filePath(QStringLiteral("wheel.pdf"));
    QFile::remove(pdf);
    auto run = TestSupport::runCli({QStringLiteral("report"), QStringLiteral("wheel"), QStringLiteral("--db"), path,
                                    QStringLiteral("--body"), QString::number(transport), QStringLiteral("--year"),
                                    QString::number(year), QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(pdf));
    const QString text = PdfSupport::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("Branschforum Transport")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Meetings of the year")));
    QVERIFY(text.contains(QStringLiteral("Trend analysis and skills needs")));
    QVERIFY(text.contains(QStringLiteral("Eskilstuna"))); // the place, wrapped in its cell
}

void TestWheels::cliReportWheelRefusesAYearWithoutAWheel()
{
    QVERIFY(DemoData::populate(*m_db));
    const int year = QDate::currentDate().year();
    const qint64 transport = WheelRepository(*m_db).ofYear(year)->at(1).bodyId;
    const QString path = m_db->path();
    m_db.reset();
    const QString pdf = m_dir.filePath(QStringLiteral("wheel.pdf"));
    QFile::remove(pdf);
    // A year without a wheel: a usage error that says what is wrong, and no file.
    const auto run = TestSupport::runCli({QStringLiteral("report"), QStringLiteral("wheel"), QStringLiteral("--db"),
                                          path, QStringLiteral("--body"), QString::number(transport),
                                          QStringLiteral("--year"), QStringLiteral("1999"), QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no annual wheel for 1999"), run.err.constData());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestWheels)
#include "tst_wheels.moc"
