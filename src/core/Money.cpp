#include "Money.h"

#include <QtGlobal>

namespace {

const QChar kNoBreakSpace(0x00A0);

bool isGroupSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return !s.isEmpty();
}

// Inserts a no-break space between groups of three digits, counted from the right.
QString grouped(qint64 nonNegative)
{
    const QString digits = QString::number(nonNegative);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(kNoBreakSpace);
        out.append(digits.at(i));
    }
    return out;
}

// Removes a trailing unit ("kr", "kr.", "SEK", ":-"), case-insensitively.
QString withoutUnit(const QString &s)
{
    static const char *const units[] = {"kr.", "kr", "sek", ":-"};
    for (const char *unit : units) {
        const QLatin1String u(unit);
        if (s.size() > u.size() && s.endsWith(u, Qt::CaseInsensitive))
            return s.left(s.size() - u.size()).trimmed();
    }
    return s;
}

} // namespace

namespace MoneyMath {

#if defined(__SIZEOF_INT128__)
using Wide = __int128;
#else
// Without 128-bit integers the products must fit in 64 bits; amounts up to maximum()
// times rates in basis points do, and so do populations of a few million.
using Wide = qint64;
#endif

static Wide product(qint64 a, qint64 b)
{
#if !defined(__SIZEOF_INT128__)
    qint64 r = 0;
    const bool overflow = qMulOverflow(a, b, &r);
    Q_ASSERT_X(!overflow, "MoneyMath", "product out of range");
    Q_UNUSED(overflow);
    return r;
#else
    return Wide(a) * Wide(b);
#endif
}

qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator, qint64 step)
{
    Q_ASSERT(denominator > 0 && step > 0);
    const Wide p = product(value, numerator);
    const Wide d = product(denominator, step);
    Wide q = p / d;             // truncated toward zero
    const Wide r = p - q * d;   // same sign as p
    const Wide twiceR = r < 0 ? -2 * r : 2 * r;
    if (twiceR >= d)            // half or more: away from zero
        q += p < 0 ? -1 : 1;
    return qint64(q * step);
}

void mulDivFloor(qint64 value, qint64 numerator, qint64 denominator, qint64 *quotient,
                 qint64 *remainder)
{
    Q_ASSERT(value >= 0 && numerator >= 0 && denominator > 0);
    const Wide p = product(value, numerator);
    *quotient = qint64(p / denominator);
    *remainder = qint64(p % denominator);
}

int compareProducts(qint64 a, qint64 b, qint64 c, qint64 d)
{
    const Wide left = product(a, b);
    const Wide right = product(c, d);
    return left < right ? -1 : (left > right ? 1 : 0);
}

} // namespace MoneyMath

Money Money::roundedToKronor() const
{
    return rounded(Rounding::ToKronor);
}

Money Money::rounded(Rounding rounding) const
{
    if (rounding == Rounding::ToOre)
        return *this;
    return Money(MoneyMath::mulDivRound(m_ore, 1, 1, 100));
}

Money Money::percentOf(int basisPoints, Rounding rounding) const
{
    return scaled(basisPoints, 10000, rounding);
}

Money Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    Q_ASSERT(denominator > 0);
    const qint64 step = rounding == Rounding::ToKronor ? 100 : 1;
    return Money(MoneyMath::mulDivRound(m_ore, numerator, denominator, step));
}

