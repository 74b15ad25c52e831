-- Verkstan schema 9 (issue 13): the seal format of final minutes, and final minutes
-- that keep the names as printed when a person leaves the register.
--
-- seal_format: how content_hash was made. 1 = the JSON of schema 4-8 (SealFormat1,
-- frozen); 2 = the canonical text of docs/seal-format.md. NULL until sealed. The final
-- minutes already sealed are format 1; the update goes round the final-minutes trigger,
-- which is put back unchanged.
ALTER TABLE minutes ADD COLUMN seal_format INTEGER CHECK (seal_format IS NULL OR seal_format IN (1, 2))
;
{{if sqlite}}
DROP TRIGGER minutes_final_no_update
;
UPDATE minutes SET seal_format = 1 WHERE content_hash IS NOT NULL
;
CREATE TRIGGER minutes_final_no_update BEFORE UPDATE ON minutes WHEN OLD.state = 'final'
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
{{endif}}
{{if postgresql}}
ALTER TABLE minutes DISABLE TRIGGER minutes_final
;
UPDATE minutes SET seal_format = 1 WHERE content_hash IS NOT NULL
;
ALTER TABLE minutes ENABLE TRIGGER minutes_final
;
{{endif}}
-- Final minutes print the names of the people present and of those given assignments;
-- the link to the register (person_id, responsible_person_id) is not part of the record
-- and not sealed. Deleting a person sets those links to NULL (ON DELETE SET NULL), which
-- the triggers used to refuse as a change of final minutes. They now let through an
-- update that changes the link alone, and refuse any other change as before.
{{if sqlite}}
DROP TRIGGER minutes_attendee_final_update
;
CREATE TRIGGER minutes_attendee_final_update BEFORE UPDATE ON minutes_attendee
WHEN (SELECT state FROM minutes WHERE id = OLD.minutes_id) = 'final'
 AND NOT (NEW.id IS OLD.id AND NEW.minutes_id IS OLD.minutes_id AND NEW.position IS OLD.position
          AND NEW.name IS OLD.name AND NEW.party IS OLD.party AND NEW.organisation IS OLD.organisation
          AND NEW.member IS OLD.member AND NEW.status IS OLD.status AND NEW.role IS OLD.role
          AND NEW.arrived_at IS OLD.arrived_at AND NEW.left_after IS OLD.left_after)
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
DROP TRIGGER minutes_assignment_final_update
;
CREATE TRIGGER minutes_assignment_final_update BEFORE UPDATE ON minutes_assignment
WHEN (SELECT m.state FROM minutes m JOIN minutes_item i ON i.minutes_id = m.id WHERE i.id = OLD.item_id) = 'final'
 AND NOT (NEW.id IS OLD.id AND NEW.item_id IS OLD.item_id AND NEW.position IS OLD.position
          AND NEW.responsible IS OLD.responsible AND NEW.task IS OLD.task AND NEW.due_date IS OLD.due_date)
BEGIN SELECT RAISE(ABORT, 'final minutes cannot be changed'); END
;
{{endif}}
{{if postgresql}}
CREATE OR REPLACE FUNCTION verkstan_refuse_final() RETURNS trigger LANGUAGE plpgsql AS $$
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
    -- The link of an attendee to the register may change (a person deleted); nothing else.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'minutes_attendee'
       AND (to_jsonb(NEW) - 'person_id') = (to_jsonb(OLD) - 'person_id') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN target := OLD.minutes_id; ELSE target := NEW.minutes_id; END IF;
    SELECT state INTO final_state FROM minutes WHERE id = target;
    IF final_state = 'final' THEN
        RAISE EXCEPTION 'final minutes cannot be changed';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.minutes_id <> NEW.minutes_id THEN
        SELECT state INTO final_state FROM minutes WHERE id = OLD.minutes_id;
        IF final_state = 'final' THEN
            RAISE EXCEPTION 'final minutes cannot be changed';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$
;
CREATE OR REPLACE FUNCTION verkstan_refuse_final_item_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    final_count INTEGER;
BEGIN
    -- The link of an assignment to the register may change (a person deleted); nothing else.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'minutes_assignment'
       AND (to_jsonb(NEW) - 'responsible_person_id') = (to_jsonb(OLD) - 'responsible_person_id') THEN
        RETURN NEW;
    END IF;
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
{{endif}}
