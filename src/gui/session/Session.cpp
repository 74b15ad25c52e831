#include "Session.h"

#include "ActorRepository.h"
#include "DatabaseCommand.h"
#include "DemoData.h"
#include "PersonLinks.h"
#include "PersonRepository.h"
#include "WriteTransaction.h"

#include <QFile>
#include <algorithm>
#include <QTimer>

Result<std::unique_ptr<Session>> Session::open(const QString &path, Database::Mode mode, bool withDemo)
{
    const bool existed = QFile::exists(path);
    auto db = Database::open(path, Database::Options{mode, true, true});
    if (!db)
        return db.error();
    if (withDemo) {
        if (Status s = DemoData::populate(**db); !s) {
            db.value().reset();
            if (!existed) { // a half-made new file helps nobody
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
            return s.error();
        }
    }
    std::unique_ptr<Session> session(new Session(std::move(db).value()));
    if (Status s = session->load(); !s)
        return s.error();
    return session;
}

Result<std::unique_ptr<Session>> Session::open(std::unique_ptr<Database> db)
{
    std::unique_ptr<Session> session(new Session(std::move(db)));
    if (Status s = session->load(); !s)
        return s.error();
    return session;
}

Session::Session(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_actors(new ActorTableModel(this))
    , m_people(new PersonTableModel(this))
    , m_bodies(new BodyTableModel(this))
    , m_undo(new QUndoStack(this))
{
    // A rollback that failed after an edit was refused is shown as well.
    m_db->setRollbackFailureHandler([this](const Error &e) { emit editFailed(e.message); });
}

Session::~Session()
{
    if (m_loader)
        m_loader->wait();
}

Status Session::load()
{
    // The first screen at once; when there are more actors than fit on it, the rest
    // loads on a worker (SQLite only: a shared server answers a full read quickly).
    const ActorRepository repo(*m_db);
    auto actors = m_db->dialect().isSQLite() ? repo.firstByName(kFirstScreenRows) : repo.all();
    if (!actors)
        return actors.error();
    const bool large = actors->size() >= kFirstScreenRows && m_db->dialect().isSQLite();
    m_actors->setActors(std::move(actors).value());
    m_loadingActors = large;
    if (large) // once the event loop runs, so the window paints before the loader competes for memory
        QTimer::singleShot(0, this, &Session::loadActorsInBackground);
    auto people = PersonRepository(*m_db).all();
    if (!people)
        return people.error();
    m_people->setRecords(std::move(people).value());
    auto bodies = BodyRepository(*m_db).all();
    if (!bodies)
        return bodies.error();
    m_bodies->setRecords(std::move(bodies).value());
    organisationsChanged();
    return {};
}

void Session::loadActorsInBackground()
{
    const QString path = m_db->path();
    const int undoIndex = m_undo->index();
    m_loader = QThread::create([this, path, undoIndex] {
        // The worker's own connection: a connection belongs to the thread that opened it.
        auto db = Database::open(path, Database::Options{Database::Mode::OpenExisting, false, false});
        auto all = db ? ActorRepository(**db).all() : Result<ActorList>(db.error());
        if (!all) {
            QMetaObject::invokeMethod(this, [this, message = all.errorMessage()] {
                m_loadingActors = false;
                emit editFailed(message);
            }, Qt::QueuedConnection);
            return;
        }
        auto prepared = std::make_shared<ActorTableModel::Prepared>(ActorTableModel::prepare(std::move(all).value()));
        QMetaObject::invokeMethod(this, [this, prepared, undoIndex] {
            if (m_undo->index() == undoIndex && m_undo->count() == undoIndex) {
                m_actors->setPrepared(std::move(*prepared));
            } else if (auto fresh = ActorRepository(*m_db).all()) { // edited meanwhile: read again
                m_actors->setActors(std::move(fresh).value());
            }
            organisationsChanged();
            m_loadingActors = false;
            emit actorsLoaded();
        }, Qt::QueuedConnection);
    });
    connect(m_loader, &QThread::finished, this, [this] {
        m_loader->deleteLater();
        m_loader = nullptr;
    });
    m_loader->start();
}

QHash<qint64, QString> Session::organisationNames() const
{
    QHash<qint64, QString> names;
    const ActorList &all = m_actors->allActors();
    names.reserve(all.size());
    for (const Actor &a : all)
        names.insert(a.id, a.name);
    return names;
}

void Session::organisationsChanged()
{
    const auto names = organisationNames();
    m_people->setOrganisationNames(names);
    m_bodies->setOrganisationNames(names);
    refreshAllWarnings();
}

void Session::refreshWarnings(qint64 bodyId)
{
    auto w = BodyRepository(*m_db).compositionWarnings(bodyId);
    m_bodies->setWarnings(bodyId, w ? *w : QStringList{w.errorMessage()});
}

void Session::refreshAllWarnings()
{
    for (const Body &b : m_bodies->records())
        refreshWarnings(b.id);
}

void Session::push(const QString &text, Step redo, Step undo, const QString &mergeKey)
{
    auto *command = new DatabaseCommand(text, std::move(redo), std::move(undo),
                                        [this](const QString &message) { emit editFailed(message); });
    if (!mergeKey.isEmpty())
        command->setMergeKey(mergeKey);
    m_undo->push(command);
}

// ---- actors ----

Result<qint64> Session::addActor(const Actor &actor)
{
    const ActorRepository repo(*m_db);
    auto id = repo.add(actor);
    if (!id)
        return id;
    auto stored = repo.find(*id);
    if (!stored)
        return stored.error();
    const Actor a = *stored;
    m_actors->upsert(a);
    organisationsChanged();
    push(tr("Add %1").arg(a.name),
         [this, a] {
             Status s = ActorRepository(*m_db).restore(a);
             if (s) { m_actors->upsert(a); organisationsChanged(); }
             return s;
         },
         [this, a] {
             Status s = ActorRepository(*m_db).remove(a.id);
             if (s) { m_actors->removeById(a.id); organisationsChanged(); }
             return s;
         });
    return id;
}

Status Session::editActor(const Actor &actor)
{
    return editActorAs(actor, QString());
}

Status Session::moveActorOnMap(qint64 id, ActorType type, GeoLevel level, const std::optional<QString> &municipality)
{
    auto found = ActorRepository(*m_db).find(id);
    if (!found)
        return found.error();
    Actor a = *found;
    a.type = type;
    a.level = level;
    if (municipality)
        a.municipality = *municipality;
    return editActorAs(a, tr("Move %1 to %2, %3").arg(a.name, Classification::label(type),
                                                       Classification::label(level).toLower()));
}

Result<QVector<MapRevisionSummary>> Session::mapRevisions() const
{
    return MapRevisionRepository(*m_db).list();
}

Result<MapRevision> Session::mapRevision(int number) const
{
    return MapRevisionRepository(*m_db).load(number);
}

Result<int> Session::publishMap(const QString &owner, const QString &comment)
{
    auto actors = ActorRepository(*m_db).all();
    if (!actors)
        return actors.error();
    auto number = MapRevisionRepository(*m_db).publish(owner, comment, *actors);
    if (number)
        emit mapRevisionsChanged();
    return number;
}

Result<QSet<qint64>> Session::organisationsIn(qint64 bodyId) const
{
    auto seats = BodyRepository(*m_db).members(bodyId);
    if (!seats)
        return seats.error();
    QSet<qint64> out;
    const PersonRepository people(*m_db);
    for (const MemberDetail &d : *seats) {
        if (d.membership.actorId > 0) {
            out.insert(d.membership.actorId);
        } else if (d.membership.personId > 0) {
            auto p = people.find(d.membership.personId);
            if (p && p->actorId > 0)
                out.insert(p->actorId);
        }
    }
    return out;
}

Status Session::editActorAs(const Actor &actor, const QString &undoText)
{
    const ActorRepository repo(*m_db);
    auto before = repo.find(actor.id);
    if (!before)
        return before.error();
    if (Status s = repo.update(actor); !s)
        return s;
    auto after = repo.find(actor.id);
    if (!after)
        return after.error();
    const Actor old = *before, now = *after;
    if (old == now)
        return {};
    auto apply = [this](const Actor &a) {
        return [this, a] {
            Status s = ActorRepository(*m_db).update(a);
            if (s) { m_actors->upsert(a); organisationsChanged(); }
            return s;
        };
    };
    m_actors->upsert(now);
    organisationsChanged();
    push(undoText.isEmpty() ? tr("Edit %1").arg(now.name) : undoText, apply(now), apply(old));
    return {};
}

Status Session::deleteActor(qint64 id)
{
    const ActorRepository repo(*m_db);
    auto before = repo.find(id);
    if (!before)
        return before.error();
    if (Status s = repo.remove(id); !s)
        return s;
    const Actor a = *before;
    m_actors->removeById(id);
    organisationsChanged();
    push(tr("Delete %1").arg(a.name),
         [this, id] {
             Status s = ActorRepository(*m_db).remove(id);
             if (s) { m_actors->removeById(id); organisationsChanged(); }
             return s;
         },
         [this, a] {
             Status s = ActorRepository(*m_db).restore(a);
             if (s) { m_actors->upsert(a); organisationsChanged(); }
             return s;
         });
    return {};
}

Result<ActorImportReport> Session::importActors(const QByteArray &csv, bool skipInvalid)
{
    auto report = ActorImport::run(*m_db, csv, skipInvalid);
    if (!report || !report->written())
        return report;
    const QVector<qint64> ids = report->importedIds;
    ActorList imported;
    imported.reserve(ids.size());
    const ActorRepository repo(*m_db);
    for (qint64 id : ids) {
        auto a = repo.find(id);
        if (!a)
            return a.error();
        imported.append(*a);
    }
    auto reload = [this]() -> Status {
        auto all = ActorRepository(*m_db).all();
        if (!all)
            return all.error();
        m_actors->setActors(std::move(all).value());
        organisationsChanged();
        return {};
    };
    if (Status s = reload(); !s)
        return s.error();
    push(ids.size() == 1 ? tr("Import 1 actor") : tr("Import %1 actors").arg(ids.size()),
         [this, imported, reload] {
             WriteTransaction tx(*m_db);
             if (Status s = tx.begin(); !s)
                 return s;
             const ActorRepository repo(*m_db);
             for (const Actor &a : imported)
                 if (Status s = repo.restore(a); !s)
                     return s;
             if (Status s = tx.commit(); !s)
                 return s;
             return reload();
         },
         [this, ids, reload] {
             if (Status s = ActorRepository(*m_db).removeMany(ids); !s)
                 return s;
             return reload();
         });
    return report;
}

// ---- people ----

Status Session::reloadPerson(qint64 id)
{
    auto p = PersonRepository(*m_db).find(id);
    if (!p)
        return p.error();
    m_people->upsert(*p);
    return {};
}

Result<qint64> Session::addPerson(const Person &person)
{
    auto id = PersonRepository(*m_db).add(person);
    if (!id)
        return id;
    if (Status s = reloadPerson(*id); !s)
        return s.error();
    const Person p = m_people->recordAt(m_people->rowOf(*id));
    push(tr("Add %1").arg(p.name),
         [this, p] {
             Status s = PersonRepository(*m_db).restore(p);
             if (s) m_people->upsert(p);
             return s;
         },
         [this, p] {
             Status s = PersonRepository(*m_db).remove(p.id);
             if (s) m_people->removeById(p.id);
             return s;
         });
    return id;
}

Status Session::editPerson(const Person &person)
{
    const PersonRepository repo(*m_db);
    auto before = repo.find(person.id);
    if (!before)
        return before.error();
    if (Status s = repo.update(person); !s)
        return s;
    auto after = repo.find(person.id);
    if (!after)
        return after.error();
    const Person old = *before, now = *after;
    if (old == now)
        return {};
    auto apply = [this](const Person &p) {
        return [this, p] {
            Status s = PersonRepository(*m_db).update(p);
            if (s) { m_people->upsert(p); refreshAllWarnings(); }
            return s;
        };
    };
    m_people->upsert(now);
    refreshAllWarnings();
    push(tr("Edit %1").arg(now.name), apply(now), apply(old));
    return {};
}

Status Session::deletePerson(qint64 id, QString *note)
{
    const PersonRepository repo(*m_db);
    auto before = repo.find(id);
    if (!before)
        return before.error();
    // Minutes and wheel material that name the person keep the name as printed; their
    // links to the register go, and come back with an undo.
    auto links = PersonLinks::of(*m_db, id);
    if (!links)
        return links.error();
    if (Status s = repo.remove(id); !s)
        return s;
    const Person p = *before;
    const PersonLinks linked = *links;
    m_people->removeById(id);
    if (note && !linked.finalMinutes().isEmpty())
        *note = tr("%1 is deleted from the register. The final minutes that name %1 keep the name as printed: %2.")
                    .arg(p.name, linked.finalMinutes().join(QStringLiteral("; ")));
    push(tr("Delete %1").arg(p.name),
         [this, id] {
             Status s = PersonRepository(*m_db).remove(id);
             if (s) m_people->removeById(id);
             return s;
         },
         [this, p, linked] {
             WriteTransaction tx(*m_db);
             if (Status s = tx.begin(); !s)
                 return s;
             if (Status s = PersonRepository(*m_db).restore(p); !s)
                 return s;
             if (Status s = linked.restore(*m_db); !s)
                 return s;
             if (Status s = tx.commit(); !s)
                 return s;
             m_people->upsert(p);
             return Status();
         });
    return {};
}

// ---- bodies and seats ----

Status Session::reloadBody(qint64 id)
{
    auto b = BodyRepository(*m_db).find(id);
    if (!b)
        return b.error();
    m_bodies->upsert(*b);
    refreshWarnings(id);
    return {};
}

Result<qint64> Session::addBody(const Body &body)
{
    auto id = BodyRepository(*m_db).add(body);
    if (!id)
        return id;
    if (Status s = reloadBody(*id); !s)
        return s.error();
    const Body b = m_bodies->recordAt(m_bodies->rowOf(*id));
    push(tr("Add %1").arg(b.name),
         [this, b] {
             Status s = BodyRepository(*m_db).restore(b, {});
             if (s) { m_bodies->upsert(b); refreshWarnings(b.id); }
             return s;
         },
         [this, b] {
             Status s = BodyRepository(*m_db).remove(b.id);
             if (s) m_bodies->removeById(b.id);
             return s;
         });
    return id;
}

Status Session::editBody(const Body &body)
{
    const BodyRepository repo(*m_db);
    auto before = repo.find(body.id);
    if (!before)
        return before.error();
    if (Status s = repo.update(body); !s)
        return s;
    auto after = repo.find(body.id);
    if (!after)
        return after.error();
    const Body old = *before, now = *after;
    if (old == now)
        return {};
    auto apply = [this](const Body &b) {
        return [this, b] {
            Status s = BodyRepository(*m_db).update(b);
            if (s) { m_bodies->upsert(b); refreshWarnings(b.id); }
            return s;
        };
    };
    m_bodies->upsert(now);
    refreshWarnings(now.id);
    push(tr("Edit %1").arg(now.name), apply(now), apply(old));
    return {};
}

Status Session::deleteBody(qint64 id)
{
    const BodyRepository repo(*m_db);
    auto before = repo.find(id);
    if (!before)
        return before.error();
    auto seats = repo.members(id);
    if (!seats)
        return seats.error();
    MembershipList memberships;
    for (const MemberDetail &d : *seats)
        memberships.append(d.membership);
    if (Status s = repo.remove(id); !s)
        return s;
    const Body b = *before;
    m_bodies->removeById(id);
    push(tr("Delete %1").arg(b.name),
         [this, id] {
             Status s = BodyRepository(*m_db).remove(id);
             if (s) m_bodies->removeById(id);
             return s;
         },
         [this, b, memberships] {
             Status s = BodyRepository(*m_db).restore(b, memberships);
             if (s) { m_bodies->upsert(b); refreshWarnings(b.id); emit membersChanged(b.id); }
             return s;
         });
    return {};
}

Result<QVector<MemberDetail>> Session::members(qint64 bodyId) const
{
    return BodyRepository(*m_db).members(bodyId);
}

Result<qint64> Session::addMember(const Membership &member)
{
    const BodyRepository repo(*m_db);
    auto id = repo.addMember(member);
    if (!id)
        return id;
    Membership m = member;
    m.id = *id;
    auto seat = repo.member(m.id);
    const QString who = seat ? (seat->personName.isEmpty() ? seat->organisationName : seat->personName) : QString();
    refreshWarnings(m.bodyId);
    emit membersChanged(m.bodyId);
    push(tr("Add seat for %1").arg(who),
         [this, m] {
             Status s = BodyRepository(*m_db).restoreMember(m);
             if (s) { refreshWarnings(m.bodyId); emit membersChanged(m.bodyId); }
             return s;
         },
         [this, m] {
             Status s = BodyRepository(*m_db).removeMember(m.id);
             if (s) { refreshWarnings(m.bodyId); emit membersChanged(m.bodyId); }
             return s;
         });
    return id;
}

Status Session::editMember(const Membership &member)
{
    const BodyRepository repo(*m_db);
    auto before = repo.member(member.id);
    if (!before)
        return before.error();
    if (Status s = repo.updateMember(member); !s)
        return s;
    const Membership old = before->membership, now = member;
    if (old == now)
        return {};
    auto apply = [this](const Membership &m) {
        return [this, m] {
            Status s = BodyRepository(*m_db).updateMember(m);
            if (s) { refreshWarnings(m.bodyId); emit membersChanged(m.bodyId); }
            return s;
        };
    };
    refreshWarnings(now.bodyId);
    emit membersChanged(now.bodyId);
    push(tr("Change seat of %1").arg(before->personName.isEmpty() ? before->organisationName : before->personName),
         apply(now), apply(old));
    return {};
}

Status Session::removeMember(qint64 membershipId)
{
    const BodyRepository repo(*m_db);
    auto before = repo.member(membershipId);
    if (!before)
        return before.error();
    if (Status s = repo.removeMember(membershipId); !s)
        return s;
    const Membership m = before->membership;
    refreshWarnings(m.bodyId);
    emit membersChanged(m.bodyId);
    push(tr("Remove seat of %1").arg(before->personName.isEmpty() ? before->organisationName : before->personName),
         [this, m] {
             Status s = BodyRepository(*m_db).removeMember(m.id);
             if (s) { refreshWarnings(m.bodyId); emit membersChanged(m.bodyId); }
             return s;
         },
         [this, m] {
             Status s = BodyRepository(*m_db).restoreMember(m);
             if (s) { refreshWarnings(m.bodyId); emit membersChanged(m.bodyId); }
             return s;
         });
    return {};
}
