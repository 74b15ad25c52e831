#include "AssignmentTableModel.h"
#include "PaletteRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

// The assignments overview's model (issue 5): the filter by person, body, status and
// overdue applied in the model, the columns as shown, overdue rows in a warning
// colour, all checked by Qt's model tester.
class TestAssignmentTableModel : public QObject
{
    Q_OBJECT

    static AssignmentRecord make(qint64 id, const QString &who, const QString &task, QDate due,
                                 AssignmentStatus status, qint64 bodyId, const QString &body, QDate meeting, int item)
    {
        AssignmentRecord r;
        r.assignment.id = id;
        r.assignment.responsible = who;
        r.assignment.task = task;
        r.assignment.due = due;
        r.assignment.status = status;
        r.minutesId = 100 + bodyId;
        r.bodyId = bodyId;
        r.bodyName = body;
        r.meetingDate = meeting;
        r.itemNumber = item;
        return r;
    }

    static QVector<AssignmentRecord> sample()
    {
        const QString ssr = QStringLiteral("Specifikt samverkansråd");
        const QString forum = QStringLiteral("Branschforum Gröna näringar");
        return {
            make(1, QStringLiteral("Ewa Lindberg"), QStringLiteral("stödja processen med ORU"), {},
                 AssignmentStatus::Open, 1, ssr, QDate(2018, 9, 28), 13),
            make(2, QStringLiteral("Åsa Ek"), QStringLiteral("ta fram en nulägesbild"), QDate(2026, 10, 1),
                 AssignmentStatus::Open, 2, forum, QDate(2026, 9, 1), 4),
            make(3, QStringLiteral("Anders Ekström"), QStringLiteral("boka lokal"), QDate(2026, 12, 1),
                 AssignmentStatus::Open, 2, forum, QDate(2026, 9, 1), 5),
            make(4, QStringLiteral("Åsa Ek"), QStringLiteral("skicka inbjudan"), QDate(2026, 9, 15),
                 AssignmentStatus::Done, 1, ssr, QDate(2026, 9, 2), 2),
            make(5, QStringLiteral("Lena Berg"), QStringLiteral("sammanställa enkäten"), QDate(2026, 11, 1),
                 AssignmentStatus::CarriedOn, 2, forum, QDate(2026, 9, 1), 6),
        };
    }

    static QList<qint64> ids(const AssignmentTableModel &m)
    {
        QList<qint64> out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, 0).data(AssignmentTableModel::AssignmentIdRole).toLongLong();
        return out;
    }

private slots:
    void showsTheColumns()
    {
        AssignmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        model.setRecords(sample());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(AssignmentTableModel::Responsible, Qt::Horizontal).toString(),
                 QStringLiteral("Responsible"));
        QCOMPARE(model.headerData(AssignmentTableModel::Item, Qt::Horizontal).toString(), QStringLiteral("§"));
        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(1, AssignmentTableModel::Responsible), QStringLiteral("Åsa Ek"));
        QCOMPARE(cell(1, AssignmentTableModel::Task), QStringLiteral("ta fram en nulägesbild"));
        QCOMPARE(cell(1, AssignmentTableModel::Due), QStringLiteral("2026-10-01"));
        QCOMPARE(cell(1, AssignmentTableModel::Status), QStringLiteral("open, overdue"));
        QCOMPARE(cell(2, AssignmentTableModel::Status), QStringLiteral("open"));
        QCOMPARE(cell(1, AssignmentTableModel::Body), QStringLiteral("Branschforum Gröna näringar"));
        QCOMPARE(cell(1, AssignmentTableModel::MeetingDate), QStringLiteral("2026-09-01"));
        QCOMPARE(cell(1, AssignmentTableModel::Item), QStringLiteral("§\u00a04"));
        QCOMPARE(cell(0, AssignmentTableModel::Due), QString()); // no due date
        QCOMPARE(cell(3, AssignmentTableModel::Status), QStringLiteral("done"));
        QCOMPARE(cell(4, AssignmentTableModel::Status), QStringLiteral("carried on, overdue"));
        QCOMPARE(model.index(1, 0).data(AssignmentTableModel::MinutesIdRole).toLongLong(), 102);
    }

    void marksOverdueRows()
    {
        AssignmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(sample());
        model.setToday(QDate(2026, 11, 23));
        // Due before today and not done: Åsa's open one and Lena's carried-on one. A done
        // one is never overdue, nor one without a due date.
        const QList<bool> overdue = {false, true, false, false, true};
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 2).data(AssignmentTableModel::OverdueRole).toBool(), overdue.at(row));
            const QVariant colour = model.index(row, 2).data(Qt::ForegroundRole);
            QCOMPARE(colour.isValid(), overdue.at(row));
        }
        QCOMPARE(model.index(1, 0).data(Qt::ForegroundRole).value<QColor>(), PaletteRoles::text(PaletteRoles::Role::Problem));
        QVERIFY(model.index(1, AssignmentTableModel::Status).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("overdue since 2026-10-01")));
        QCOMPARE(model.overdueCount(), 2);
        model.setToday(QDate(2026, 12, 2)); // Anders' too now
        QCOMPARE(model.overdueCount(), 3);
        model.setToday(QDate(2026, 9, 1));
        QCOMPARE(model.overdueCount(), 0);
    }

    void filtersByPersonBodyStatusAndOverdue()
    {
        AssignmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        model.setRecords(sample());

        AssignmentFilter f;
        f.person = QStringLiteral("  åsa ");
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{2, 4}));
        f.person = QStringLiteral("EK"); // any part, any case: Åsa Ek and Anders Ekström
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{2, 3, 4}));

        f = {};
        f.bodyId = 1;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{1, 4}));

        f = {};
        f.status = AssignmentFilter::Status::Open;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3}));
        f.status = AssignmentFilter::Status::Done;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{4}));
        f.status = AssignmentFilter::Status::CarriedOn;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{5}));

        f = {};
        f.overdueOnly = true;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{2, 5}));
        // Conditions combine.
        f.bodyId = 2;
        f.status = AssignmentFilter::Status::Open;
        model.setFilter(f);
        QCOMPARE(ids(model), (QList<qint64>{2}));
        QCOMPARE(model.recordAt(0).assignment.task, QStringLiteral("ta fram en nulägesbild"));
        QCOMPARE(model.rowOf(2), 0);
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(model.shownRecords().size(), 1);

        // New records keep the filter; nothing matches: no rows.
        model.setRecords(sample().mid(0, 1));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.filter().isEmpty());
    }

    void sortsThroughAProxy()
    {
        AssignmentTableModel model;
        model.setToday(QDate(2026, 11, 23));
        model.setRecords(sample());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AssignmentTableModel::SortRole);
        proxy.sort(AssignmentTableModel::Due, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AssignmentTableModel::Due).data().toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(proxy.index(4, AssignmentTableModel::Due).data().toString(), QString());
        proxy.sort(AssignmentTableModel::Item, Qt::AscendingOrder); // § 2 before § 13, as numbers
        QCOMPARE(proxy.index(0, AssignmentTableModel::Item).data().toString(), QStringLiteral("§\u00a02"));
        QCOMPARE(proxy.index(4, AssignmentTableModel::Item).data().toString(), QStringLiteral("§\u00a013"));
        // Filtering under the proxy keeps it consistent.
        AssignmentFilter f;
        f.person = QStringLiteral("Åsa");
        model.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void resetsOnEveryChange()
    {
        AssignmentTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRecords(sample());
        model.setFilter({});
        model.setToday(QDate(2026, 1, 1));
        QCOMPARE(resets.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentTableModel)
#include "tst_assignmenttablemodel.moc"
