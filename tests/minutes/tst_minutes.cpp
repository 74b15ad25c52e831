// The minutes' rules, their way from draft to final, and the seal chain (issue 5).
#include "Minutes.h"
#include "MinutesPhrases.h"
#include "MinutesSeal.h"
#include "MinutesWorkflow.h"

#include <QtTest>

namespace {

const QDate kMeeting(2018, 9, 28);
const QDate kToday(2018, 10, 15);

Attendee person(const QString &name, const QString &party, const QString &organisation,
                MinutesRole role = MinutesRole::None, bool member = true)
{
    Attendee a;
    a.name = name;
    a.party = party;
    a.organisation = organisation;
    a.role = role;
    a.member = member;
    return a;
}

// The first items of seed 004, with its chair, secretary and adjuster.
Minutes seedMinutes()
{
    Minutes m;
    m.id = 1;
    m.bodyName = QStringLiteral("Specifikt samverkansråd för skola, utbildning och kompetensförsörjning");
    m.date = kMeeting;
    m.start = QTime(9, 0);
    m.end = QTime(12, 0);
    m.place = QStringLiteral("Konferenslokal Lärken, Eklundavägen 1, Örebro");
    m.attendance = {
        person(QStringLiteral("Irén Lejegren"), QStringLiteral("S"), QStringLiteral("Region Örebro län"), MinutesRole::Chair),
        person(QStringLiteral("Håkan Söderman"), QStringLiteral("M"), QStringLiteral("Lekebergs kommun"), MinutesRole::Adjuster),
        person(QStringLiteral("Ronny Larsson"), QStringLiteral("S"), QStringLiteral("Askersunds kommun")),
        person(QStringLiteral("Anna Elverskog"), QString(), QStringLiteral("Region Örebro län"), MinutesRole::Secretary, false),
    };
    m.items = MinutesWorkflow::itemsFromAgenda({QStringLiteral("Mötet öppnas"), QStringLiteral("Justerare"),
                                                QStringLiteral("Dagordning godkännes"),
                                                QStringLiteral("Lägesrunda från kommunerna")},
                                               1);
    m.items[1].decision = QStringLiteral("Håkan Söderman väljs till justerare");
    Assignment a;
    a.responsible = QStringLiteral("Maria Svensson Hallberg");
    a.task = QStringLiteral("ta fram ett förslag på process för handlingsplanen");
    a.due = QDate(2018, 11, 23);
    m.items[3].assignments = {a};
    return m;
}

Adjustment adjustment(const QString &name, const QDate &date)
{
    Adjustment a;
    a.name = name;
    a.date = date;
    return a;
}

Minutes finalMinutes(const QDate &date, const QByteArray &previous)
{
    Minutes m = seedMinutes();
    m.date = date;
    if (!MinutesWorkflow::sendForAdjustment(m) ||
        !MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), date.addDays(7)), date.addDays(30)) ||
        !MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Håkan Söderman"), date.addDays(8)), date.addDays(30)))
        qFatal("the seed minutes did not become final");
    MinutesSeal::apply(m, previous);
    return m;
}

} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT
private slots:
    void seedMinutesMayGoForAdjustment()
    {
        const Minutes m = seedMinutes();
        QCOMPARE(MinutesWorkflow::problemsForAdjustment(m), QStringList());
        QCOMPARE(m.chair(), QStringLiteral("Irén Lejegren"));
        QCOMPARE(m.secretary(), QStringLiteral("Anna Elverskog"));
        QCOMPARE(m.adjusters(), QStringList{QStringLiteral("Håkan Söderman")});
    }

    void wholeWorkflowToFinal()
    {
        Minutes m = seedMinutes();
        QVERIFY(m.isEditable());
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        QCOMPARE(m.state, MinutesState::ForAdjustment);
        QVERIFY(!MinutesWorkflow::checkEditable(m));

        // The adjuster comments; nobody can adjust until the secretary has resolved it.
        QVERIFY(MinutesWorkflow::addComment(m, 4, QStringLiteral("Håkan Söderman"), QStringLiteral("Stavning: Lekeberg")));
        const Status early = MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), QDate(2018, 10, 5)), kToday);
        QVERIFY(!early);
        QVERIFY2(early.errorMessage().contains(QStringLiteral("§ 4")), qPrintable(early.errorMessage()));
        QVERIFY(m.adjustments.isEmpty());
        QVERIFY(MinutesWorkflow::resolveComment(m, 4, 0));

        QVERIFY(MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), QDate(2018, 10, 5)), kToday));
        QCOMPARE(m.state, MinutesState::ForAdjustment);
        QCOMPARE(MinutesWorkflow::pendingSignatories(m), QStringList{QStringLiteral("Håkan Söderman")});
        // Names are matched without regard to case, and recorded as on the list.
        QVERIFY(MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("håkan söderman"), QDate(2018, 10, 12)), kToday));
        QCOMPARE(m.state, MinutesState::Final);
        QCOMPARE(m.adjustedOn, QDate(2018, 10, 12)); // "Justerat den": the last adjustment
        QCOMPARE(m.adjustments.last().name, QStringLiteral("Håkan Söderman"));
        QCOMPARE(m.adjustments.last().role, MinutesRole::Adjuster);

        const Status edit = MinutesWorkflow::checkEditable(m);
        QVERIFY(!edit);
        QVERIFY(edit.errorMessage().contains(QStringLiteral("2018-10-12")));
        QVERIFY(!MinutesWorkflow::returnToDraft(m));
        QVERIFY(!MinutesWorkflow::sendForAdjustment(m));

        // A correction is a numbered addition that goes the same way.
        auto addition = MinutesWorkflow::makeAddition(m, 1);
        QVERIFY2(addition.ok(), qPrintable(addition.errorMessage()));
        QCOMPARE(addition->additionNumber, 1);
        QCOMPARE(addition->addsToMinutesId, m.id);
        QCOMPARE(addition->state, MinutesState::Draft);
        QCOMPARE(addition->attendance, m.attendance);
        QVERIFY(addition->items.isEmpty());
        QVERIFY(!MinutesWorkflow::makeAddition(seedMinutes(), 1)); // a draft needs no addition
    }

    void returnToDraftDropsAdjustments()
    {
        Minutes m = seedMinutes();
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        QVERIFY(MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), kMeeting), kToday));
        QVERIFY(MinutesWorkflow::returnToDraft(m));
        QCOMPARE(m.state, MinutesState::Draft);
        QVERIFY(m.adjustments.isEmpty());
        QVERIFY(!MinutesWorkflow::returnToDraft(m));
    }

    void problems_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no adjuster") << 0 << "No adjuster";
        QTest::newRow("two secretaries") << 1 << "Two secretaries";
        QTest::newRow("adjuster absent") << 2 << "must be present";
        QTest::newRow("assignment without responsible") << 3 << "no responsible person";
        QTest::newRow("no chair") << 4 << "No chair";
        QTest::newRow("three adjusters") << 5 << "one or two";
        QTest::newRow("no items") << 6 << "no items";
    }

    void problems()
    {
        QFETCH(int, breakage);
        QFETCH(QString, expected);
        Minutes m = seedMinutes();
        switch (breakage) {
        case 0: m.attendance[1].role = MinutesRole::None; break;
        case 1: m.attendance[2].role = MinutesRole::Secretary; break;
        case 2: m.attendance[1].status = AttendanceStatus::Absent; break;
        case 3: m.items[3].assignments[0].responsible.clear(); break;
        case 4: m.attendance[0].role = MinutesRole::None; break;
        case 5:
            m.attendance[0].role = MinutesRole::Adjuster;
            m.attendance[2].role = MinutesRole::Adjuster;
            m.attendance.append(person(QStringLiteral("Ordf"), {}, {}, MinutesRole::Chair));
            break;
        case 6: m.items.clear(); break;
        }
        const QStringList problems = MinutesWorkflow::problemsForAdjustment(m);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        const Minutes before = m;
        const Status sent = MinutesWorkflow::sendForAdjustment(m);
        QVERIFY(!sent);
        QVERIFY(sent.errorMessage().contains(expected));
        QCOMPARE(m.state, MinutesState::Draft);
        QCOMPARE(m.items, before.items);
    }

    void refusedAdjustments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before the meeting") << "Håkan Söderman" << QDate(2018, 9, 27) << "before the meeting";
        QTest::newRow("in the future") << "Håkan Söderman" << QDate(2018, 10, 16) << "future";
        QTest::newRow("not a signatory") << "Ronny Larsson" << QDate(2018, 10, 1) << "neither the chair nor an adjuster";
        QTest::newRow("not on the list") << "Okänd Person" << QDate(2018, 10, 1) << "neither the chair nor an adjuster";
        QTest::newRow("no date") << "Håkan Söderman" << QDate() << "missing";
    }

    void refusedAdjustments()
    {
        QFETCH(QString, name);
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        Minutes m = seedMinutes();
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        const Status s = MinutesWorkflow::recordAdjustment(m, adjustment(name, date), kToday);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(expected), qPrintable(s.errorMessage()));
        QVERIFY(m.adjustments.isEmpty());
        QCOMPARE(m.state, MinutesState::ForAdjustment);
    }

    void adjustingTwiceOrInDraftIsRefused()
    {
        Minutes m = seedMinutes();
        QVERIFY(!MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), kMeeting), kToday));
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        QVERIFY(MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), kMeeting), kToday));
        const Status again = MinutesWorkflow::recordAdjustment(m, adjustment(QStringLiteral("Irén Lejegren"), kMeeting), kToday);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(QStringLiteral("already")));
        QCOMPARE(m.adjustments.size(), 1);
    }

    void commentsOnlyBySignatoriesWhileOut()
    {
        Minutes m = seedMinutes();
        QVERIFY(!MinutesWorkflow::addComment(m, 1, QStringLiteral("Håkan Söderman"), QStringLiteral("x")));
        QVERIFY(MinutesWorkflow::sendForAdjustment(m));
        QVERIFY(!MinutesWorkflow::addComment(m, 1, QStringLiteral("Ronny Larsson"), QStringLiteral("x")));
        QVERIFY(!MinutesWorkflow::addComment(m, 99, QStringLiteral("Håkan Söderman"), QStringLiteral("x")));
        QVERIFY(!MinutesWorkflow::addComment(m, 1, QStringLiteral("Håkan Söderman"), QStringLiteral("  ")));
        QVERIFY(MinutesWorkflow::addComment(m, 1, QStringLiteral("Irén Lejegren"), QStringLiteral("Lägg till tiden")));
        QCOMPARE(m.items[0].comments.size(), 1);
        QVERIFY(!MinutesWorkflow::resolveComment(m, 1, 1));
    }

    void numbering()
    {
        QCOMPARE(MinutesWorkflow::firstItemNumber(ItemNumbering::PerMeeting, 41), 1);
        QCOMPARE(MinutesWorkflow::firstItemNumber(ItemNumbering::RunningPerYear, 41), 42);
        QCOMPARE(MinutesWorkflow::firstItemNumber(ItemNumbering::RunningPerYear, 0), 1);
        Minutes m = seedMinutes();
        MinutesWorkflow::renumber(m, 42);
        QCOMPARE(m.items.first().number, 42);
        QCOMPARE(m.items.last().number, 45);
        QCOMPARE(MinutesWorkflow::itemsFromAgenda({QStringLiteral("a"), QStringLiteral("b")}, 7).last().number, 8);
    }

    void sealIsStableAndCoversContent()
    {
        const Minutes a = seedMinutes();
        Minutes b = seedMinutes();
        b.id = 99; // ids are not content
        b.items[0].id = 1234;
        QCOMPARE(MinutesSeal::canonicalContent(a, {}, 2), MinutesSeal::canonicalContent(b, {}, 2));
        QCOMPARE(MinutesSeal::seal(a, {}), MinutesSeal::seal(b, {}));
        QCOMPARE(MinutesSeal::seal(a, {}).size(), 64);
        QVERIFY(MinutesSeal::seal(a, {}) != MinutesSeal::seal(a, QByteArray("00")));
        b.items[2].discussion = QStringLiteral("ändrad");
        QVERIFY(MinutesSeal::seal(a, {}) != MinutesSeal::seal(b, {}));
        QVERIFY(MinutesSeal::canonicalContent(a, {}, 2).contains("Håkan Söderman"));

        const QString code = MinutesSeal::verificationCode(MinutesSeal::seal(a, {}));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$")).match(code).hasMatch(),
                 qPrintable(code));
    }

    void chainDetectsTampering_data()
    {
        QTest::addColumn<int>("tampering");
        QTest::addColumn<int>("brokenAt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("intact") << 0 << -1 << "";
        QTest::newRow("changed byte") << 1 << 1 << "changed since";
        QTest::newRow("deleted item") << 2 << 2 << "changed since";
        QTest::newRow("removed minutes") << 3 << 1 << "removed";
        QTest::newRow("no seal") << 4 << 0 << "no seal";
        QTest::newRow("changed adjustment date") << 5 << 0 << "changed since";
    }

    void chainDetectsTampering()
    {
        QFETCH(int, tampering);
        QFETCH(int, brokenAt);
        QFETCH(QString, reason);
        QVector<Minutes> chain;
        QByteArray previous;
        for (int i = 0; i < 4; ++i) {
            chain.append(finalMinutes(QDate(2018, 3, 1).addMonths(2 * i), previous));
            chain.last().id = i + 1;
            previous = chain.last().contentHash;
        }
        switch (tampering) {
        case 1: chain[1].items[3].discussion += QLatin1Char('.'); break;
        case 2: chain[2].items.removeAt(1); break;
        case 3: chain.removeAt(1); break;
        case 4: chain[0].contentHash.clear(); break;
        case 5: chain[0].adjustedOn = chain[0].adjustedOn.addDays(1); break;
        }
        const auto broken = MinutesSeal::verifyChain(chain);
        if (brokenAt < 0) {
            QVERIFY2(!broken, broken ? qPrintable(broken->reason) : "");
            return;
        }
        QVERIFY(broken.has_value());
        QCOMPARE(broken->index, qsizetype(brokenAt));
        QCOMPARE(broken->minutesId, chain.at(brokenAt).id);
        QVERIFY2(broken->reason.contains(reason), qPrintable(broken->reason));
    }

    void phrases()
    {
        const auto standard = MinutesPhrases::standard();
        QVERIFY(standard.size() >= 4);
        const auto adjuster = std::find_if(standard.begin(), standard.end(), [](const MinutesPhrases::Phrase &p) {
            return p.text.contains(QLatin1String("adjust"));
        });
        QVERIFY(adjuster != standard.end());
        QCOMPARE(MinutesPhrases::filled(adjuster->text, QStringLiteral("Håkan Söderman")),
                 QStringLiteral("Håkan Söderman is chosen to adjust the minutes."));
        QCOMPARE(MinutesPhrases::filled(adjuster->text, QString()), adjuster->text);
        QCOMPARE(MinutesPhrases::filled(QStringLiteral("The meeting is opened."), QStringLiteral("x")),
                 QStringLiteral("The meeting is opened."));
    }

    void overdueAssignments()
    {
        Assignment a;
        a.due = QDate(2018, 11, 23);
        QVERIFY(!a.isOverdue(QDate(2018, 11, 23)));
        QVERIFY(a.isOverdue(QDate(2018, 11, 24)));
        a.status = AssignmentStatus::Done;
        QVERIFY(!a.isOverdue(QDate(2019, 1, 1)));
        a.status = AssignmentStatus::CarriedOn;
        QVERIFY(a.isOverdue(QDate(2019, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestMinutes)
#include "tst_minutes.moc"
