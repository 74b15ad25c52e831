#include "AgreementRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Error broken(const QString &name, const QString &what)
{
    return Error{Error::Kind::Invalid, AgreementRepository::tr("The stored agreement %1 is damaged: %2").arg(name, what)};
}

const char *kHeadColumns = "id, name, host_actor_id, start_date, end_date, notice_months, renewal_months, "
                           "renewal_notice_months, minimum_municipalities, region_required, allocation_method, "
                           "allocation_basis, notes";

} // namespace

Result<QVector<AgreementSummary>> AgreementRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.id, a.name, a.start_date, a.end_date, "
                               "(SELECT COUNT(*) FROM agreement_party p WHERE p.agreement_id = a.id) "
                               "FROM agreement a ORDER BY a.name, a.id")))
        return m_db.error(q, tr("reading the agreements"));
    QVector<AgreementSummary> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3)),
                    q.value(4).toInt()});
    return out;
}

Result<QVector<Agreement>> AgreementRepository::all() const
{
    auto summaries = list();
    if (!summaries)
        return summaries.error();
    QVector<Agreement> out;
    out.reserve(summaries->size());
    for (const AgreementSummary &s : *summaries) {
        auto a = load(s.id);
        if (!a)
            return a.error();
        out.append(std::move(a).value());
    }
    return out;
}

Result<Agreement> AgreementRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agreement WHERE id = ?").arg(QLatin1String(kHeadColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading an agreement"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no agreement with id %1.").arg(id)};
    Agreement a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.hostActorId = q.value(2).toLongLong();
    a.term = AgreementTerm(dateOf(q.value(3)), dateOf(q.value(4)), q.value(5).toInt(), q.value(6).toInt(),
                           q.value(7).toInt());
    a.minimumMunicipalities = q.value(8).toInt();
    a.regionRequired = q.value(9).toInt() != 0;
    const auto method = Agreement::methodFromKey(q.value(10).toString());
    if (!method)
        return broken(a.name, tr("unknown allocation method '%1'").arg(q.value(10).toString()));
    a.method = *method;
    a.basisLabel = q.value(11).toString();
    a.notes = q.value(12).toString();

    QSqlQuery p(m_db.connection());
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT p.actor_id, r.name, r.type, p.joined_on, p.left_on, p.weight "
                             "FROM agreement_party p JOIN actor r ON r.id = p.actor_id "
                             "WHERE p.agreement_id = ? ORDER BY p.position, r.name"));
    p.addBindValue(id);
    if (!p.exec())
        return m_db.error(p, tr("reading the parties of %1").arg(a.name));
    while (p.next()) {
        AgreementParty party;
        party.actorId = p.value(0).toLongLong();
        party.name = p.value(1).toString();
        party.type = Classification::actorTypeFromKey(p.value(2).toString()).value_or(ActorType::PrivateEmployer);
        party.joinedOn = dateOf(p.value(3));
        party.leftOn = dateOf(p.value(4));
        party.weight = p.value(5).toLongLong();
        a.parties.append(party);
    }

    QSqlQuery m(m_db.connection());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT number, decided_on, text FROM agreement_amendment WHERE agreement_id = ? "
                             "ORDER BY number"));
    m.addBindValue(id);
    if (!m.exec())
        return m_db.error(m, tr("reading the amendments of %1").arg(a.name));
    while (m.next())
        a.amendments.append({m.value(0).toInt(), dateOf(m.value(1)), m.value(2).toString()});

    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT c.id, c.name, m.year, m.amount_ore FROM shared_cost c "
                             "LEFT JOIN shared_cost_amount m ON m.cost_id = c.id "
                             "WHERE c.agreement_id = ? ORDER BY c.position, c.id, m.year"));
    c.addBindValue(id);
    if (!c.exec())
        return m_db.error(c, tr("reading the shared costs of %1").arg(a.name));
    qint64 current = -1;
    while (c.next()) {
        if (c.value(0).toLongLong() != current) {
            current = c.value(0).toLongLong();
            a.costs.append({c.value(1).toString(), {}});
        }
        if (!c.value(2).isNull())
            a.costs.last().amounts.insert(c.value(2).toInt(), Money::fromOre(c.value(3).toLongLong()));
    }
    return a;
}

Status AgreementRepository::check(const Agreement &agreement) const
{
    if (Status s = agreement.validate(); !s)
        return s;
    // Every party must still be in the register: name the one that is gone.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actor WHERE id = ?"));
    for (const AgreementParty &p : agreement.parties) {
        q.addBindValue(p.actorId);
        if (!q.exec() || !q.next())
            return m_db.error(q, tr("looking up the parties of %1").arg(agreement.name));
        const bool exists = q.value(0).toInt() > 0;
        q.finish();
        if (!exists)
            return Error{Error::Kind::NotFound,
                         tr("The party %1 of %2 is no longer in the actor register. Remove it from the agreement "
                            "or add it to the register again.")
                             .arg(p.name.isEmpty() ? tr("with id %1").arg(p.actorId) : p.name, agreement.name)};
    }
    return {};
}

