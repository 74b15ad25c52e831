#include "AgreementTerm.h"

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

Status AgreementTerm::validate() const
{
    if (!m_start.isValid())
        return invalid(tr("The agreement has no valid start date."));
    if (!m_initialEnd.isValid())
        return invalid(tr("The agreement has no valid end date."));
    if (m_initialEnd < m_start)
        return invalid(tr("The agreement ends (%1) before it starts (%2).").arg(iso(m_initialEnd), iso(m_start)));
    if (m_noticeMonths < 0 || m_renewalMonths < 0 || m_renewalNoticeMonths < 0)
        return invalid(tr("Notice and renewal periods cannot be negative."));
    if (m_renewalMonths > 0 && m_renewalNoticeMonths > m_renewalMonths)
        return invalid(tr("The notice before a renewal (%1 months) cannot be longer than the "
                          "renewal period (%2 months).")
                           .arg(m_renewalNoticeMonths).arg(m_renewalMonths));
    if (m_renewalMonths > 0 && noticeDeadline(0) < m_start)
        return invalid(tr("The notice deadline (%1) comes before the agreement starts (%2).")
                           .arg(iso(noticeDeadline(0)), iso(m_start)));
    return Status::success();
}

QDate AgreementTerm::termEnd(int k) const
{
    if (k <= 0 || !renews())
        return m_initialEnd;
    return m_initialEnd.addMonths(k * m_renewalMonths);
}

QDate AgreementTerm::noticeDeadline(int k) const
{
    return termEnd(k).addMonths(-(k <= 0 ? m_noticeMonths : m_renewalNoticeMonths));
}

int AgreementTerm::termIndexOn(QDate day) const
{
    if (!day.isValid() || !m_initialEnd.isValid())
        return -1;
    if (day <= m_initialEnd)
        return 0;
    if (!renews())
        return -1;
    // Estimate from the months between the dates, then step to the exact term.
    const int months = (day.year() - m_initialEnd.year()) * 12 + (day.month() - m_initialEnd.month());
    int k = qMax(1, months / m_renewalMonths);
    while (k > 1 && termEnd(k - 1) >= day)
        --k;
    while (termEnd(k) < day)
        ++k;
    return k;
}

QDate AgreementTerm::currentTermEnd(QDate today) const
{
    const int k = termIndexOn(today);
    return k < 0 ? m_initialEnd : termEnd(k);
}

std::optional<AgreementTerm::Notice> AgreementTerm::nextNotice(QDate today) const
{
    if (!renews() || !validate())
        return std::nullopt;
    int k = termIndexOn(today);
    if (k < 0)
        return std::nullopt;
    while (noticeDeadline(k) < today)
        ++k; // too late for this term: it will be extended, so the next deadline counts
    return Notice{k, noticeDeadline(k), termEnd(k), termEnd(k + 1)};
}

QDate AgreementTerm::nextNoticeDeadline(QDate today) const
{
    const auto n = nextNotice(today);
    return n ? n->deadline : QDate();
}

QDate AgreementTerm::endIfNoticeGivenOn(QDate noticeDate) const
{
    const auto n = nextNotice(noticeDate);
    return n ? n->termEnd : m_initialEnd;
}

QStringList AgreementTerm::warnings(QDate today, int warnDays) const
{
    if (const Status s = validate(); !s)
        return {s.errorMessage()};
    QStringList out;
    if (!renews()) {
        const qint64 days = today.daysTo(m_initialEnd);
        if (days < 0)
            out << tr("The agreement ended on %1.").arg(iso(m_initialEnd));
        else if (days <= warnDays)
            // Two texts rather than %n: without an English .qm, %n would show "day(s)".
            out << (days == 1 ? tr("The agreement ends on %1 (tomorrow) and is not renewed.")
                                    .arg(iso(m_initialEnd))
                              : tr("The agreement ends on %1 (in %2 days) and is not renewed.")
                                    .arg(iso(m_initialEnd), QString::number(days)));
        return out;
    }
    const auto n = nextNotice(today);
    if (!n)
        return out;
    const qint64 days = today.daysTo(n->deadline);
    if (days == 0)
        out << tr("Today (%1) is the last day to give notice if the agreement is to end on %2; "
                  "otherwise it is extended to %3.")
                   .arg(iso(n->deadline), iso(n->termEnd), iso(n->extendedTo));
    else if (days <= warnDays)
        out << (days == 1 ? tr("Notice of termination must be given by %1 (tomorrow) for the "
                               "agreement to end on %2; otherwise it is extended to %3.")
                                .arg(iso(n->deadline), iso(n->termEnd), iso(n->extendedTo))
                          : tr("Notice of termination must be given by %1 (in %2 days) for the "
                               "agreement to end on %3; otherwise it is extended to %4.")
                                .arg(iso(n->deadline), QString::number(days), iso(n->termEnd),
                                     iso(n->extendedTo)));
    return out;
}

QStringList AgreementValidity::check(int municipalities, bool regionIsParty, int minimumMunicipalities)
{
    QStringList out;
    if (municipalities < minimumMunicipalities)
        out << tr("The agreement needs at least %1 municipalities as parties; it has %2.")
                   .arg(minimumMunicipalities)
                   .arg(municipalities);
    if (!regionIsParty)
        out << tr("The region must be a party to the agreement.");
    return out;
}

QString AgreementValidity::lapseWarning(const AgreementTerm &term, QDate today, int municipalities,
                                        int minimumMunicipalities)
{
    if (municipalities >= minimumMunicipalities)
        return {};
    const QString end = iso(term.currentTermEnd(today));
    if (municipalities == 1)
        return tr("Only one municipality remains; unless new parties join, the agreement ends on "
                  "%1, at the end of the current term.").arg(end);
    return tr("Only %1 municipalities remain; unless new parties join, the agreement ends on %2, "
              "at the end of the current term.").arg(QString::number(municipalities), end);
}
