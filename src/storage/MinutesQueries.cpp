#include "MinutesRepository.h"

#include "Database.h"
#include "MinutesColumns.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// The second half of MinutesRepository: the seal chains, the follow-up of assignments,
// the running § numbers and full-text search.

using namespace MinutesColumns;
using SqlValues::idOrNull;

Result<QVector<Minutes>> MinutesRepository::finalChain(qint64 bodyId) const
{
    return loadWhere(QStringLiteral("body_id = ? AND state = 'final'"), bodyId);
}

Result<QVector<ChainProblem>> MinutesRepository::verifyChains() const
{
    // Every final minutes in one read, then each body's chain in seal order.
    auto all = loadWhere(QStringLiteral("state = 'final' AND id > ?"), 0);
    if (!all)
        return all.error();
    QVector<qint64> bodies;
    QHash<qint64, QVector<Minutes>> chains;
    for (const Minutes &m : *all) {
        if (!chains.contains(m.bodyId))
            bodies.append(m.bodyId);
        chains[m.bodyId].append(m);
    }
    std::sort(bodies.begin(), bodies.end());
    QVector<ChainProblem> problems;
    for (qint64 body : bodies) {
        const QVector<Minutes> &chain = chains.value(body);
        if (const auto broken = MinutesSeal::verifyChain(chain))
            problems.append({body, chain.at(broken->index).bodyName, *broken});
    }
    return problems;
}

Result<QVector<SealEntry>> MinutesRepository::seals() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT body_name, meeting_date, addition_number, seal_seq, seal_format, content_hash, "
                               "previous_hash FROM minutes WHERE state = 'final' ORDER BY body_name, body_id, seal_seq")))
        return m_db.error(q, tr("reading the seals of the final minutes"));
    QVector<SealEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), dateFrom(q.value(1)), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toInt(), q.value(5).toByteArray(), q.value(6).toByteArray()});
    return out;
}

Result<QVector<AssignmentRecord>> MinutesRepository::assignments(qint64 bodyId, bool openOnly) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.responsible_person_id, a.responsible, a.task, a.due_date, f.status, "
                             "m.id, m.body_id, m.body_name, m.meeting_date, i.number, f.in_minutes_id, f.noted_on "
                             "FROM minutes_assignment a JOIN minutes_item i ON i.id = a.item_id "
                             "JOIN minutes m ON m.id = i.minutes_id "
                             "LEFT JOIN assignment_follow_up f ON f.assignment_id = a.id "
                             "WHERE (? = 0 OR m.body_id = ?) AND (? = 0 OR COALESCE(f.status, 'open') <> 'done') "
                             "ORDER BY m.meeting_date, i.position, a.position"));
    q.addBindValue(bodyId);
    q.addBindValue(bodyId);
    q.addBindValue(openOnly ? 1 : 0);
    if (!q.exec())
        return m_db.error(q, tr("reading the assignments"));
    QVector<AssignmentRecord> out;
    while (q.next()) {
        AssignmentRecord r;
        r.assignment.id = q.value(0).toLongLong();
        r.assignment.responsiblePersonId = q.value(1).toLongLong();
        r.assignment.responsible = q.value(2).toString();
        r.assignment.task = q.value(3).toString();
        r.assignment.due = dateFrom(q.value(4));
        r.assignment.status = followUpFrom(q.value(5));
        r.minutesId = q.value(6).toLongLong();
        r.bodyId = q.value(7).toLongLong();
        r.bodyName = q.value(8).toString();
        r.meetingDate = dateFrom(q.value(9));
        r.itemNumber = q.value(10).toInt();
        r.followedUpInMinutesId = q.value(11).toLongLong();
        r.followedUpOn = dateFrom(q.value(12));
        out.append(r);
    }
    return out;
}

Status MinutesRepository::followUp(qint64 assignmentId, AssignmentStatus status, qint64 inMinutesId, const QDate &on) const
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM assignment_follow_up WHERE assignment_id = ?"));
    del.addBindValue(assignmentId);
    if (!del.exec())
        return m_db.error(del, tr("following up an assignment"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignment_follow_up (assignment_id, status, in_minutes_id, noted_on) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(assignmentId);
    q.addBindValue(followUpKey(status));
    q.addBindValue(idOrNull(inMinutesId));
    q.addBindValue(dateOrNull(on));
    if (!q.exec()) {
        Error e = m_db.error(q, tr("following up an assignment"));
        if (e.kind == Error::Kind::InUse || e.message.contains(QLatin1String("FOREIGN KEY")))
            e = Error{Error::Kind::NotFound, tr("The assignment is no longer there to follow up.")};
        return e;
    }
    return tx.commit();
}

Result<int> MinutesRepository::lastItemNumber(qint64 bodyId, int year, qint64 exceptMinutesId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(i.number) FROM minutes_item i JOIN minutes m ON m.id = i.minutes_id "
                             "WHERE m.body_id = ? AND m.meeting_date >= ? AND m.meeting_date <= ? AND m.id <> ?"));
    q.addBindValue(bodyId);
    q.addBindValue(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(exceptMinutesId);
    if (!q.exec() || !q.next())
        return m_db.error(q, tr("reading the last § of the year"));
    return q.value(0).toInt();
}