Status AgreementRepository::writeHead(const Agreement &a, bool insert, bool withId, qint64 *id) const
{
    QSqlQuery q(m_db.connection());
    if (insert) {
        q.prepare(withId ? QStringLiteral("INSERT INTO agreement (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                          "RETURNING id").arg(QLatin1String(kHeadColumns))
                         : QStringLiteral("INSERT INTO agreement (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                          "RETURNING id").arg(QLatin1String(kHeadColumns).mid(4)));
        if (withId)
            q.addBindValue(a.id);
    } else {
        q.prepare(QStringLiteral("UPDATE agreement SET name = ?, host_actor_id = ?, start_date = ?, end_date = ?, "
                                 "notice_months = ?, renewal_months = ?, renewal_notice_months = ?, "
                                 "minimum_municipalities = ?, region_required = ?, allocation_method = ?, "
                                 "allocation_basis = ?, notes = ? WHERE id = ?"));
    }
    q.addBindValue(a.name.trimmed());
    q.addBindValue(idOrNull(a.hostActorId));
    q.addBindValue(a.term.start().toString(Qt::ISODate));
    q.addBindValue(a.term.initialEnd().toString(Qt::ISODate));
    q.addBindValue(a.term.noticeMonths());
    q.addBindValue(a.term.renewalMonths());
    q.addBindValue(a.term.renewalNoticeMonths());
    q.addBindValue(a.minimumMunicipalities);
    q.addBindValue(a.regionRequired ? 1 : 0);
    q.addBindValue(Agreement::methodKey(a.method));
    q.addBindValue(text(a.basisLabel));
    q.addBindValue(text(a.notes));
    if (!insert)
        q.addBindValue(a.id);
    if (!q.exec())
        return m_db.error(q, tr("saving the agreement %1").arg(a.name));
    if (insert)
        *id = q.next() ? q.value(0).toLongLong() : 0;
    else if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("The agreement %1 no longer exists.").arg(a.name)};
    return {};
}

Status AgreementRepository::writeContent(qint64 id, const Agreement &a) const
{
    const QString doing = tr("saving the parties, amendments and costs of %1").arg(a.name);
    QSqlQuery del(m_db.connection());
    for (const char *sql : {"DELETE FROM agreement_party WHERE agreement_id = ?",
                            "DELETE FROM agreement_amendment WHERE agreement_id = ?",
                            "DELETE FROM shared_cost WHERE agreement_id = ?"}) {
        del.prepare(QString::fromLatin1(sql));
        del.addBindValue(id);
        if (!del.exec())
            return m_db.error(del, doing);
    }
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("INSERT INTO agreement_party (agreement_id, actor_id, position, joined_on, left_on, "
                             "weight) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < a.parties.size(); ++i) {
        const AgreementParty &party = a.parties.at(i);
        p.addBindValue(id);
        p.addBindValue(party.actorId);
        p.addBindValue(i);
        p.addBindValue(dateOrNull(party.joinedOn));
        p.addBindValue(dateOrNull(party.leftOn));
        p.addBindValue(party.weight);
        if (!p.exec())
            return m_db.error(p, doing);
    }
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral("INSERT INTO agreement_amendment (agreement_id, number, decided_on, text) "
                             "VALUES (?, ?, ?, ?)"));
    for (const Amendment &am : a.amendments) {
        m.addBindValue(id);
        m.addBindValue(am.number);
        m.addBindValue(am.date.toString(Qt::ISODate));
        m.addBindValue(am.text.trimmed());
        if (!m.exec())
            return m_db.error(m, doing);
    }
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("INSERT INTO shared_cost (agreement_id, name, position) VALUES (?, ?, ?) RETURNING id"));
    QSqlQuery amount(m_db.connection());
    amount.prepare(QStringLiteral("INSERT INTO shared_cost_amount (cost_id, year, amount_ore) VALUES (?, ?, ?)"));
    for (int i = 0; i < a.costs.size(); ++i) {
        const SharedCost &cost = a.costs.at(i);
        c.addBindValue(id);
        c.addBindValue(cost.name.trimmed());
        c.addBindValue(i);
        if (!c.exec())
            return m_db.error(c, doing);
        const qint64 costId = c.next() ? c.value(0).toLongLong() : 0;
        c.finish();
        for (auto it = cost.amounts.cbegin(); it != cost.amounts.cend(); ++it) {
            amount.addBindValue(costId);
            amount.addBindValue(it.key());
            amount.addBindValue(it.value().ore());
            if (!amount.exec())
                return m_db.error(amount, doing);
        }
    }
    return {};
}

Result<qint64> AgreementRepository::add(const Agreement &agreement) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = check(agreement); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = writeHead(agreement, true, false, &id); !s)
        return s.error();
    if (Status s = writeContent(id, agreement); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status AgreementRepository::save(const Agreement &agreement) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = check(agreement); !s)
        return s;
    qint64 id = agreement.id;
    if (Status s = writeHead(agreement, false, false, &id); !s)
        return s;
    if (Status s = writeContent(agreement.id, agreement); !s)
        return s;
    return tx.commit();
}

Status AgreementRepository::restore(const Agreement &agreement) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = check(agreement); !s)
        return s;
    qint64 id = 0;
    if (Status s = writeHead(agreement, true, true, &id); !s)
        return s;
    // PostgreSQL's identity sequence does not see an explicit id.
    if (const QString reset = m_db.dialect().resetSequence(QStringLiteral("agreement")); !reset.isEmpty())
        if (Status s = m_db.exec(reset); !s)
            return s;
    if (Status s = writeContent(agreement.id, agreement); !s)
        return s;
    return tx.commit();
}

Status AgreementRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto a = load(id);
    if (!a)
        return a.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM agreement WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("deleting the agreement %1").arg(a->name));
    return tx.commit();
}
