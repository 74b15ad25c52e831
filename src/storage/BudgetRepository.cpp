#include "BudgetRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

const QLatin1String kCost("cost");
const QLatin1String kFinancing("financing");

QString roundingKey(Money::Rounding r)
{
    return r == Money::Rounding::ToOre ? QStringLiteral("ore") : QStringLiteral("kronor");
}

Money::Rounding roundingFromKey(const QString &key)
{
    return key == QLatin1String("ore") ? Money::Rounding::ToOre : Money::Rounding::ToKronor;
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

Error broken(const QString &what)
{
    return Error{Error::Kind::Invalid, BudgetRepository::tr("The stored budget is damaged: %1").arg(what)};
}

struct StoredLine
{
    qint64 id = 0;
    QString side;
    QString category;
    qint64 funderActorId = 0;
    QString funderName;
    QString funderKind;
    QString fundingStatus;
    QString name;
    qint64 sourceLineId = 0;
    int basisPoints = 0;
    QString rounding;
    QMap<int, Money> amounts;
};

} // namespace

Result<QVector<BudgetSummary>> BudgetRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, first_year, last_year, owner_actor_id FROM budget ORDER BY name, id")))
        return m_db.error(q, tr("reading the budgets"));
    QVector<BudgetSummary> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toLongLong()});
    return out;
}

Result<BudgetSummary> BudgetRepository::summary(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, first_year, last_year, owner_actor_id FROM budget WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading a budget"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no budget with id %1.").arg(id)};
    return BudgetSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                         q.value(4).toLongLong()};
}

Result<Budget> BudgetRepository::load(qint64 id) const
{
    auto head = summary(id);
    if (!head)
        return head.error();
    auto created = Budget::create(head->firstYear, head->lastYear, head->name);
    if (!created)
        return broken(created.errorMessage());
    Budget budget = std::move(created).value();

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, l.side, l.category, l.funder_actor_id, a.name, l.funder_kind, "
                             "l.funding_status, l.name, l.computed_from_line_id, l.computed_basis_points, "
                             "l.computed_rounding FROM budget_line l LEFT JOIN actor a ON a.id = l.funder_actor_id "
                             "WHERE l.budget_id = ? ORDER BY l.position, l.id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading the lines of the budget %1").arg(head->name));
    QVector<StoredLine> lines;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        StoredLine l;
        l.id = q.value(0).toLongLong();
        l.side = q.value(1).toString();
        l.category = q.value(2).toString();
        l.funderActorId = q.value(3).toLongLong();
        l.funderName = q.value(4).toString();
        l.funderKind = q.value(5).toString();
        l.fundingStatus = q.value(6).toString();
        l.name = q.value(7).toString();
        l.sourceLineId = q.value(8).toLongLong();
        l.basisPoints = q.value(9).toInt();
        l.rounding = q.value(10).toString();
        indexOf.insert(l.id, int(lines.size()));
        lines.append(l);
    }

    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT m.line_id, m.year, m.amount_ore FROM budget_amount m "
                             "JOIN budget_line l ON l.id = m.line_id WHERE l.budget_id = ?"));
    a.addBindValue(id);
    if (!a.exec())
        return m_db.error(a, tr("reading the amounts of the budget %1").arg(head->name));
    while (a.next()) {
        const int i = indexOf.value(a.value(0).toLongLong(), -1);
        if (i >= 0)
            lines[i].amounts.insert(a.value(1).toInt(), Money::fromOre(a.value(2).toLongLong()));
    }

    // In stored order; a computed line whose source comes later is added after it.
    QVector<const StoredLine *> deferred;
    auto addLine = [&](const StoredLine &l) -> Status {
        if (l.side == kCost) {
            const auto category = Budget::costCategoryFromKey(l.category);
            if (!category)
                return broken(tr("unknown cost category '%1'").arg(l.category));
            CostLine line{l.id, *category, l.name, l.amounts, {}};
            if (l.sourceLineId)
                line.computation = LineComputation{l.sourceLineId, l.basisPoints, roundingFromKey(l.rounding)};
            auto added = budget.addCostLine(line);
            return added ? Status() : broken(added.errorMessage());
        }
        const auto kind = Budget::funderKindFromKey(l.funderKind);
        const auto status = Budget::fundingStatusFromKey(l.fundingStatus);
        if (!kind || !status)
            return broken(tr("unknown funder kind or status '%1', '%2'").arg(l.funderKind, l.fundingStatus));
        auto added = budget.addFinancingLine({l.id, l.funderActorId, l.funderName, *kind, *status, l.amounts});
        return added ? Status() : broken(added.errorMessage());
    };
    for (const StoredLine &l : lines) {
        if (l.sourceLineId && !budget.costLine(l.sourceLineId)) {
            deferred.append(&l);
            continue;
        }
        if (Status s = addLine(l); !s)
            return s.error();
    }
    for (const StoredLine *l : deferred)
        if (Status s = addLine(*l); !s)
            return s.error();

    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT funder_actor_id, max_basis_points, max_amount_ore, scope, rate_rounded_to_kronor "
                             "FROM funder_cap WHERE budget_id = ? ORDER BY funder_actor_id"));
    c.addBindValue(id);
    if (!c.exec())
        return m_db.error(c, tr("reading the caps of the budget %1").arg(head->name));
    while (c.next()) {
        FunderCap cap;
        cap.funderActorId = c.value(0).toLongLong();
        if (!c.value(1).isNull())
            cap.maxBasisPoints = c.value(1).toInt();
        if (!c.value(2).isNull())
            cap.maxAmount = Money::fromOre(c.value(2).toLongLong());
        cap.scope = c.value(3).toString() == QLatin1String("per_year") ? FunderCap::Scope::PerYear
                                                                        : FunderCap::Scope::Overall;
        cap.rateLimitRoundedToKronor = c.value(4).toInt() != 0;
        if (Status s = budget.setFunderCap(cap); !s)
            return broken(s.errorMessage());
    }
    return budget;
}

