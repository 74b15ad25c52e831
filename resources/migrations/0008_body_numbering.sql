-- Verkstan: how a body numbers the items (§) of its minutes (issue 5): from § 1 at
-- every meeting, or running on through the body's year.
ALTER TABLE body ADD COLUMN item_numbering TEXT NOT NULL DEFAULT 'per_meeting'
    CHECK (item_numbering IN ('per_meeting', 'running'))
;
