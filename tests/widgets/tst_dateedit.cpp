#include "DateEdit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

// The date field of every dialog: what is typed stays, an impossible date is refused
// with the reason (issue 18), and keys and the calendar choose dates.
class TestDateEdit : public QObject
{
    Q_OBJECT
private slots:
    void typingAnImpossibleDateKeepsTheTextAndSaysWhy()
    {
        DateEdit edit(QDate(2026, 5, 12));
        edit.show();
        edit.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy problems(&edit, &DateEdit::problemChanged);
        QSignalSpy dates(&edit, &DateEdit::dateChanged);
        edit.selectAll();
        QTest::keyClicks(&edit, QStringLiteral("2026-02-30"));
        QCOMPARE(edit.text(), QStringLiteral("2026-02-30"));
        QVERIFY(!edit.hasAcceptableDate());
        QVERIFY(!edit.date().isValid());
        QCOMPARE(edit.problem(), QStringLiteral("2026-02-30 is not a date: February 2026 has 28 days."));
        QCOMPARE(edit.toolTip(), edit.problem());
        QVERIFY(!problems.isEmpty());
        // On the way, 2026-02-03 was a date: the field reported it, then withdrew it.
        QCOMPARE(dates.last().at(0).toDate(), QDate(2026, 2, 3));

        // Leaving the field keeps the text and the problem: nothing becomes another date.
        QWidget other;
        other.setFocusPolicy(Qt::StrongFocus);
        other.show();
        other.setFocus();
        QCOMPARE(edit.text(), QStringLiteral("2026-02-30"));
        QVERIFY(!edit.hasAcceptableDate());

        edit.setFocus();
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClicks(&edit, QStringLiteral("28"));
        QVERIFY(edit.hasAcceptableDate());
        QCOMPARE(edit.date(), QDate(2026, 2, 28));
        QCOMPARE(problems.last().at(0).toString(), QString());
    }

    void onlyDigitsAndDashesCanBeTyped()
    {
        DateEdit edit;
        edit.show();
        edit.setFocus();
        QTest::keyClicks(&edit, QStringLiteral("2026x-0a5-12b3"));
        QCOMPARE(edit.text(), QStringLiteral("2026-05-12"));
        QCOMPARE(edit.date(), QDate(2026, 5, 12));
    }

    void rangeIsEnforced()
    {
        DateEdit edit(QDate(2026, 5, 12));
        edit.setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
        edit.setText(QStringLiteral("2100-01-01"));
        QVERIFY(!edit.hasAcceptableDate());
        QVERIFY(edit.problem().contains(QStringLiteral("2000-01-01 to 2099-12-31")));
        // Stepping stays inside the range.
        edit.setDate(QDate(2099, 12, 31));
        edit.setFocus();
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.date(), QDate(2099, 12, 31));
    }

    void keysStepDaysAndMonths()
    {
        DateEdit edit(QDate(2026, 1, 31));
        edit.show();
        edit.setFocus();
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.date(), QDate(2026, 2, 1));
        QTest::keyClick(&edit, Qt::Key_Down);
        QTest::keyClick(&edit, Qt::Key_Down);
        QCOMPARE(edit.date(), QDate(2026, 1, 30));
        QTest::keyClick(&edit, Qt::Key_PageUp);
        QCOMPARE(edit.date(), QDate(2026, 2, 28));
        QTest::keyClick(&edit, Qt::Key_PageDown);
        QCOMPARE(edit.date(), QDate(2026, 1, 28));
        QCOMPARE(edit.text(), QStringLiteral("2026-01-28"));
    }

    void calendarChoosesADate()
    {
        DateEdit edit(QDate(2026, 5, 12));
        edit.show();
        edit.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        bool seen = false;
        QTimer::singleShot(0, &edit, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto *calendar = menu->findChild<QCalendarWidget *>(QStringLiteral("dateEditCalendar"));
            QVERIFY(calendar);
            QCOMPARE(calendar->selectedDate(), QDate(2026, 5, 12));
            seen = true;
            emit calendar->clicked(QDate(2026, 6, 3));
        });
        QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(seen);
        QCOMPARE(edit.date(), QDate(2026, 6, 3));
    }

    void wholeDateFits()
    {
        DateEdit edit(QDate(2027, 5, 20));
        QVERIFY(edit.sizeHint().width() > edit.fontMetrics().horizontalAdvance(edit.text()));
    }
};

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
