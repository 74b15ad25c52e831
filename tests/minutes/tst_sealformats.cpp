// The seal formats of final minutes (issue 13): format 2's canonical text against the
// test vectors in tests/data/seal (and docs/seal-format.md and its Python script), the
// frozen format 1 against what Qt's QJsonDocument wrote and against the seals of the
// schema 4-8 fixtures, and the format stored per minutes.
#include "Database.h"
#include "MinutesRepository.h"
#include "MinutesSeal.h"
#include "MinutesWorkflow.h"
#include "SealFormat1.h"
#include "SealFormat2.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString sealData(const QString &name)
{
    return TestSupport::dataPath(QStringLiteral("seal/") + name);
}

// Minutes written as the JSON of tests/data/seal (the field names of the canonical text).
Minutes minutesFromVector(const QString &name, QByteArray *previous)
{
    const QJsonObject o = QJsonDocument::fromJson(readFile(sealData(name))).object();
    const auto s = [](const QJsonObject &x, const char *key) { return x.value(QLatin1String(key)).toString(); };
    const auto date = [&](const QJsonObject &x, const char *key) { return QDate::fromString(s(x, key), Qt::ISODate); };
    const auto time = [&](const QJsonObject &x, const char *key) {
        return QTime::fromString(s(x, key), QStringLiteral("HH:mm"));
    };
    const auto role = [&](const QJsonObject &x) {
        const QString r = s(x, "role");
        return r == QLatin1String("chair") ? MinutesRole::Chair
            : r == QLatin1String("secretary") ? MinutesRole::Secretary
            : r == QLatin1String("adjuster") ? MinutesRole::Adjuster : MinutesRole::None;
    };
    Minutes m;
    *previous = s(o, "previous").toLatin1();
    m.bodyName = s(o, "body");
    m.date = date(o, "date");
    m.start = time(o, "start");
    m.end = time(o, "end");
    m.place = s(o, "place");
    m.additionNumber = o.value(QLatin1String("addition")).toInt();
    m.adjustedOn = date(o, "adjusted-on");
    m.state = MinutesState::Final;
    for (const QJsonValue &v : o.value(QLatin1String("attendance")).toArray()) {
        const QJsonObject x = v.toObject();
        Attendee a;
        a.name = s(x, "name");
        a.party = s(x, "party");
        a.organisation = s(x, "organisation");
        a.member = x.value(QLatin1String("member")).toBool();
        const QString status = s(x, "status");
        a.status = status == QLatin1String("absent") ? AttendanceStatus::Absent
            : status == QLatin1String("deputy") ? AttendanceStatus::DeputyServing : AttendanceStatus::Present;
        a.role = role(x);
        a.arrivedAtItem = x.value(QLatin1String("arrived-at")).toInt();
        a.leftAtItem = x.value(QLatin1String("left-after")).toInt();
        m.attendance.append(a);
    }
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject x = v.toObject();
        MinutesItem item;
        item.number = x.value(QLatin1String("number")).toInt();
        item.title = s(x, "title");
        item.discussion = s(x, "discussion");
        item.decision = s(x, "decision");
        for (const QJsonValue &w : x.value(QLatin1String("assignments")).toArray()) {
            const QJsonObject y = w.toObject();
            Assignment a;
            a.responsible = s(y, "responsible");
            a.task = s(y, "task");
            a.due = date(y, "due");
            item.assignments.append(a);
        }
        m.items.append(item);
    }
    for (const QJsonValue &v : o.value(QLatin1String("adjustments")).toArray()) {
        const QJsonObject x = v.toObject();
        Adjustment a;
        a.name = s(x, "name");
        a.role = role(x);
        a.date = date(x, "date");
        a.method = s(x, "method") == QLatin1String("paper") ? AdjustmentMethod::SignedOnPaper
                                                             : AdjustmentMethod::ConfirmedHere;
        m.adjustments.append(a);
    }
    return m;
}

