#include "Session.h"

#include "AgreementRepository.h"

// Session's operations on cooperation agreements (seed 000), each an undo step.

// ---- cooperation agreements ----

Result<QVector<Agreement>> Session::agreements() const
{
    return AgreementRepository(*m_db).all();
}

Result<qint64> Session::addAgreement(const Agreement &agreement)
{
    const AgreementRepository repo(*m_db);
    auto id = repo.add(agreement);
    if (!id)
        return id;
    auto stored = repo.load(*id);
    if (!stored)
        return stored.error();
    const Agreement a = *stored;
    emit agreementsChanged(a.id);
    push(tr("Add %1").arg(a.name),
         [this, a] {
             Status s = AgreementRepository(*m_db).restore(a);
             if (s) emit agreementsChanged(a.id);
             return s;
         },
         [this, a] {
             Status s = AgreementRepository(*m_db).remove(a.id);
             if (s) emit agreementsChanged(a.id);
             return s;
         });
    return id;
}

Status Session::editAgreement(const Agreement &agreement, const QString &text)
{
    const AgreementRepository repo(*m_db);
    auto before = repo.load(agreement.id);
    if (!before)
        return before.error();
    if (Status s = repo.save(agreement); !s)
        return s;
    auto after = repo.load(agreement.id);
    if (!after)
        return after.error();
    const Agreement old = *before, now = *after;
    if (old == now)
        return {};
    auto apply = [this](const Agreement &a) {
        return [this, a] {
            Status s = AgreementRepository(*m_db).save(a);
            if (s) emit agreementsChanged(a.id);
            return s;
        };
    };
    emit agreementsChanged(now.id);
    push(text.isEmpty() ? tr("Edit %1").arg(now.name) : text, apply(now), apply(old));
    return {};
}

Status Session::deleteAgreement(qint64 id)
{
    const AgreementRepository repo(*m_db);
    auto before = repo.load(id);
    if (!before)
        return before.error();
    if (Status s = repo.remove(id); !s)
        return s;
    const Agreement a = *before;
    emit agreementsChanged(id);
    push(tr("Delete %1").arg(a.name),
         [this, id] {
             Status s = AgreementRepository(*m_db).remove(id);
             if (s) emit agreementsChanged(id);
             return s;
         },
         [this, a] {
             Status s = AgreementRepository(*m_db).restore(a);
             if (s) emit agreementsChanged(a.id);
             return s;
         });
    return {};
}