QString MinutesRepository::searchQuery(const QString &typed)
{
    QStringList terms;
    for (const QString &w : searchWords(typed))
        terms << QStringLiteral("\"%1\"").arg(w);
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QVector<MinutesHit>> MinutesRepository::search(const QString &typed, int limit) const
{
    const QString match = searchQuery(typed);
    if (match.isEmpty())
        return QVector<MinutesHit>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_db.dialect().isSQLite()) {
        // Newest first: FTS5 walks its index from the newest item and stops at the limit,
        // where ranking would have to score every match (all items, for a common word).
        q.prepare(QStringLiteral("SELECT m.id, i.id, i.number, i.title, m.body_name, m.meeting_date, "
                                 "snippet(minutes_item_search, -1, '[', ']', '…', 12) "
                                 "FROM minutes_item_search s JOIN minutes_item i ON i.id = s.rowid "
                                 "JOIN minutes m ON m.id = i.minutes_id "
                                 "WHERE minutes_item_search MATCH ? ORDER BY s.rowid DESC LIMIT ?"));
        q.addBindValue(match);
    } else { // PostgreSQL: every word somewhere in the item (ILIKE), newest first
        const QStringList words = searchWords(typed);
        QStringList conditions;
        for (qsizetype i = 0; i < words.size(); ++i)
            conditions << QStringLiteral("(i.title || ' ' || i.discussion || ' ' || i.decision) ILIKE ?");
        q.prepare(QStringLiteral("SELECT m.id, i.id, i.number, i.title, m.body_name, m.meeting_date, "
                                 "i.title || ' ' || i.discussion || ' ' || i.decision "
                                 "FROM minutes_item i JOIN minutes m ON m.id = i.minutes_id WHERE %1 "
                                 "ORDER BY m.meeting_date DESC, i.id DESC LIMIT ?")
                      .arg(conditions.join(QStringLiteral(" AND "))));
        for (const QString &w : words) // the words are letters and digits only: no % or _ to escape
            q.addBindValue(QStringLiteral("%%1%").arg(w));
    }
    q.addBindValue(limit);
    if (!q.exec())
        return m_db.error(q, tr("searching the minutes for “%1”").arg(typed));
    QVector<MinutesHit> hits;
    const bool sqlite = m_db.dialect().isSQLite();
    while (q.next()) {
        const QString text = q.value(6).toString();
        hits.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                     q.value(4).toString(), dateFrom(q.value(5)),
                     sqlite ? text : snippetOf(text, searchWords(typed).constFirst())});
    }
    return hits;
}

QStringList MinutesRepository::searchWords(const QString &typed)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList out;
    for (auto it = words.globalMatch(typed); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

QString MinutesRepository::snippetOf(const QString &text, const QString &word)
{
    // As FTS5's snippet(): the whole word found between [ and ], a few words either side.
    const qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text.left(80);
    auto isWordChar = [&text](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber(); };
    qsizetype start = at;
    while (isWordChar(start - 1))
        --start;
    qsizetype end = at + word.size();
    while (isWordChar(end))
        ++end;
    const QStringList before = text.left(start).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList after = text.mid(end).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString snippet = before.mid(qMax<qsizetype>(0, before.size() - 5)).join(QLatin1Char(' '));
    if (before.size() > 5)
        snippet.prepend(QStringLiteral("… "));
    if (!snippet.isEmpty())
        snippet += QLatin1Char(' ');
    snippet += QLatin1Char('[') + text.mid(start, end - start) + QLatin1Char(']');
    const QString tail = after.mid(0, 6).join(QLatin1Char(' '));
    if (!tail.isEmpty())
        snippet += (text.mid(end).startsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString()) + tail;
    if (after.size() > 6)
        snippet += QStringLiteral(" …");
    return snippet;
}
