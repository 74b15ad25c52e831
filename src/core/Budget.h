#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A multi-year cost and financing budget, as in seed 002 ("Kostnads- och
// finansieringsbudget"): cost lines ("bokförda kostnader") and financing lines per
// funder ("finansiär"), each with an amount per year, totals per year and overall, and
// checks (financing equals costs every year; a funder's share within its cap).
// Pure domain: no storage, no widgets. Lines have ids (given by the caller, e.g. from
// the database, or assigned here when 0) that stay stable while lines are edited.

enum class CostCategory { OwnStaff, ExternalServices, TravelLodging, IndirectCosts, Other };
enum class FunderKind { Public, Private };
enum class FundingStatus { Confirmed, Applied, InKind };

// A cost line computed from another cost line: basisPoints / 100 per cent of its amount
// in the same year, rounded per year as given (seed 002: indirect costs = 15 % of own
// staff, rounded to whole kronor each year). The source must be an entered (not computed)
// cost line, so there are no chains and no cycles; it cannot be removed while used.
struct LineComputation
{
    qint64 sourceLineId = 0;
    int basisPoints = 0;
    Money::Rounding rounding = Money::Rounding::ToKronor;
};

struct CostLine
{
    qint64 id = 0;
    CostCategory category = CostCategory::Other;
    QString name;                       // required for Other; otherwise optional (overrides the label)
    QMap<int, Money> amounts;           // year -> amount; a missing year is 0 kr
    std::optional<LineComputation> computation; // computed lines take no entered amounts
};

struct FinancingLine
{
    qint64 id = 0;
    qint64 funderActorId = 0;           // the actor in the register
    QString funderName;                 // shown in messages and reports
    FunderKind kind = FunderKind::Public;
    FundingStatus status = FundingStatus::Applied;
    QMap<int, Money> amounts;           // year -> amount; a missing year is 0 kr
};

// A funder's share is capped by a rate of the booked costs and/or an amount
// (seed 002: the region at most 50 % of booked costs, at most 822 076 kr, over the
// whole project). With Scope::PerYear both limits apply to each year separately.
// The rate limit is exact (822 076,50 kr for 50 % of 1 644 153 kr) unless
// rateLimitRoundedToKronor, which rounds it half away from zero to whole kronor first.
struct FunderCap
{
    enum class Scope { Overall, PerYear };
    qint64 funderActorId = 0;
    std::optional<int> maxBasisPoints;  // 5000 = 50 %
    std::optional<Money> maxAmount;
    Scope scope = Scope::Overall;
    bool rateLimitRoundedToKronor = false;
};

// One problem found by Budget::checks().
struct BudgetProblem
{
    enum class Kind { Unbalanced, RateCapExceeded, AmountCapExceeded };
    Kind kind = Kind::Unbalanced;
    int year = 0;                // 0 when the problem concerns the whole budget
    qint64 funderActorId = 0;    // for the cap problems
    Money difference;            // financing - costs, or the amount above the cap
    QString message;
};

class Budget
{
    Q_DECLARE_TR_FUNCTIONS(Budget)

public:
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2200;
    static constexpr int kMaxYears = 50;

    Budget() = default; // no years; use create()
    static Result<Budget> create(int firstYear, int lastYear, const QString &name = {});

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int yearCount() const { return m_firstYear ? m_lastYear - m_firstYear + 1 : 0; }
    QVector<int> years() const;
    bool containsYear(int year) const { return m_firstYear && year >= m_firstYear && year <= m_lastYear; }
    // Refused when a line has an amount other than 0 kr in a year that would be dropped.
    Status setYears(int firstYear, int lastYear);

    // Adding assigns an id when line.id is 0; returns the id. Nothing is changed on error.
    Result<qint64> addCostLine(CostLine line);
    Result<qint64> addFinancingLine(FinancingLine line);
    Status replaceCostLine(const CostLine &line);       // same id, new content
    Status replaceFinancingLine(const FinancingLine &line);
    Status removeLine(qint64 lineId);                   // refused while a line is computed from it
    // An entered amount; refused for a negative amount, a year outside the budget, a
    // computed line or an unknown line.
    Status setAmount(qint64 lineId, int year, Money amount);

    const QVector<CostLine> &costLines() const { return m_costLines; }
    const QVector<FinancingLine> &financingLines() const { return m_financingLines; }
    const CostLine *costLine(qint64 id) const;
    const FinancingLine *financingLine(qint64 id) const;
    QString lineName(qint64 lineId) const; // the name shown for a line

    // The amount of a line in a year, computed lines included; 0 kr outside the budget.
    Money amount(qint64 lineId, int year) const;
    Money lineTotal(qint64 lineId) const;
    Money costTotal(int year) const;
    Money costTotal() const;
    Money financingTotal(int year) const;
    Money financingTotal() const;
    QVector<Money> costTotalsPerYear() const;      // in years() order
    QVector<Money> financingTotalsPerYear() const;
    // Everything a funder gives (all its lines), in a year or in all.
    Money funderTotal(qint64 funderActorId, int year) const;
    Money funderTotal(qint64 funderActorId) const;

    Status setFunderCap(const FunderCap &cap);      // one cap per funder; replaces
    void removeFunderCap(qint64 funderActorId);
    const QVector<FunderCap> &funderCaps() const { return m_caps; }

    // Readable problems, in order: unbalanced years, then caps per funder. Empty = all fine.
    QVector<BudgetProblem> checks() const;
    QStringList checkMessages() const;

    // Stable keys (stored, written in CSV) and translated labels.
    static QVector<CostCategory> costCategories();
    static QString key(CostCategory c);
    static QString label(CostCategory c);
    static std::optional<CostCategory> costCategoryFromKey(const QString &key);
    static QString key(FunderKind k);
    static QString label(FunderKind k);
    static std::optional<FunderKind> funderKindFromKey(const QString &key);
    static QString key(FundingStatus s);
    static QString label(FundingStatus s);
    static std::optional<FundingStatus> fundingStatusFromKey(const QString &key);

private:
    Status validateAmounts(const QMap<int, Money> &amounts, const QString &lineName) const;
    Status validateCostLine(const CostLine &line) const;
    Status validateFinancingLine(const FinancingLine &line) const;
    bool hasLine(qint64 id) const;
    qint64 nextId() const;
    QString costLineName(const CostLine &line) const;
    QString funderName(qint64 funderActorId) const;
    void checkCap(const FunderCap &cap, QVector<BudgetProblem> *out) const;

    QString m_name;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QVector<CostLine> m_costLines;
    QVector<FinancingLine> m_financingLines;
    QVector<FunderCap> m_caps;
};