// Format 1 as the program of schema 4-8 computed it, with QJsonDocument (the code of
// MinutesSeal::canonicalContent before issue 13, enums by ordinal): the reference the
// frozen SealFormat1 must reproduce byte for byte.
QByteArray formatOneByQJsonDocument(const Minutes &m)
{
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const auto time = [](const QTime &t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); };
    QJsonArray attendance;
    for (const Attendee &a : m.attendance)
        attendance.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("party"), a.party},
                                      {QStringLiteral("organisation"), a.organisation},
                                      {QStringLiteral("member"), a.member},
                                      {QStringLiteral("status"), int(a.status)},
                                      {QStringLiteral("role"), int(a.role)},
                                      {QStringLiteral("arrived"), a.arrivedAtItem},
                                      {QStringLiteral("left"), a.leftAtItem}});
    QJsonArray items;
    for (const MinutesItem &item : m.items) {
        QJsonArray assignments;
        for (const Assignment &a : item.assignments)
            assignments.append(QJsonObject{{QStringLiteral("responsible"), a.responsible},
                                           {QStringLiteral("task"), a.task},
                                           {QStringLiteral("due"), date(a.due)}});
        items.append(QJsonObject{{QStringLiteral("number"), item.number},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("discussion"), item.discussion},
                                 {QStringLiteral("decision"), item.decision},
                                 {QStringLiteral("assignments"), assignments}});
    }
    QJsonArray adjustments;
    for (const Adjustment &a : m.adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("name"), a.name},
                                       {QStringLiteral("role"), int(a.role)},
                                       {QStringLiteral("date"), date(a.date)},
                                       {QStringLiteral("method"), int(a.method)}});
    const QJsonObject content{{QStringLiteral("body"), m.bodyName},
                              {QStringLiteral("date"), date(m.date)},
                              {QStringLiteral("start"), time(m.start)},
                              {QStringLiteral("end"), time(m.end)},
                              {QStringLiteral("place"), m.place},
                              {QStringLiteral("addition"), m.additionNumber},
                              {QStringLiteral("adjustedOn"), date(m.adjustedOn)},
                              {QStringLiteral("attendance"), attendance},
                              {QStringLiteral("items"), items},
                              {QStringLiteral("adjustments"), adjustments}};
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString randomText(QRandomGenerator &random)
{
    // Letters, Swedish letters, decomposed marks, quotes, backslashes, control
    // characters, an emoji, and now and then a lone surrogate.
    static const QString pool = QStringLiteral("aZ 09åäöÅÄÖéü\"\\/\t\n\r\x01\x1f\x7f€§:[]{},")
        + QChar(0x0301) + QChar(0x00a0) + QString::fromUcs4(U"\U0001F331");
    QString s;
    const int n = int(random.bounded(0, 24));
    for (int i = 0; i < n; ++i) {
        if (random.bounded(50) == 0)
            s += QChar(char16_t(0xd800 + random.bounded(0x800)));
        else
            s += pool.at(int(random.bounded(pool.size())));
    }
    return s;
}

