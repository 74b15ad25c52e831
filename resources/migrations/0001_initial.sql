-- Verkstan schema 1: the actor register, people, bodies and their members.
-- {{id}} and other {{...}} placeholders are filled in by SqlDialect so that the same
-- text runs on SQLite and PostgreSQL. Statements are separated by lines of ";".
CREATE TABLE actor (
    id {{id}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation_number TEXT UNIQUE CHECK (organisation_number IS NULL OR length(organisation_number) = 11),
    type TEXT NOT NULL,
    level TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    areas INTEGER NOT NULL DEFAULT 0,
    roles INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
)
;
CREATE INDEX actor_name_idx ON actor (name)
;
CREATE TABLE person (
    id {{id}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    actor_id BIGINT REFERENCES actor (id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
)
;
CREATE INDEX person_actor_idx ON person (actor_id)
;
CREATE TABLE body (
    id {{id}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL,
    area INTEGER NOT NULL DEFAULT 0,
    level TEXT NOT NULL,
    owner_actor_id BIGINT REFERENCES actor (id),
    parent_body_id BIGINT REFERENCES body (id),
    municipality TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
)
;
CREATE TABLE membership (
    id {{id}},
    body_id BIGINT NOT NULL REFERENCES body (id) ON DELETE CASCADE,
    person_id BIGINT REFERENCES person (id),
    actor_id BIGINT REFERENCES actor (id),
    role TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR actor_id IS NOT NULL)
)
;
CREATE INDEX membership_body_idx ON membership (body_id)
;
CREATE INDEX membership_person_idx ON membership (person_id)
;
CREATE INDEX membership_actor_idx ON membership (actor_id)
;
