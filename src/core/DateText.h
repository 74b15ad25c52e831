#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A date as people type it: YYYY-MM-DD (ISO 8601, as Swedish forms write dates).
// QDate::fromString only says "invalid"; this says why, so that an impossible date is
// refused where it is typed ("2026-02-30 is not a date: February 2026 has 28 days")
// instead of becoming another date.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)
public:
    // The date the text names, or an Error saying what is wrong with it. Surrounding
    // spaces are ignored. min and max, when valid, bound the dates allowed.
    static Result<QDate> parse(const QString &text, const QDate &min = {}, const QDate &max = {});
    // "2026-05-12"
    static QString format(const QDate &date) { return date.toString(Qt::ISODate); }
};