Minutes randomMinutes(QRandomGenerator &random)
{
    Minutes m;
    m.bodyName = randomText(random);
    m.date = QDate(2000, 1, 1).addDays(random.bounded(10000));
    if (random.bounded(2))
        m.start = QTime(int(random.bounded(24)), int(random.bounded(60)));
    if (random.bounded(2))
        m.end = QTime(int(random.bounded(24)), int(random.bounded(60)));
    m.place = randomText(random);
    m.additionNumber = int(random.bounded(3));
    if (random.bounded(4))
        m.adjustedOn = m.date.addDays(random.bounded(30));
    for (int i = int(random.bounded(5)); i > 0; --i) {
        Attendee a;
        a.name = randomText(random);
        a.party = randomText(random);
        a.organisation = randomText(random);
        a.member = random.bounded(2);
        a.status = AttendanceStatus(random.bounded(3));
        a.role = MinutesRole(random.bounded(4));
        a.arrivedAtItem = int(random.bounded(5));
        a.leftAtItem = int(random.bounded(5));
        m.attendance.append(a);
    }
    for (int i = int(random.bounded(5)); i > 0; --i) {
        MinutesItem item;
        item.number = int(random.bounded(1, 300));
        item.title = randomText(random);
        item.discussion = randomText(random);
        item.decision = randomText(random);
        for (int k = int(random.bounded(3)); k > 0; --k) {
            Assignment a;
            a.responsible = randomText(random);
            a.task = randomText(random);
            if (random.bounded(2))
                a.due = m.date.addDays(random.bounded(100));
            item.assignments.append(a);
        }
        m.items.append(item);
    }
    for (int i = int(random.bounded(3)); i > 0; --i) {
        Adjustment a;
        a.name = randomText(random);
        a.role = random.bounded(2) ? MinutesRole::Chair : MinutesRole::Adjuster;
        a.date = m.date.addDays(random.bounded(20));
        a.method = random.bounded(2) ? AdjustmentMethod::SignedOnPaper : AdjustmentMethod::ConfirmedHere;
        m.adjustments.append(a);
    }
    return m;
}

} // namespace

