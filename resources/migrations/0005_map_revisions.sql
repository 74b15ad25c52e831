-- Verkstan: published revisions of the landscape map (issue 3, seed 001 §5.1).
-- A revision is a frozen copy of the map's actors: it keeps their names and
-- classification as they were, and refers to no live actor, so deleting an actor later
-- leaves every revision whole. A published revision never changes; on SQLite triggers
-- refuse any update or delete (the block for SQLite alone).
CREATE TABLE map_revision (
    id {{id}},
    number INTEGER NOT NULL UNIQUE CHECK (number > 0),
    published_at TEXT NOT NULL,
    owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    comment TEXT NOT NULL DEFAULT ''
)
;
CREATE TABLE map_revision_actor (
    revision_id BIGINT NOT NULL REFERENCES map_revision (id),
    actor_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    organisation_number TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    level TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '',
    areas INTEGER NOT NULL DEFAULT 0,
    roles INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (revision_id, actor_id)
)
;
{{if sqlite}}
CREATE TRIGGER map_revision_frozen_update BEFORE UPDATE ON map_revision
BEGIN SELECT RAISE(ABORT, 'a published map revision never changes'); END
;
CREATE TRIGGER map_revision_frozen_delete BEFORE DELETE ON map_revision
BEGIN SELECT RAISE(ABORT, 'a published map revision never changes'); END
;
CREATE TRIGGER map_revision_actor_frozen_update BEFORE UPDATE ON map_revision_actor
BEGIN SELECT RAISE(ABORT, 'a published map revision never changes'); END
;
CREATE TRIGGER map_revision_actor_frozen_delete BEFORE DELETE ON map_revision_actor
BEGIN SELECT RAISE(ABORT, 'a published map revision never changes'); END
;
CREATE TRIGGER map_revision_actor_frozen_insert BEFORE INSERT ON map_revision_actor
WHEN NEW.revision_id <> (SELECT MAX(id) FROM map_revision)
BEGIN SELECT RAISE(ABORT, 'a published map revision never changes'); END
;
{{endif}}
