// The annual wheel as iCalendar (RFC 5545): escaping, folding, the Stockholm time
// zone, and stable UIDs, checked with a real parser (Python's icalendar).
#include "Database.h"
#include "DemoData.h"
#include "IcsCalendar.h"
#include "MeetingRepository.h"
#include "TestSupport.h"
#include "WheelRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestIcsCalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesTextValues();
    void foldsLongLinesWithoutBreakingCharacters();
    void parsesWithIcalendarAndKeepsUidsOnReExport();
    void cliRefusesBadBodyAndYear();

private:
    // The events of an .ics file as parsed by Python's icalendar; a parser that throws
    // on the file is a test failure (recorded here).
    QJsonArray parse(const QString &path);
};

void TestIcsCalendar::escapesTextValues()
{
    QCOMPARE(IcsCalendar::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    QCOMPARE(IcsCalendar::escape(QStringLiteral("rad\r\nny")), QStringLiteral("rad\\nny"));
}

void TestIcsCalendar::foldsLongLinesWithoutBreakingCharacters()
{
    const QString line = QStringLiteral("SUMMARY:") + QString(100, QChar(0x00F6)); // ö is two octets
    const QByteArray out = IcsCalendar::folded(line);
    QVERIFY(out.endsWith("\r\n"));
    const QList<QByteArray> parts = out.chopped(2).split('\n');
    QVERIFY(parts.size() > 2);
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray p = parts.at(i);
        if (p.endsWith('\r'))
            p.chop(1);
        QVERIFY2(p.size() <= 75, p.constData());
        if (i > 0)
            QVERIFY(p.startsWith(' '));
        QVERIFY(QString::fromUtf8(p).indexOf(QChar::ReplacementCharacter) < 0);
    }
    // Unfolding gives the line back.
    QByteArray unfolded = out.chopped(2);
    unfolded.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(unfolded), line);
}

QJsonArray TestIcsCalendar::parse(const QString &path)
{
    const QString python = TestSupport::toolPath(QStringLiteral("icalendar"));
    if (python.isEmpty()) {
        QTest::qFail(qPrintable(TestSupport::checkTool(QStringLiteral("icalendar")).message), __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for c in cal.walk():
    if c.name == 'VTIMEZONE':
        out.append({'tzid': str(c.get('tzid'))})
    if c.name == 'VEVENT':
        s = c.decoded('dtstart')
        out.append({'uid': str(c.get('uid')), 'summary': str(c.get('summary')),
                    'start': s.isoformat(), 'utcoffset': str(s.utcoffset()) if hasattr(s, 'utcoffset') else '',
                    'sequence': int(c.get('sequence', 0)), 'location': str(c.get('location', '')),
                    'description': str(c.get('description', ''))})
print(json.dumps(out))
)"),
                    path});
    // The parser throwing on our file is exactly what a broken calendar gives: a failure.
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("icalendar could not read %1: %2")
                                    .arg(path, QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        QTest::qFail(qPrintable(QStringLiteral("the icalendar script gave no events: %1").arg(error.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    return doc.array();
}

void TestIcsCalendar::parsesWithIcalendarAndKeepsUidsOnReExport()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("d.sqlite"));
    qint64 body = 0;
    qint64 slotId = 0;
    const int year = QDate::currentDate().year();
    {
        auto db = Database::open(dbPath, {Database::Mode::Create});
        QVERIFY(db);
        QVERIFY(DemoData::populate(**db));
        auto wheels = WheelRepository(**db).ofYear(year);
        QVERIFY(wheels && !wheels->isEmpty());
        body = wheels->first().bodyId;
        slotId = wheels->first().slotList.first().id;
    }
    const QString first = dir.filePath(QStringLiteral("first.ics"));
    auto run = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), dbPath,
                                    QStringLiteral("--body"), QString::number(body), QStringLiteral("--year"),
                                    QString::number(year), QStringLiteral("-o"), first});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile f(first);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    for (const QByteArray &l : bytes.split('\n'))
        QVERIFY2(l.size() <= 76, l.constData()); // 75 octets and the CR

    // From here on the calendar is read by a real parser, Python's icalendar.
    VERKSTAN_REQUIRE_TOOL("icalendar");
    const QJsonArray before = parse(first);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.first().toObject().value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Stockholm"));
    QCOMPARE(before.size(), 1 + 5); // the time zone and five slots
    QStringList uids;
    for (int i = 1; i < before.size(); ++i) {
        const QJsonObject e = before.at(i).toObject();
        uids << e.value(QStringLiteral("uid")).toString();
        QVERIFY(e.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Branschforum Gröna näringar: ")));
    }
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 5);
    // Times are Stockholm's: winter +1 h, summer +2 h.
    const QJsonObject february = before.at(1).toObject();
    QVERIFY2(february.value(QStringLiteral("start")).toString().endsWith(QStringLiteral("T13:00:00+01:00")),
             qPrintable(february.value(QStringLiteral("start")).toString()));
    bool summer = false;
    for (const QJsonValue &v : before)
        summer = summer || v.toObject().value(QStringLiteral("start")).toString().endsWith(QStringLiteral("+02:00"));
    QVERIFY(summer);
    // A meeting made from a slot carries its agenda.
    QVERIFY(february.value(QStringLiteral("description")).toString().contains(QStringLiteral("1. Opening of the meeting")));
    QCOMPARE(february.value(QStringLiteral("location")).toString(), QStringLiteral("Region Sörmland, Nyköping"));

    // Move the meeting made from the first slot, export again: the same UIDs, the
    // moved event with a higher SEQUENCE.
    {
        auto db = Database::open(dbPath);
        QVERIFY(db);
        const MeetingRepository repo(**db);
        Meeting m = *repo.load(*repo.idForSlot(slotId));
        m.place = QStringLiteral("Länsstyrelsen; sal 3, Nyköping");
        QVERIFY(repo.update(m));
    }
    const QString second = dir.filePath(QStringLiteral("second.ics"));
    run = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), dbPath,
                               QStringLiteral("--body"), QString::number(body), QStringLiteral("--year"),
                               QString::number(year), QStringLiteral("-o"), second});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray after = parse(second);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(after.size(), before.size());
    for (int i = 1; i < after.size(); ++i) {
        const QJsonObject a = after.at(i).toObject();
        const QJsonObject b = before.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("uid")).toString(), b.value(QStringLiteral("uid")).toString());
        if (a.value(QStringLiteral("uid")).toString() == IcsCalendar::uidForSlot(body, slotId)) {
            QVERIFY(a.value(QStringLiteral("sequence")).toInt() > b.value(QStringLiteral("sequence")).toInt());
            QCOMPARE(a.value(QStringLiteral("location")).toString(), QStringLiteral("Länsstyrelsen; sal 3, Nyköping"));
        } else {
            QCOMPARE(a.value(QStringLiteral("sequence")).toInt(), b.value(QStringLiteral("sequence")).toInt());
        }
    }
}

void TestIcsCalendar::cliRefusesBadBodyAndYear()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("d.sqlite"));
    QCOMPARE(TestSupport::runCliOk({QStringLiteral("init"), QStringLiteral("--db"), dbPath}).exitCode, 0);
    auto run = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), dbPath,
                                    QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--year"),
                                    QStringLiteral("2026")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--body"), run.err.constData());
    run = TestSupport::runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), dbPath,
                               QStringLiteral("--body"), QStringLiteral("7"), QStringLiteral("--year"),
                               QStringLiteral("2026")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no annual wheel for 2026"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_icscalendar.moc"