Status BudgetRepository::validate(const QString &name, const Budget &budget) const
{
    if (name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A budget needs a name.")};
    if (budget.yearCount() == 0)
        return Error{Error::Kind::Invalid, tr("The budget %1 has no years.").arg(name)};
    // A funder must be in the register: say which one is missing rather than a bare
    // reference error.
    QSet<qint64> funders;
    for (const FinancingLine &l : budget.financingLines())
        funders.insert(l.funderActorId);
    for (const FunderCap &c : budget.funderCaps())
        funders.insert(c.funderActorId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actor WHERE id = ?"));
    for (qint64 funder : std::as_const(funders)) {
        q.addBindValue(funder);
        if (!q.exec() || !q.next())
            return m_db.error(q, tr("looking up the funders of the budget %1").arg(name));
        if (q.value(0).toInt() == 0) {
            QString funderName;
            for (const FinancingLine &l : budget.financingLines())
                if (l.funderActorId == funder)
                    funderName = l.funderName;
            return Error{Error::Kind::NotFound,
                         tr("The funder %1 of the budget %2 is no longer in the actor register.")
                             .arg(funderName.isEmpty() ? tr("with id %1").arg(funder) : funderName, name)};
        }
        q.finish();
    }
    return {};
}

Status BudgetRepository::writeContent(qint64 id, const Budget &budget) const
{
    // Lines already stored for this budget are updated in place, so their ids (and the
    // outcome entered on them) stay; new lines are inserted, lines no longer in the budget
    // are deleted (computed ones first: they refer to the others).
    const QString doing = tr("saving the lines of the budget %1").arg(budget.name());
    QSet<qint64> stored;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM budget_line WHERE budget_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.error(q, doing);
        while (q.next())
            stored.insert(q.value(0).toLongLong());
    }
    QSqlQuery del(m_db.connection());
    for (const char *sql : {"DELETE FROM funder_cap WHERE budget_id = ?",
                            "DELETE FROM budget_amount WHERE line_id IN (SELECT id FROM budget_line WHERE budget_id = ?)"}) {
        del.prepare(QString::fromLatin1(sql));
        del.addBindValue(id);
        if (!del.exec())
            return m_db.error(del, doing);
    }

    QSqlQuery insertLine(m_db.connection());
    insertLine.prepare(QStringLiteral("INSERT INTO budget_line (side, category, funder_actor_id, funder_kind, "
                                      "funding_status, name, computed_from_line_id, computed_basis_points, "
                                      "computed_rounding, position, budget_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"));
    QSqlQuery updateLine(m_db.connection());
    updateLine.prepare(QStringLiteral("UPDATE budget_line SET side = ?, category = ?, funder_actor_id = ?, "
                                      "funder_kind = ?, funding_status = ?, name = ?, computed_from_line_id = ?, "
                                      "computed_basis_points = ?, computed_rounding = ?, position = ? "
                                      "WHERE budget_id = ? AND id = ?"));
    QSqlQuery amount(m_db.connection());
    amount.prepare(QStringLiteral("INSERT INTO budget_amount (line_id, year, amount_ore) VALUES (?, ?, ?)"));
    const QVariant noText{QMetaType(QMetaType::QString)};
    const QVariant noInt{QMetaType(QMetaType::Int)};

    auto writeAmounts = [&](qint64 lineId, const QMap<int, Money> &amounts) -> Status {
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
            amount.addBindValue(lineId);
            amount.addBindValue(it.key());
            amount.addBindValue(it.value().ore());
            if (!amount.exec())
                return m_db.error(amount, doing);
        }
        return {};
    };
    QHash<qint64, qint64> newIds;
    // values: the ten columns from side to position, in order.
    auto writeLine = [&](qint64 lineId, const QVariantList &values) -> Status {
        const bool update = stored.contains(lineId);
        QSqlQuery &q = update ? updateLine : insertLine;
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        if (update)
            q.addBindValue(lineId);
        if (!q.exec())
            return m_db.error(q, doing);
        newIds.insert(lineId, update ? lineId : (q.next() ? q.value(0).toLongLong() : 0));
        q.finish();
        return {};
    };

    // Entered cost lines first, so that computed lines can refer to their ids.
    const QVector<CostLine> &costs = budget.costLines();
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < costs.size(); ++i) {
            const CostLine &c = costs.at(i);
            if (bool(c.computation) != (pass == 1))
                continue;
            QVariantList values{QString(kCost), Budget::key(c.category), idOrNull(0), noText, noText, text(c.name)};
            if (c.computation)
                values << idOrNull(newIds.value(c.computation->sourceLineId)) << c.computation->basisPoints
                       << roundingKey(c.computation->rounding);
            else
                values << idOrNull(0) << noInt << noText;
            values << i;
            if (Status s = writeLine(c.id, values); !s)
                return s;
            if (!c.computation)
                if (Status s = writeAmounts(newIds.value(c.id), c.amounts); !s)
                    return s;
        }
    }
    const QVector<FinancingLine> &financing = budget.financingLines();
    for (int i = 0; i < financing.size(); ++i) {
        const FinancingLine &f = financing.at(i);
        const QVariantList values{QString(kFinancing), noText, idOrNull(f.funderActorId), Budget::key(f.kind),
                                  Budget::key(f.status), text(f.funderName), idOrNull(0), noInt, noText,
                                  int(costs.size() + i)};
        if (Status s = writeLine(f.id, values); !s)
            return s;
        if (Status s = writeAmounts(newIds.value(f.id), f.amounts); !s)
            return s;
    }

    QSet<qint64> kept;
    for (qint64 newId : std::as_const(newIds))
        kept.insert(newId);
    for (const char *sql : {"SELECT id FROM budget_line WHERE budget_id = ? AND computed_from_line_id IS NOT NULL",
                            "SELECT id FROM budget_line WHERE budget_id = ?"}) {
        QSqlQuery gone(m_db.connection());
        gone.prepare(QString::fromLatin1(sql));
        gone.addBindValue(id);
        if (!gone.exec())
            return m_db.error(gone, doing);
        QVector<qint64> ids;
        while (gone.next())
            if (!kept.contains(gone.value(0).toLongLong()))
                ids << gone.value(0).toLongLong();
        for (qint64 lineId : std::as_const(ids)) {
            del.prepare(QStringLiteral("DELETE FROM budget_line WHERE id = ?"));
            del.addBindValue(lineId);
            if (!del.exec())
                return m_db.error(del, doing);
        }
    }

    QSqlQuery cap(m_db.connection());
    cap.prepare(QStringLiteral("INSERT INTO funder_cap (budget_id, funder_actor_id, max_basis_points, max_amount_ore, "
                               "scope, rate_rounded_to_kronor) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const FunderCap &c : budget.funderCaps()) {
        cap.addBindValue(id);
        cap.addBindValue(c.funderActorId);
        cap.addBindValue(intOrNull(c.maxBasisPoints));
        cap.addBindValue(c.maxAmount ? QVariant(c.maxAmount->ore()) : QVariant(QMetaType(QMetaType::LongLong)));
        cap.addBindValue(c.scope == FunderCap::Scope::PerYear ? QStringLiteral("per_year") : QStringLiteral("overall"));
        cap.addBindValue(c.rateLimitRoundedToKronor ? 1 : 0);
        if (!cap.exec())
            return m_db.error(cap, doing);
    }
    return {};
}

