#include "OrganisationNumber.h"


namespace {

// The check digit of NNNNNN-NNNN's first nine digits (ASCII digits), as luhnCheckDigit().
int luhnOfWritten(QStringView number)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int d = number.at(i < 6 ? i : i + 1).unicode() - u'0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

int OrganisationNumber::luhnCheckDigit(const QString &nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        int d = nineDigits.at(i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool OrganisationNumber::luhnValid(const QString &tenDigits)
{
    if (tenDigits.size() != 10)
        return false;
    for (QChar c : tenDigits)
        if (!c.isDigit())
            return false;
    return luhnCheckDigit(tenDigits.left(9)) == tenDigits.at(9).digitValue();
}

QString OrganisationNumber::normalise(const QString &input, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    // Already written NNNNNN-NNNN with a right check digit (every number Verkstan writes,
    // so every row of an exported file): accepted as it is, without a copy.
    if (input.size() == 11 && input.at(6) == QLatin1Char('-')) {
        bool digits = true;
        for (int i = 0; i < 11 && digits; ++i)
            digits = i == 6 || isAsciiDigit(input.at(i));
        if (digits && luhnOfWritten(input) == input.at(10).unicode() - u'0')
            return input;
    }
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The organisation number is empty."));

    QString digits;
    digits.reserve(trimmed.size());
    int separators = 0;
    int separatorPos = -1;
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2212)
                   || c == QChar(0x2010) || c == QChar(0x2011)) {
            ++separators;
            separatorPos = digits.size();
        } else if (c.isSpace()) {
            continue;
        } else {
            return fail(tr("The organisation number contains \"%1\"; use digits and one dash, "
                           "like 232100-0016.").arg(c));
        }
    }
    if (separators > 1)
        return fail(tr("The organisation number has more than one dash."));
    if (digits.size() == 12) {
        const QString century = digits.left(2);
        if (century != QLatin1String("16") && century != QLatin1String("19")
            && century != QLatin1String("20"))
            return fail(tr("A twelve-digit organisation number starts with 16, 19 or 20, not %1.")
                            .arg(century));
        digits = digits.mid(2);
        if (separators == 1 && separatorPos != 8)
            return fail(tr("The dash belongs before the last four digits."));
    } else if (digits.size() == 10) {
        if (separators == 1 && separatorPos != 6)
            return fail(tr("The dash belongs before the last four digits."));
    } else {
        return fail(tr("An organisation number has 10 digits (or 12 with the century); this has %1.")
                        .arg(digits.size()));
    }
    if (!luhnValid(digits))
        return fail(tr("The check digit of %1 is wrong; check the number for typing errors.")
                        .arg(digits.left(6) + QLatin1Char('-') + digits.mid(6)));
    return digits.left(6) + QLatin1Char('-') + digits.mid(6);
}
