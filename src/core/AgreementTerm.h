#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The term of a cooperation agreement (seed 000, "Avtalsperiod och uppsägning"): it runs
// from the start to the end of the initial term (inclusive: "till och med den
// 31 december 2029"); notice must be given at the latest noticeMonths before that end
// ("senast 12 månader innan ..., dvs senast den 31 december 2028"). If no notice is
// given the agreement is extended renewalMonths at a time, with renewalNoticeMonths'
// notice before the end of the current term. (In 000 this holds per party: a party that
// gives no notice stays bound; the other parties' terms are computed the same way.)
//
// Term k (0 = the initial term) ends on initialEnd.addMonths(k * renewalMonths); its
// notice deadline is that end .addMonths(-noticeMonths) for k = 0 and
// .addMonths(-renewalNoticeMonths) after that; a deadline day is still in time.
//
// End-of-month rule: QDate::addMonths keeps the day of the month and, where the
// target month is shorter, takes its last day: 2028-02-29 + 12 months = 2029-02-28,
// 2029-02-28 - 9 months = 2028-05-28 (not the 31st), 2029-12-31 - 12 months =
// 2028-12-31. Because every term end is computed from the initial end (not from the
// previous term end), a term that ends on 29 February ends on 29 February again in
// leap years (2028-02-29 -> 2029-02-28 -> ... -> 2032-02-29) instead of drifting to
// the 28th for good; a term ending 2027-02-28 ends on the 28th every year.
//
// renewalMonths = 0 means no renewal: the agreement ends at the initial end and there
// is no notice to give.
class AgreementTerm
{
    Q_DECLARE_TR_FUNCTIONS(AgreementTerm)

public:
    AgreementTerm() = default;
    AgreementTerm(QDate start, QDate initialEnd, int noticeMonths = 12, int renewalMonths = 12,
                  int renewalNoticeMonths = 9)
        : m_start(start), m_initialEnd(initialEnd), m_noticeMonths(noticeMonths),
          m_renewalMonths(renewalMonths), m_renewalNoticeMonths(renewalNoticeMonths) {}

    QDate start() const { return m_start; }
    QDate initialEnd() const { return m_initialEnd; }
    int noticeMonths() const { return m_noticeMonths; }
    int renewalMonths() const { return m_renewalMonths; }
    int renewalNoticeMonths() const { return m_renewalNoticeMonths; }
    bool renews() const { return m_renewalMonths > 0; }

    // Problems with the dates and periods; success when the term can be used.
    Status validate() const;

    // Term k: its last day and its notice deadline (k >= 0).
    QDate termEnd(int k) const;
    QDate noticeDeadline(int k) const;
    // The term that day falls in (0 up to and including the initial end, also before
    // the start); -1 after the end when the agreement is not renewed.
    int termIndexOn(QDate day) const;

    // The last day of the term running on today, assuming no notice has been given:
    // the initial end, or the end of the current one-year extension. After the end of
    // an agreement that is not renewed, the initial end.
    QDate currentTermEnd(QDate today) const;

    struct Notice
    {
        int term = 0;       // the term that ends if notice is given
        QDate deadline;     // the last day to give notice (inclusive)
        QDate termEnd;      // the agreement ends on this day if notice is given in time
        QDate extendedTo;   // ... and otherwise runs to this day
    };
    // The next notice deadline on or after today; nothing when the agreement is not renewed.
    std::optional<Notice> nextNotice(QDate today) const;
    QDate nextNoticeDeadline(QDate today) const; // invalid when there is none
    // The last day of the agreement if notice is given on noticeDate.
    QDate endIfNoticeGivenOn(QDate noticeDate) const;

    // Readable warnings for today: the next notice deadline when it is at most warnDays
    // away (or today), the end of an agreement that is not renewed, invalid terms.
    QStringList warnings(QDate today, int warnDays) const;

private:
    QDate m_start;
    QDate m_initialEnd;
    int m_noticeMonths = 12;
    int m_renewalMonths = 12;
    int m_renewalNoticeMonths = 9;
};

// The condition that makes the agreement valid (000, "Avtalets förutsättningar"): at
// least three municipalities and the region sign. If fewer than three municipalities
// remain and no new parties join, the agreement ends at the end of the current term.
class AgreementValidity
{
    Q_DECLARE_TR_FUNCTIONS(AgreementValidity)

public:
    static constexpr int kMinimumMunicipalities = 3;

    // Readable problems; empty when the agreement can take effect.
    static QStringList check(int municipalities, bool regionIsParty,
                             int minimumMunicipalities = kMinimumMunicipalities);
    static bool isValid(int municipalities, bool regionIsParty,
                        int minimumMunicipalities = kMinimumMunicipalities)
    {
        return check(municipalities, regionIsParty, minimumMunicipalities).isEmpty();
    }
    // When too few municipalities remain: when the agreement lapses. Empty otherwise.
    static QString lapseWarning(const AgreementTerm &term, QDate today, int municipalities,
                                int minimumMunicipalities = kMinimumMunicipalities);
};
