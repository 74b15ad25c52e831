#include "DateEdit.h"

#include "Clock.h"

#include "DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>
#include <QWidgetAction>

namespace {
// The drop-down arrow of the style, as the calendar button's icon.
QIcon arrowIcon(const QWidget *widget)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QStyleOption option;
    option.initFrom(widget);
    option.rect = QRect(0, 0, size, size);
    widget->style()->drawPrimitive(QStyle::PE_IndicatorArrowDown, &option, &painter, widget);
    return QIcon(pixmap);
}
} // namespace

DateEdit::DateEdit(QWidget *parent) : DateEdit(QDate(), parent)
{
}

DateEdit::DateEdit(const QDate &date, QWidget *parent) : QLineEdit(parent)
{
    // Digits and dashes only, at most YYYY-MM-DD: anything else cannot be typed, and an
    // impossible day or month is kept as typed for interpret() to explain.
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), this));
    setPlaceholderText(tr("YYYY-MM-DD"));
    m_warning = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::LeadingPosition);
    m_warning->setVisible(false);
    connect(m_warning, &QAction::triggered, this, &DateEdit::showProblemTip);
    m_calendarAction = addAction(arrowIcon(this), QLineEdit::TrailingPosition);
    m_calendarAction->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::openCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateEdit::interpret);
    // As wide as a date, as QDateEdit was, not stretched across a form.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setDate(date);
}

void DateEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? DateText::format(date) : QString());
    interpret();
}

void DateEdit::setDateRange(const QDate &min, const QDate &max)
{
    m_min = min;
    m_max = max;
    interpret();
}

void DateEdit::interpret()
{
    const auto parsed = DateText::parse(text(), m_min, m_max);
    const QString problem = parsed ? QString() : parsed.errorMessage();
    const QDate date = parsed ? *parsed : QDate();
    const bool dateChangedNow = parsed && date != m_date;
    const bool problemChangedNow = problem != m_problem;
    m_date = date;
    m_problem = problem;
    updateMark();
    if (problemChangedNow)
        emit problemChanged(m_problem);
    if (dateChangedNow)
        emit dateChanged(m_date);
}

void DateEdit::updateMark()
{
    // While "2026-0" is being typed nothing is wrong yet: a problem is marked once the
    // day has two digits, or when the field is left.
    static const QRegularExpression whole(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{2}$"));
    const bool show = !m_problem.isEmpty() && (!hasFocus() || whole.match(text()).hasMatch());
    const bool wasShown = m_warning->isVisible();
    m_warning->setVisible(show);
    m_warning->setToolTip(m_problem);
    setToolTip(m_problem);
    if (show && !wasShown && hasFocus())
        showProblemTip();
}

void DateEdit::showProblemTip()
{
    if (!m_problem.isEmpty() && isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), m_problem, this);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Leaving the field with a half-typed or impossible date keeps the text and marks it.
    updateMark();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        step(1, 0);
        return;
    case Qt::Key_Down:
        if (alt)
            openCalendar();
        else
            step(-1, 0);
        return;
    case Qt::Key_PageUp:
        step(0, 1);
        return;
    case Qt::Key_PageDown:
        step(0, -1);
        return;
    case Qt::Key_F4:
        openCalendar();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void DateEdit::step(int days, int months)
{
    if (isReadOnly())
        return;
    const QDate from = m_date.isValid() ? m_date : Clock::today();
    QDate to = from.addDays(days).addMonths(months);
    if (m_min.isValid() && to < m_min)
        to = m_min;
    if (m_max.isValid() && to > m_max)
        to = m_max;
    setDate(to);
}

void DateEdit::openCalendar()
{
    if (isReadOnly())
        return;
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("dateEditCalendar"));
    calendar->setGridVisible(true);
    if (m_min.isValid() || m_max.isValid())
        calendar->setDateRange(m_min.isValid() ? m_min : QDate(100, 1, 1), m_max.isValid() ? m_max : QDate(9999, 12, 31));
    calendar->setSelectedDate(m_date.isValid() ? m_date : Clock::today());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate d) {
        setDate(d);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate d) {
        setDate(d);
        menu.close();
    });
    menu.exec(mapToGlobal(QPoint(0, height())));
    setFocus();
}

QSize DateEdit::sizeHint() const
{
    // Room for the whole date and both buttons: "2027-05-20" was cut to "2027-05-2".
    QSize s = QLineEdit::sizeHint();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 8;
    s.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 2 * icon + 16);
    return s;
}

QSize DateEdit::minimumSizeHint() const
{
    QSize s = QLineEdit::minimumSizeHint();
    s.setWidth(sizeHint().width());
    return s;
}
