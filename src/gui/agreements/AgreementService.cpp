#include "AgreementService.h"

#include "AgreementRepository.h"
#include "Door.h"
#include "Session.h"

namespace {

Kept<Agreement> keptAgreements(Session &session)
{
    Kept<Agreement> k;
    k.load = [&session](qint64 id) { return snapshotOf(AgreementRepository(session.database()).load(id)); };
    k.store = [&session](qint64 id, const std::optional<Agreement> &from, const std::optional<Agreement> &to) -> Status {
        const AgreementRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        return from ? repo.save(*to) : repo.restore(*to);
    };
    k.shown = [&session](qint64 id, const std::optional<Agreement> &, const std::optional<Agreement> &) {
        emit session.agreementsChanged(id);
    };
    return k;
}

} // namespace

Result<QVector<Agreement>> AgreementService::all() const
{
    return AgreementRepository(m_session.database()).all();
}

Result<Agreement> AgreementService::find(qint64 id) const
{
    return AgreementRepository(m_session.database()).load(id);
}

Result<qint64> AgreementService::add(const Agreement &agreement)
{
    return m_session.door()->edit<Agreement>(
        keptAgreements(m_session), 0, [&] { return AgreementRepository(m_session.database()).add(agreement); },
        [](const std::optional<Agreement> &, const std::optional<Agreement> &after) {
            return tr("Add %1").arg(after ? after->name : QString());
        });
}

Status AgreementService::edit(const Agreement &agreement, const QString &text)
{
    auto r = m_session.door()->edit<Agreement>(
        keptAgreements(m_session), agreement.id,
        [&]() -> Result<qint64> {
            if (Status s = AgreementRepository(m_session.database()).save(agreement); !s)
                return s.error();
            return agreement.id;
        },
        [text](const std::optional<Agreement> &, const std::optional<Agreement> &after) {
            return text.isEmpty() ? tr("Edit %1").arg(after ? after->name : QString()) : text;
        });
    return r ? Status() : Status(r.error());
}

Status AgreementService::remove(qint64 id)
{
    auto r = m_session.door()->edit<Agreement>(
        keptAgreements(m_session), id,
        [&]() -> Result<qint64> {
            if (Status s = AgreementRepository(m_session.database()).remove(id); !s)
                return s.error();
            return id;
        },
        [](const std::optional<Agreement> &before, const std::optional<Agreement> &) {
            return tr("Delete %1").arg(before ? before->name : QString());
        });
    return r ? Status() : Status(r.error());
}
