-- Verkstan: how a body numbers the items (§) of its minutes (issue 5): from § 1 at
-- every meeting, or running on through the body's year.
ALTER TABLE body ADD COLUMN item_numbering TEXT NOT NULL DEFAULT 'per_meeting'
    CHECK (item_numbering IN ('per_meeting', 'running'))
;
-- The adjusters' comments of final minutes are as final as the rest (0004 left them
-- out), and on PostgreSQL so are the assignments: 0004's function there reads a
-- minutes_id that the rows under an item do not have.
{{if sqlite}}
CREATE TRIGGER minutes_comment_final_insert BEFORE INSERT ON minutes_comment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = NEW.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_comment_final_update BEFORE UPDATE ON minutes_comment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = OLD.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
CREATE TRIGGER minutes_comment_final_delete BEFORE DELETE ON minutes_comment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = OLD.item_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
{{endif}}
{{if postgresql}}
CREATE FUNCTION verkstan_refuse_final_item_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    final_count INTEGER;
BEGIN
    SELECT COUNT(*) INTO final_count FROM minutes_item i JOIN minutes m ON m.id = i.minutes_id
    WHERE m.state = 'final'
      AND i.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.item_id END,
                   CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.item_id END);
    IF final_count > 0 THEN
        RAISE EXCEPTION 'final minutes cannot be changed';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$
;
CREATE TRIGGER minutes_assignment_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_assignment
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final_item_row()
;
CREATE TRIGGER minutes_comment_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_comment
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_final_item_row()
;
{{endif}}
-- A published map revision never changes on PostgreSQL either (0005 has SQLite's).
{{if postgresql}}
CREATE FUNCTION verkstan_refuse_revision_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.revision_id = (SELECT MAX(id) FROM map_revision) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a published map revision never changes';
END
$$
;
CREATE TRIGGER map_revision_frozen BEFORE UPDATE OR DELETE ON map_revision
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_revision_change()
;
CREATE TRIGGER map_revision_actor_frozen BEFORE INSERT OR UPDATE OR DELETE ON map_revision_actor
FOR EACH ROW EXECUTE FUNCTION verkstan_refuse_revision_change()
;
{{endif}}
