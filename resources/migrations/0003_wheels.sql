-- Verkstan schema 3: annual wheels (issue 4, seed 001 §6.4.1) and the meetings made
-- from them with their agendas (the minutes build on meeting and agenda_item).
-- Dates are ISO text 'YYYY-MM-DD', times 'HH:MM'; keys (kind, status) are the stable
-- keys of src/core/AnnualWheel.h and Meeting.h. A body with a wheel or meetings
-- cannot be deleted (no cascade): its plans are not lost by accident.
CREATE TABLE wheel_template (
    id {{id}},
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    content TEXT NOT NULL
)
;
CREATE TABLE wheel (
    id {{id}},
    body_id BIGINT NOT NULL REFERENCES body (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    UNIQUE (body_id, year)
)
;
CREATE TABLE wheel_slot (
    id {{id}},
    wheel_id BIGINT NOT NULL REFERENCES wheel (id) ON DELETE CASCADE,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    kind TEXT NOT NULL,
    planned_date TEXT,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    focus TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX wheel_slot_wheel_idx ON wheel_slot (wheel_id)
;
CREATE TABLE wheel_input (
    id {{id}},
    slot_id BIGINT NOT NULL REFERENCES wheel_slot (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    responsible_actor_id BIGINT REFERENCES actor (id) ON DELETE SET NULL,
    responsible_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    responsible_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'missing' CHECK (status IN ('missing', 'requested', 'received')),
    position INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX wheel_input_slot_idx ON wheel_input (slot_id)
;
CREATE INDEX wheel_input_actor_idx ON wheel_input (responsible_actor_id)
;
CREATE INDEX wheel_input_person_idx ON wheel_input (responsible_person_id)
;
CREATE TABLE meeting (
    id {{id}},
    body_id BIGINT NOT NULL REFERENCES body (id),
    slot_id BIGINT REFERENCES wheel_slot (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX meeting_body_idx ON meeting (body_id, meeting_date)
;
CREATE INDEX meeting_slot_idx ON meeting (slot_id)
;
CREATE TABLE agenda_item (
    id {{id}},
    meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT ''
)
;
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position)
;