Result<BudgetOutcome> BudgetRepository::loadOutcome(qint64 id, const Budget &budget) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.line_id, o.year, o.quarter, o.amount_ore FROM budget_outcome o "
                             "JOIN budget_line l ON l.id = o.line_id WHERE l.budget_id = ? "
                             "ORDER BY o.line_id, o.year, o.quarter"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("reading the outcome of the budget %1").arg(budget.name()));
    BudgetOutcome outcome;
    while (q.next()) {
        const int year = q.value(1).toInt();
        if (!budget.containsYear(year))
            continue; // kept in the database, outside the years shown
        if (Status s = outcome.set(budget, q.value(0).toLongLong(), year, q.value(2).toInt(),
                                   Money::fromOre(q.value(3).toLongLong()));
            !s)
            return broken(s.errorMessage());
    }
    return outcome;
}

Status BudgetRepository::saveOutcome(qint64 id, const Budget &budget, const BudgetOutcome &outcome) const
{
    const QString doing = tr("saving the outcome of the budget %1").arg(budget.name());
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM budget_outcome WHERE line_id IN "
                               "(SELECT id FROM budget_line WHERE budget_id = ?) AND year BETWEEN ? AND ?"));
    del.addBindValue(id);
    del.addBindValue(budget.firstYear());
    del.addBindValue(budget.lastYear());
    if (!del.exec())
        return m_db.error(del, doing);
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT COUNT(*) FROM budget_line WHERE id = ? AND budget_id = ?"));
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT INTO budget_outcome (line_id, year, quarter, amount_ore) VALUES (?, ?, ?, ?)"));
    qint64 checkedLine = 0;
    for (const OutcomeEntry &e : outcome.entries()) {
        if (e.lineId != checkedLine) {
            check.addBindValue(e.lineId);
            check.addBindValue(id);
            if (!check.exec() || !check.next())
                return m_db.error(check, doing);
            if (check.value(0).toInt() == 0)
                return Error{Error::Kind::NotFound,
                             tr("The line %1 is no longer in the budget %2.").arg(budget.lineName(e.lineId), budget.name())};
            check.finish();
            checkedLine = e.lineId;
        }
        ins.addBindValue(e.lineId);
        ins.addBindValue(e.year);
        ins.addBindValue(e.quarter);
        ins.addBindValue(e.amount.ore());
        if (!ins.exec())
            return m_db.error(ins, doing);
    }
    return tx.commit();
}

