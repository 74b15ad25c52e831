#include "DateText.h"

#include <QLocale>
#include <QRegularExpression>

Result<QDate> DateText::parse(const QString &input, const QDate &min, const QDate &max)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{Error::Kind::Invalid, tr("Type a date as YYYY-MM-DD.")};
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return Error{Error::Kind::Invalid,
                     tr("“%1” is not a date: type it as YYYY-MM-DD, for example 2026-05-12.").arg(text)};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    if (month < 1 || month > 12)
        return Error{Error::Kind::Invalid, tr("%1 is not a date: there is no month %2.").arg(text).arg(month)};
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        const QString monthName = QLocale().standaloneMonthName(month, QLocale::LongFormat);
        return Error{Error::Kind::Invalid,
                     tr("%1 is not a date: %2 %3 has %4 days.").arg(text, monthName).arg(year).arg(days)};
    }
    const QDate date(year, month, day);
    if (min.isValid() && max.isValid() && (date < min || date > max))
        return Error{Error::Kind::Invalid,
                     tr("%1 is outside the dates allowed here (%2 to %3).").arg(text, format(min), format(max))};
    if (min.isValid() && date < min)
        return Error{Error::Kind::Invalid, tr("%1 is too early: the earliest date allowed here is %2.").arg(text, format(min))};
    if (max.isValid() && date > max)
        return Error{Error::Kind::Invalid, tr("%1 is too late: the latest date allowed here is %2.").arg(text, format(max))};
    return date;
}
