#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;
class QMenu;

// A date field that refuses an impossible date where it is typed. QDateEdit, given
// "2026-02-30", drops the last digit and shows 2026-02-03 without a word (issue 18);
// this field keeps what was typed, marks itself with a warning sign, says why in a
// tooltip at the field, and reports itself invalid until the date is corrected, so
// that its dialog can hold its OK button and show the same reason.
//
// Keys: Up/Down a day, Page Up/Page Down a month, Alt+Down or F4 the calendar.
class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

    // The date typed; an invalid QDate while the text is not a date (see problem()).
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Dates outside [min, max] are refused with the range in the message.
    void setDateRange(const QDate &min, const QDate &max);
    // Why the text is not an allowed date; empty when it is.
    QString problem() const { return m_problem; }
    bool hasAcceptableDate() const { return m_problem.isEmpty(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A new valid date was typed or chosen.
    void dateChanged(const QDate &date);
    // The field became valid (empty problem) or invalid (the reason).
    void problemChanged(const QString &problem);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void interpret();
    void updateMark();
    void showProblemTip();
    void step(int days, int months);
    void openCalendar();

    QDate m_date;
    QDate m_min, m_max;
    QString m_problem;
    QAction *m_warning;
    QAction *m_calendarAction;
};