Result<qint64> BudgetRepository::add(const QString &name, const Budget &budget, qint64 ownerActorId) const
{
    const QString theName = name.trimmed().isEmpty() ? budget.name().trimmed() : name.trimmed();
    if (Status s = validate(theName, budget); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO budget (name, first_year, last_year, owner_actor_id) VALUES (?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(theName);
    q.addBindValue(budget.firstYear());
    q.addBindValue(budget.lastYear());
    q.addBindValue(idOrNull(ownerActorId));
    if (!q.exec())
        return m_db.error(q, tr("saving the budget %1").arg(theName));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    Budget named = budget;
    named.setName(theName);
    if (Status s = writeContent(id, named); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status BudgetRepository::save(qint64 id, const Budget &budget) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto head = summary(id);
    if (!head)
        return head.error();
    Budget named = budget;
    if (named.name().trimmed().isEmpty())
        named.setName(head->name);
    if (Status s = validate(named.name().trimmed(), named); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE budget SET name = ?, first_year = ?, last_year = ? WHERE id = ?"));
    q.addBindValue(named.name().trimmed());
    q.addBindValue(named.firstYear());
    q.addBindValue(named.lastYear());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(q, tr("saving the budget %1").arg(named.name()));
    if (Status s = writeContent(id, named); !s)
        return s;
    return tx.commit();
}

Status BudgetRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto head = summary(id);
    if (!head)
        return head.error();
    QSqlQuery q(m_db.connection());
    // Computed lines first: they refer to other lines of the same budget.
    for (const char *sql : {"DELETE FROM budget_line WHERE budget_id = ? AND computed_from_line_id IS NOT NULL",
                            "DELETE FROM budget WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.error(q, tr("deleting the budget %1").arg(head->name));
    }
    return tx.commit();
}
