-- Verkstan schema 4: minutes of meetings (issue 5, seed 004).
-- A meeting's minutes keep their own copy of the header (body, date, time, place):
-- final minutes must read the same whatever happens to the meeting later.
-- state: 'draft' -> 'adjustment' -> 'final'. Final minutes never change: the triggers
-- below refuse updates and deletes of final minutes and of everything in them, from
-- this program or from any SQL. A correction is a new row with addition_number > 0.
-- Seal: content_hash = SHA-256 of the canonical content and previous_hash, the seal of
-- the body's previous final minutes (seal_seq orders a body's chain).
CREATE TABLE minutes (
    id {{id}},
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    body_id BIGINT NOT NULL REFERENCES body (id),
    addition_number INTEGER NOT NULL DEFAULT 0 CHECK (addition_number >= 0),
    adds_to_id BIGINT REFERENCES minutes (id),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'adjustment', 'final')),
    body_name TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    adjusted_on TEXT,
    content_hash TEXT,
    previous_hash TEXT,
    seal_seq INTEGER,
    UNIQUE (meeting_id, addition_number),
    UNIQUE (body_id, seal_seq)
)
;
CREATE INDEX minutes_body_idx ON minutes (body_id, meeting_date)
;
CREATE TABLE minutes_attendee (
    id {{id}},
    minutes_id BIGINT NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    party TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    member INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'absent', 'deputy')),
    role TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'chair', 'secretary', 'adjuster')),
    arrived_at INTEGER NOT NULL DEFAULT 0,
    left_after INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX minutes_attendee_minutes_idx ON minutes_attendee (minutes_id, position)
;
CREATE TABLE minutes_item (
    id {{id}},
    minutes_id BIGINT NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    discussion TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT ''
)
;
CREATE INDEX minutes_item_minutes_idx ON minutes_item (minutes_id, position)
;
CREATE TABLE minutes_assignment (
    id {{id}},
    item_id BIGINT NOT NULL REFERENCES minutes_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    responsible_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    responsible TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT '',
    due_date TEXT
)
;
CREATE INDEX minutes_assignment_item_idx ON minutes_assignment (item_id)
;
-- How an assignment was followed up at later meetings: kept apart from the minutes
-- that gave it, which may be final by then.
CREATE TABLE assignment_follow_up (
    assignment_id BIGINT PRIMARY KEY REFERENCES minutes_assignment (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'carried')),
    in_minutes_id BIGINT REFERENCES minutes (id) ON DELETE SET NULL,
    noted_on TEXT
)
;
CREATE TABLE minutes_comment (
    id {{id}},
    item_id BIGINT NOT NULL REFERENCES minutes_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
)
;
CREATE TABLE minutes_adjustment (
    id {{id}},
    minutes_id BIGINT NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'adjuster')),
    adjusted_on TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('paper', 'here'))
)
;
{{if sqlite}}
CREATE TRIGGER minutes_final_no_update BEFORE UPDATE ON minutes WHEN OLD.state = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_final_no_delete BEFORE DELETE ON minutes WHEN OLD.state = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_attendee_final_insert BEFORE INSERT ON minutes_attendee
WHEN (SELECT state FROM minutes WHERE id = NEW.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_attendee_final_update BEFORE UPDATE ON minutes_attendee
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_attendee_final_delete BEFORE DELETE ON minutes_attendee
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_item_final_insert BEFORE INSERT ON minutes_item
WHEN (SELECT state FROM minutes WHERE id = NEW.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_item_final_update BEFORE UPDATE ON minutes_item
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_item_final_delete BEFORE DELETE ON minutes_item
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_assignment_final_insert BEFORE INSERT ON minutes_assignment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = NEW.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_assignment_final_update BEFORE UPDATE ON minutes_assignment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = OLD.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_assignment_final_delete BEFORE DELETE ON minutes_assignment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = OLD.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_adjustment_final_insert BEFORE INSERT ON minutes_adjustment
WHEN (SELECT state FROM minutes WHERE id = NEW.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_adjustment_final_update BEFORE UPDATE ON minutes_adjustment
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_adjustment_final_delete BEFORE DELETE ON minutes_adjustment
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
-- Full-text search of the items (FTS5). Swedish å, ä and ö are letters of their own,
-- not a with accents: remove_diacritics 0 keeps them apart. Prefix indexes of 2 and 3
-- letters answer the first keystrokes of a word quickly.
CREATE VIRTUAL TABLE minutes_item_search USING fts5(
    title, discussion, decision,
    content = 'minutes_item', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
)
;
CREATE TRIGGER minutes_item_search_insert AFTER INSERT ON minutes_item BEGIN
    INSERT INTO minutes_item_search (rowid, title, discussion, decision)
    VALUES (NEW.id, NEW.title, NEW.discussion, NEW.decision);
END
;
CREATE TRIGGER minutes_item_search_delete AFTER DELETE ON minutes_item BEGIN
    INSERT INTO minutes_item_search (minutes_item_search, rowid, title, discussion, decision)
    VALUES ('delete', OLD.id, OLD.title, OLD.discussion, OLD.decision);
END
;
CREATE TRIGGER minutes_item_search_update AFTER UPDATE ON minutes_item BEGIN
    INSERT INTO minutes_item_search (minutes_item_search, rowid, title, discussion, decision)
    VALUES ('delete', OLD.id, OLD.title, OLD.discussion, OLD.decision);
    INSERT INTO minutes_item_search (rowid, title, discussion, decision)
    VALUES (NEW.id, NEW.title, NEW.discussion, NEW.decision);
END
;
{{endif}}
{{if postgresql}}
CREATE FUNCTION verkstan_refuse_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target BIGINT;
    final_state TEXT;
BEGIN
    IF TG_TABLE_NAME = 'minutes' THEN
        IF OLD.state = 'final' THEN
            RAISE EXCEPTION 'final minutes cannot be changed';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN target := OLD.minutes_id; ELSE target := NEW.minutes_id; END IF;
    SELECT state INTO final_state FROM minutes WHERE id = target;
    IF final_state = 'final' THEN
        RAISE EXCEPTION 'final minutes cannot be changed';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$
;
CREATE TRIGGER minutes_final BEFORE UPDATE OR DELETE ON minutes
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final()
;
CREATE TRIGGER minutes_attendee_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_attendee
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final()
;
CREATE TRIGGER minutes_item_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_item
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final()
;
CREATE TRIGGER minutes_adjustment_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_adjustment
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final()
;
{{endif}}
