-- Verkstan schema 3: cooperation agreements and the allocation of their shared costs
-- (issue 6, seed 000). Dates are ISO text (YYYY-MM-DD), amounts whole öre in BIGINT.
-- The allocation method is a key of src/core/CostAllocation ('equal', 'percent',
-- 'proportional'); a party's weight is its share in basis points or its number.
CREATE TABLE agreement (
    id {{id}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    host_actor_id BIGINT REFERENCES actor (id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    notice_months INTEGER NOT NULL CHECK (notice_months >= 0),
    renewal_months INTEGER NOT NULL CHECK (renewal_months >= 0),
    renewal_notice_months INTEGER NOT NULL CHECK (renewal_notice_months >= 0),
    minimum_municipalities INTEGER NOT NULL DEFAULT 3 CHECK (minimum_municipalities >= 0),
    region_required INTEGER NOT NULL DEFAULT 1,
    allocation_method TEXT NOT NULL DEFAULT 'equal'
        CHECK (allocation_method IN ('equal', 'percent', 'proportional')),
    allocation_basis TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (start_date <= end_date)
)
;
CREATE TABLE agreement_party (
    agreement_id BIGINT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actor (id),
    position INTEGER NOT NULL DEFAULT 0,
    joined_on TEXT,
    left_on TEXT,
    weight BIGINT NOT NULL DEFAULT 0 CHECK (weight >= 0),
    PRIMARY KEY (agreement_id, actor_id)
)
;
CREATE INDEX agreement_party_actor_idx ON agreement_party (actor_id)
;
CREATE INDEX agreement_host_idx ON agreement (host_actor_id)
;
CREATE TABLE agreement_amendment (
    agreement_id BIGINT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    decided_on TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (agreement_id, number)
)
;
CREATE TABLE shared_cost (
    id {{id}},
    agreement_id BIGINT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0
)
;
CREATE INDEX shared_cost_agreement_idx ON shared_cost (agreement_id)
;
CREATE TABLE shared_cost_amount (
    cost_id BIGINT NOT NULL REFERENCES shared_cost (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    amount_ore BIGINT NOT NULL CHECK (amount_ore >= 0),
    PRIMARY KEY (cost_id, year)
)
;