class TestSealFormats : public QObject
{
    Q_OBJECT
private slots:
    void formatTwoTestVectors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("worked example") << QStringLiteral("format2-example");
        QTest::newRow("edge cases") << QStringLiteral("format2-edge");
    }

    // The canonical text and the seal of fixed minutes never change: a change here would
    // make every seal of format 2 fail. Make a new format instead.
    void formatTwoTestVectors()
    {
        QFETCH(QString, name);
        QByteArray previous;
        const Minutes m = minutesFromVector(name + QStringLiteral(".json"), &previous);
        const QByteArray expectedText = readFile(sealData(name + QStringLiteral(".txt")));
        const QByteArray expectedHash = readFile(sealData(name + QStringLiteral(".sha256"))).trimmed();
        QCOMPARE(QString::fromUtf8(SealFormat2::canonicalText(m, previous)), QString::fromUtf8(expectedText));
        QCOMPARE(SealFormat2::canonicalText(m, previous), expectedText);
        QCOMPARE(SealFormat2::seal(m, previous), expectedHash);
        // The hash is that of the text file itself, as sha256sum computes it.
        QCOMPARE(QCryptographicHash::hash(expectedText, QCryptographicHash::Sha256).toHex(), expectedHash);
        QCOMPARE(MinutesSeal::seal(m, previous, 2), expectedHash);
        QCOMPARE(MinutesSeal::canonicalContent(m, previous, 2), expectedText);
        QVERIFY(expectedText.endsWith("[end]\n"));
        QVERIFY(!expectedText.contains('\r'));
    }

    void formatTwoIgnoresIdsAndLinksButNotContent()
    {
        QByteArray previous;
        const Minutes a = minutesFromVector(QStringLiteral("format2-example.json"), &previous);
        Minutes b = a;
        b.id = 99;
        b.items[0].id = 1234;
        b.attendance[0].personId = 42;
        b.items[2].assignments[0].responsiblePersonId = 7;
        b.items[2].assignments[0].status = AssignmentStatus::Done; // follow-up is not part of the minutes
        QCOMPARE(SealFormat2::seal(b, previous), SealFormat2::seal(a, previous));
        QVERIFY(SealFormat2::seal(a, QByteArray("00")) != SealFormat2::seal(a, previous));
        const auto differs = [&](auto change) {
            Minutes c = a;
            change(c);
            return SealFormat2::seal(c, previous) != SealFormat2::seal(a, previous);
        };
        QVERIFY(differs([](Minutes &c) { c.items[1].decision += QLatin1Char('.'); }));
        QVERIFY(differs([](Minutes &c) { c.attendance[2].arrivedAtItem = 0; }));
        QVERIFY(differs([](Minutes &c) { c.attendance[1].leftAtItem = 3; }));
        QVERIFY(differs([](Minutes &c) { c.attendance[3].role = MinutesRole::None; }));
        QVERIFY(differs([](Minutes &c) { c.attendance[0].status = AttendanceStatus::DeputyServing; }));
        QVERIFY(differs([](Minutes &c) { c.adjustments[1].method = AdjustmentMethod::ConfirmedHere; }));
        QVERIFY(differs([](Minutes &c) { c.additionNumber = 1; }));
        QVERIFY(differs([](Minutes &c) { c.items[2].assignments[0].due = QDate(); }));
        QVERIFY(differs([](Minutes &c) { c.items.removeLast(); }));
        // A value cannot pose as another field or section: line breaks are escaped.
        QVERIFY(differs([](Minutes &c) { c.items[0].decision = QStringLiteral("\n[end]"); }));
        // Decomposed and composed letters are the same text (NFC), and so are CRLF and LF.
        Minutes nfd = a;
        nfd.bodyName = nfd.bodyName.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd.bodyName != a.bodyName);
        nfd.items[2].discussion.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QCOMPARE(SealFormat2::seal(nfd, previous), SealFormat2::seal(a, previous));
    }

    void docsShowTheWorkedExample()
    {
        const QString doc = QString::fromUtf8(readFile(TestSupport::dataPath(QStringLiteral("../../docs/seal-format.md"))));
        const QString text = QString::fromUtf8(readFile(sealData(QStringLiteral("format2-example.txt"))));
        const QString hash = QString::fromLatin1(readFile(sealData(QStringLiteral("format2-example.sha256"))).trimmed());
        QVERIFY2(doc.contains(text), "docs/seal-format.md must show format2-example.txt verbatim");
        QVERIFY2(doc.contains(hash), "docs/seal-format.md must show the hash of the worked example");
        QVERIFY2(doc.contains(MinutesSeal::verificationCode(hash.toLatin1())),
                 "docs/seal-format.md must show the verification code of the worked example");
        const QString script = QString::fromUtf8(readFile(sealData(QStringLiteral("seal_text.py"))));
        QVERIFY2(doc.contains(script.section(QStringLiteral("import hashlib"), 1)),
                 "docs/seal-format.md must show tests/data/seal/seal_text.py");
    }

    // The script of docs/seal-format.md, an implementation independent of Verkstan's,
    // gives the same text and seal.
    void pythonScriptOfTheDocsAgrees()
    {
        VERKSTAN_REQUIRE_TOOL("python3");
        const QString python = TestSupport::toolPath(QStringLiteral("python3"));
        for (const QString name : {QStringLiteral("format2-example"), QStringLiteral("format2-edge")}) {
            QProcess p;
            p.start(python, {sealData(QStringLiteral("seal_text.py")), sealData(name + QStringLiteral(".json"))});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QByteArray previous;
            const Minutes m = minutesFromVector(name + QStringLiteral(".json"), &previous);
            QCOMPARE(p.readAllStandardOutput(), SealFormat2::canonicalText(m, previous));
            QCOMPARE(p.readAllStandardError().trimmed(), SealFormat2::seal(m, previous));
        }
    }

    // Format 1 is written by hand now; it must be exactly what QJsonDocument wrote.
    void formatOneIsWhatQJsonDocumentWrote()
    {
        QByteArray previous;
        for (const QString name : {QStringLiteral("format2-example.json"), QStringLiteral("format2-edge.json")}) {
            const Minutes m = minutesFromVector(name, &previous);
            QCOMPARE(SealFormat1::canonicalContent(m), formatOneByQJsonDocument(m));
        }
        QRandomGenerator random(20261203);
        for (int i = 0; i < 500; ++i) {
            const Minutes m = randomMinutes(random);
            const QByteArray expected = formatOneByQJsonDocument(m);
            const QByteArray actual = SealFormat1::canonicalContent(m);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("random minutes %1:\n%2\n%3")
                                     .arg(i)
                                     .arg(QString::fromLatin1(expected.toPercentEncoding()),
                                          QString::fromLatin1(actual.toPercentEncoding()))));
        }
    }

    // tests/data/seal/format1-example.*: the worked example's minutes in format 1, as the
    // original code (formatOneByQJsonDocument) wrote them.
    void formatOneTestVector()
    {
        QByteArray previous;
        const Minutes m = minutesFromVector(QStringLiteral("format2-example.json"), &previous);
        QCOMPARE(formatOneByQJsonDocument(m), readFile(sealData(QStringLiteral("format1-example.json-content"))));
        QCOMPARE(SealFormat1::canonicalContent(m), readFile(sealData(QStringLiteral("format1-example.json-content"))));
        QCOMPARE(SealFormat1::seal(m, {}), readFile(sealData(QStringLiteral("format1-example.sha256"))).trimmed());
        QCOMPARE(MinutesSeal::seal(m, {}, 1), SealFormat1::seal(m, {}));
        QVERIFY(MinutesSeal::seal(m, {}, 3).isEmpty());
    }

    void sealsOfEarlierSchemasStillVerify_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 4; v <= 8; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    // The final minutes in the fixtures of schema 4-8 were sealed by the program of that
    // time; after the upgrade they are format 1 and verify, and a new seal after them is
    // format 2 and chains on.
    void sealsOfEarlierSchemasStillVerify()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("schema/v%1.sqlite").arg(version)), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(copy);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const MinutesRepository repo(**db);
        QCOMPARE(repo.verifyChains()->size(), 0);
        auto list = repo.list();
        QVERIFY(list.ok());
        qint64 finalId = 0;
        for (const MinutesSummary &s : *list)
            if (s.state == MinutesState::Final)
                finalId = s.id;
        QVERIFY(finalId > 0);
        const Minutes old = *repo.load(finalId);
        QCOMPARE(old.sealFormat, 1);
        QCOMPARE(SealFormat1::seal(old, old.previousHash), old.contentHash);
        QVERIFY(SealFormat2::seal(old, old.previousHash) != old.contentHash);

        // The chain goes on in format 2 in the same body: an addition to the old minutes.
        auto addition = MinutesWorkflow::makeAddition(old, 1);
        QVERIFY2(addition.ok(), qPrintable(addition.errorMessage()));
        Minutes next = *addition;
        MinutesItem item;
        item.number = 1;
        item.title = QStringLiteral("Rättelse");
        item.decision = QStringLiteral("Rättelsen godkänns.");
        next.items = {item};
        auto id = repo.add(next);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        next = *repo.load(*id);
        QVERIFY(MinutesWorkflow::sendForAdjustment(next));
        for (const QString &name : MinutesWorkflow::pendingSignatories(next)) {
            Adjustment a;
            a.name = name;
            a.date = next.date.addDays(3);
            QVERIFY(MinutesWorkflow::recordAdjustment(next, a, next.date.addDays(5)));
        }
        QCOMPARE(next.state, MinutesState::Final);
        QVERIFY(repo.finalize(next));
        const Minutes sealed = *repo.load(next.id);
        QCOMPARE(sealed.sealFormat, 2);
        QCOMPARE(sealed.previousHash, old.contentHash);
        QCOMPARE(repo.verifyChains()->size(), 0);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT seal_format FROM minutes WHERE id = %1").arg(next.id)) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // Schema 9's fixture was sealed in format 2 by this program's demo data.
    void formatTwoFixtureVerifies()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v9.sqlite"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("schema/v9.sqlite")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(copy);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const MinutesRepository repo(**db);
        QCOMPARE(repo.verifyChains()->size(), 0);
        int finals = 0;
        const QVector<MinutesSummary> all = *repo.list();
        for (const MinutesSummary &s : all) {
            if (s.state != MinutesState::Final)
                continue;
            ++finals;
            const Minutes m = *repo.load(s.id);
            QCOMPARE(m.sealFormat, 2);
            QCOMPARE(SealFormat2::seal(m, m.previousHash), m.contentHash);
        }
        QVERIFY(finals > 0);
    }
};

QTEST_GUILESS_MAIN(TestSealFormats)
#include "tst_sealformats.moc"
