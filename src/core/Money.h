#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// An exact amount of Swedish money, held as a whole number of öre (1 kr = 100 öre).
// Never floating point: sums, differences and percentages are exact integer arithmetic,
// and every rounding is explicit and named.
//
// Rounding rule: whenever a result has to be rounded (percentOf, scaled,
// roundedToKronor), it is rounded half away from zero (0,50 kr -> 1 kr,
// -0,50 kr -> -1 kr) to the unit asked for, directly from the exact rational value
// (no double rounding through öre).
//
// Range: parse() and the budget accept at most 999 999 999 999,99 kr per amount
// (maximum()); sums of many such amounts still fit in 64 bits. Products in
// percentOf()/scaled() are computed in 128 bits where the compiler has them.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    enum class Rounding {
        ToOre,    // the nearest öre, half away from zero
        ToKronor, // the nearest whole krona, half away from zero
    };

    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(kronor * 100); }
    // The largest amount parse() accepts: 999 999 999 999,99 kr.
    static constexpr Money maximum() { return Money(Q_INT64_C(99999999999999)); }

    constexpr qint64 ore() const { return m_ore; }
    // Whole kronor, truncated toward zero (use roundedToKronor() first to round).
    constexpr qint64 kronor() const { return m_ore / 100; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }
    constexpr bool isWholeKronor() const { return m_ore % 100 == 0; }
    constexpr Money abs() const { return Money(m_ore < 0 ? -m_ore : m_ore); }

    // Half away from zero: 12,50 kr -> 13 kr, 12,49 kr -> 12 kr, -12,50 kr -> -13 kr.
    Money roundedToKronor() const;
    Money rounded(Rounding rounding) const;

    // basisPoints / 100 per cent of this amount (1500 = 15 %), rounded as asked:
    // fromKronor(346086).percentOf(1500, Rounding::ToKronor) == 51 913 kr (51 912,90).
    Money percentOf(int basisPoints, Rounding rounding = Rounding::ToOre) const;
    // numerator / denominator of this amount, rounded as asked; denominator > 0.
    Money scaled(qint64 numerator, qint64 denominator, Rounding rounding = Rounding::ToOre) const;

    // Accepts what people type and what spreadsheets and the seeds print:
    //   "1 644 153", "1644153", "1 644 153 kr", "1 644 153,50", "-500", "−500 kr",
    //   "12.50", "1 644 153.5", "500:-", "500 SEK", "+12".
    // Thousands separators: space, no-break space (U+00A0), narrow no-break space
    // (U+202F) or thin space (U+2009); after the first group every group has three digits.
    // Decimal separator: a comma, or a point followed by one or two digits. A point or
    // comma followed by exactly three digits ("1.644", "1.644.153", "1,644") is refused
    // as ambiguous (thousands or decimals?), as are more than two decimals, text,
    // an empty string and amounts above maximum(). Errors name the text.
    static Result<Money> parse(const QString &text);

    // Swedish format: "1 644 153 kr", "-500 kr", "1 644 153,50 kr" (showOre), with a
    // no-break space (U+00A0) between digit groups and before "kr" so that an amount is
    // never broken across lines (Swedish typography groups thousands with a space and
    // writes the unit after the number). The minus is the ASCII hyphen-minus, which
    // spreadsheets read back. Without showOre the amount is shown rounded to whole
    // kronor (roundedToKronor()); with it, always with two decimals.
    QString toString(bool withUnit = true, bool showOre = false) const;
    // Whole kronor when there are no öre, otherwise with two decimals: "0,50 kr".
    QString toDisplayString(bool withUnit = true) const;
    // Machine form for CSV and the clipboard: "1644153", "-12,50"; parse() reads it back.
    QString toPlainString() const;
    // A rate in basis points the Swedish way: 5000 -> "50 %", 1250 -> "12,5 %".
    static QString percentText(int basisPoints);

    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr Money operator+(Money o) const { return Money(m_ore + o.m_ore); }
    constexpr Money operator-(Money o) const { return Money(m_ore - o.m_ore); }
    constexpr Money operator*(qint64 factor) const { return Money(m_ore * factor); }
    Money &operator+=(Money o) { m_ore += o.m_ore; return *this; }
    Money &operator-=(Money o) { m_ore -= o.m_ore; return *this; }
    Money &operator*=(qint64 factor) { m_ore *= factor; return *this; }

    friend constexpr Money operator*(qint64 factor, Money m) { return m * factor; }
    friend constexpr bool operator==(Money a, Money b) { return a.m_ore == b.m_ore; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_ore != b.m_ore; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_ore < b.m_ore; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_ore <= b.m_ore; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_ore > b.m_ore; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_ore >= b.m_ore; }

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}
    qint64 m_ore = 0;
};

Q_DECLARE_METATYPE(Money)

// Exact integer helpers shared by Money and CostAllocation.
namespace MoneyMath {
// value * numerator / denominator rounded half away from zero to a multiple of step
// (1 = öre, 100 = krona); denominator > 0, step > 0.
qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator, qint64 step);
// Floor quotient and remainder of value * numerator / denominator for value >= 0,
// numerator >= 0, denominator > 0.
void mulDivFloor(qint64 value, qint64 numerator, qint64 denominator, qint64 *quotient,
                 qint64 *remainder);
// Compares a * b with c * d exactly (-1, 0, 1).
int compareProducts(qint64 a, qint64 b, qint64 c, qint64 d);
} // namespace MoneyMath