Result<Money> Money::parse(const QString &text)
{
    const QString original = text.trimmed();
    auto fail = [](const QString &message) { return Error{Error::Kind::Invalid, message}; };
    const QString notAnAmount =
        tr("\"%1\" is not an amount of money; write digits, for example 1 644 153 or "
           "1 644 153,50 kr.").arg(original);
    if (original.isEmpty())
        return fail(tr("No amount given."));

    QString s = original;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212)) || s.startsWith(QChar(0x2013))) {
        negative = true;
        s = s.mid(1).trimmed();
    } else if (s.startsWith(QLatin1Char('+'))) {
        s = s.mid(1).trimmed();
    }
    s = withoutUnit(s);
    if (s.isEmpty())
        return fail(notAnAmount);

    const int commas = s.count(QLatin1Char(','));
    const int points = s.count(QLatin1Char('.'));
    const QString ambiguous =
        tr("\"%1\" is ambiguous: write thousands with spaces and decimals with a comma, "
           "for example 1 644 153 or 12,50.").arg(original);
    if ((commas > 0 && points > 0) || points > 1 || commas > 1) {
        // "1.644.153", "1,644,153", "1.644,50" and "1,644.50" mean different things in
        // different countries; refuse rather than guess.
        bool onlyNumberChars = true;
        for (QChar c : s)
            if (!isAsciiDigit(c) && !isGroupSeparator(c) && c != QLatin1Char('.') && c != QLatin1Char(','))
                onlyNumberChars = false;
        return fail(onlyNumberChars ? ambiguous : notAnAmount);
    }

    QString integerPart = s;
    QString fraction;
    const int sep = commas ? s.indexOf(QLatin1Char(',')) : s.indexOf(QLatin1Char('.'));
    if (sep >= 0) {
        integerPart = s.left(sep);
        fraction = s.mid(sep + 1);
        if (!allAsciiDigits(fraction))
            return fail(notAnAmount);
        if (fraction.size() == 3)
            return fail(ambiguous);
        if (fraction.size() > 2)
            return fail(tr("\"%1\" has more than two decimals; amounts are exact to the öre.")
                            .arg(original));
    }

    // Digit groups: "1 644 153" - the first group has one to three digits, the others three.
    QString digits;
    int groupLength = 0;
    int groups = 1;
    bool badGrouping = false;
    for (int i = 0; i < integerPart.size(); ++i) {
        const QChar c = integerPart.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
            ++groupLength;
        } else if (isGroupSeparator(c)) {
            if (groupLength == 0 || (groups == 1 && groupLength > 3) || (groups > 1 && groupLength != 3))
                badGrouping = true;
            groupLength = 0;
            ++groups;
        } else {
            return fail(notAnAmount);
        }
    }
    if (digits.isEmpty())
        return fail(notAnAmount);
    if (groups > 1 && groupLength != 3)
        badGrouping = true;
    if (badGrouping)
        return fail(tr("\"%1\" has misplaced thousands separators; group the digits by three, "
                       "for example 1 644 153.").arg(original));

    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 12)
        return fail(tr("\"%1\" is too large; the largest amount is %2.")
                        .arg(original, maximum().toString(true, true)));

    const qint64 kronor = digits.toLongLong();
    qint64 ore = fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    const qint64 total = kronor * 100 + ore;
    return Money(negative ? -total : total);
}

QString Money::toString(bool withUnit, bool showOre) const
{
    const Money shown = showOre ? *this : roundedToKronor();
    const qint64 magnitude = shown.m_ore < 0 ? -shown.m_ore : shown.m_ore;
    QString out;
    if (shown.m_ore < 0)
        out.append(QLatin1Char('-'));
    out.append(grouped(magnitude / 100));
    if (showOre) {
        out.append(QLatin1Char(','));
        out.append(QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
    }
    if (withUnit) {
        out.append(kNoBreakSpace);
        out.append(QStringLiteral("kr")); // the currency symbol, as QLocale's sv_SE writes it
    }
    return out;
}

QString Money::toDisplayString(bool withUnit) const
{
    return toString(withUnit, !isWholeKronor());
}

QString Money::toPlainString() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    QString out = QString::number(magnitude / 100);
    if (magnitude % 100 != 0)
        out += QLatin1Char(',') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return m_ore < 0 ? QLatin1Char('-') + out : out;
}

QString Money::percentText(int basisPoints)
{
    const int magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString out = QString::number(magnitude / 100);
    if (magnitude % 100 != 0) {
        QString decimals = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        out += QLatin1Char(',') + decimals;
    }
    if (basisPoints < 0)
        out.prepend(QLatin1Char('-'));
    return out + kNoBreakSpace + QLatin1Char('%');
}
