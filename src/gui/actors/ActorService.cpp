#include "ActorService.h"

#include "ActorRepository.h"
#include "Door.h"
#include "Session.h"
#include "WriteTransaction.h"

namespace {

Kept<Actor> keptActors(Session &session)
{
    Kept<Actor> k;
    k.load = [&session](qint64 id) { return snapshotOf(ActorRepository(session.database()).find(id)); };
    k.store = [&session](qint64 id, const std::optional<Actor> &from, const std::optional<Actor> &to) -> Status {
        const ActorRepository repo(session.database());
        if (!to)
            return repo.remove(id);
        return from ? repo.update(*to) : repo.restore(*to);
    };
    k.shown = [&session](qint64 id, const std::optional<Actor> &, const std::optional<Actor> &now) {
        if (now)
            session.actors()->upsert(*now);
        else
            session.actors()->removeById(id);
        session.organisationsChanged();
    };
    return k;
}

} // namespace

Result<ActorList> ActorService::all() const
{
    return ActorRepository(m_session.database()).all();
}

Result<ActorList> ActorService::firstByName(int limit) const
{
    return ActorRepository(m_session.database()).firstByName(limit);
}

Result<ActorList> ActorService::readAll(const QString &databasePath)
{
    auto db = Database::open(databasePath, Database::Options{Database::Mode::OpenExisting, false, false});
    if (!db)
        return db.error();
    return ActorRepository(**db).all();
}

Result<Actor> ActorService::find(qint64 id) const
{
    return ActorRepository(m_session.database()).find(id);
}

Result<qint64> ActorService::add(const Actor &actor)
{
    return m_session.door()->edit<Actor>(
        keptActors(m_session), 0, [&] { return ActorRepository(m_session.database()).add(actor); },
        [](const std::optional<Actor> &, const std::optional<Actor> &after) {
            return tr("Add %1").arg(after ? after->name : QString());
        });
}

Status ActorService::edit(const Actor &actor)
{
    return edit(actor, QString());
}

Status ActorService::edit(const Actor &actor, const QString &undoText)
{
    auto r = m_session.door()->edit<Actor>(
        keptActors(m_session), actor.id,
        [&]() -> Result<qint64> {
            if (Status s = ActorRepository(m_session.database()).update(actor); !s)
                return s.error();
            return actor.id;
        },
        [undoText](const std::optional<Actor> &, const std::optional<Actor> &after) {
            return undoText.isEmpty() ? tr("Edit %1").arg(after ? after->name : QString()) : undoText;
        });
    return r ? Status() : Status(r.error());
}

Status ActorService::remove(qint64 id)
{
    auto r = m_session.door()->edit<Actor>(
        keptActors(m_session), id,
        [&]() -> Result<qint64> {
            if (Status s = ActorRepository(m_session.database()).remove(id); !s)
                return s.error();
            return id;
        },
        [](const std::optional<Actor> &before, const std::optional<Actor> &) {
            return tr("Delete %1").arg(before ? before->name : QString());
        });
    return r ? Status() : Status(r.error());
}

Result<ActorImportReport> ActorService::checkImport(const QByteArray &csv) const
{
    return ActorImport::dryRun(m_session.database(), csv);
}

Status ActorService::reloadAll()
{
    auto all = ActorRepository(m_session.database()).all();
    if (!all)
        return all.error();
    m_session.actors()->setActors(std::move(all).value());
    m_session.organisationsChanged();
    return {};
}

Result<ActorImportReport> ActorService::importCsv(const QByteArray &csv, bool skipInvalid)
{
    // Many rows in one step: no one record's snapshot, so the door runs the two steps.
    std::optional<Result<ActorImportReport>> first;
    const QString name = tr("Import actors");
    if (Status s = m_session.door()->write(name, [&]() -> Status {
            first = ActorImport::run(m_session.database(), csv, skipInvalid);
            return *first ? Status() : Status(first->error());
        });
        !s)
        return s.error();
    const ActorImportReport report = first->value();
    if (!report.written())
        return report;
    const QVector<qint64> ids = report.importedIds;
    ActorList imported;
    imported.reserve(ids.size());
    const ActorRepository repo(m_session.database());
    for (qint64 id : ids) {
        auto a = repo.find(id);
        if (!a)
            return a.error();
        imported.append(*a);
    }
    if (Status s = reloadAll(); !s)
        return s.error();
    m_session.door()->pushDone(
        ids.size() == 1 ? tr("Import 1 actor") : tr("Import %1 actors").arg(ids.size()),
        [this, imported]() -> Status {
            const Database &db = m_session.database();
            WriteTransaction tx(db);
            if (Status s = tx.begin(); !s)
                return s;
            const ActorRepository repo(db);
            for (const Actor &a : imported)
                if (Status s = repo.restore(a); !s)
                    return s;
            if (Status s = tx.commit(); !s)
                return s;
            return reloadAll();
        },
        [this, ids]() -> Status {
            if (Status s = ActorRepository(m_session.database()).removeMany(ids); !s)
                return s;
            return reloadAll();
        });
    return report;
}
