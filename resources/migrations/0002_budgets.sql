-- Verkstan schema 2: multi-year cost and financing budgets (issue 6, seed 002).
-- Amounts are whole öre in BIGINT (never floating point). Keys (side, category, kind,
-- status, scope, rounding) are the stable keys of src/core/Budget.h.
CREATE TABLE budget (
    id {{id}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    first_year INTEGER NOT NULL,
    last_year INTEGER NOT NULL,
    owner_actor_id BIGINT REFERENCES actor (id),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (first_year <= last_year)
)
;
CREATE INDEX budget_owner_idx ON budget (owner_actor_id)
;
CREATE TABLE budget_line (
    id {{id}},
    budget_id BIGINT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('cost', 'financing')),
    category TEXT,
    funder_actor_id BIGINT REFERENCES actor (id),
    funder_kind TEXT,
    funding_status TEXT,
    name TEXT NOT NULL DEFAULT '',
    computed_from_line_id BIGINT REFERENCES budget_line (id),
    computed_basis_points INTEGER,
    computed_rounding TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((side = 'cost' AND category IS NOT NULL AND funder_actor_id IS NULL)
        OR (side = 'financing' AND funder_actor_id IS NOT NULL AND computed_from_line_id IS NULL)),
    CHECK ((computed_from_line_id IS NULL AND computed_basis_points IS NULL)
        OR (computed_from_line_id IS NOT NULL AND computed_basis_points IS NOT NULL))
)
;
CREATE INDEX budget_line_budget_idx ON budget_line (budget_id)
;
CREATE INDEX budget_line_funder_idx ON budget_line (funder_actor_id)
;
CREATE INDEX budget_line_source_idx ON budget_line (computed_from_line_id)
;
CREATE TABLE budget_amount (
    line_id BIGINT NOT NULL REFERENCES budget_line (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    amount_ore BIGINT NOT NULL CHECK (amount_ore >= 0),
    PRIMARY KEY (line_id, year)
)
;
CREATE TABLE funder_cap (
    budget_id BIGINT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    funder_actor_id BIGINT NOT NULL REFERENCES actor (id),
    max_basis_points INTEGER CHECK (max_basis_points IS NULL OR max_basis_points >= 0),
    max_amount_ore BIGINT CHECK (max_amount_ore IS NULL OR max_amount_ore >= 0),
    scope TEXT NOT NULL DEFAULT 'overall' CHECK (scope IN ('overall', 'per_year')),
    rate_rounded_to_kronor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (budget_id, funder_actor_id)
)
;
CREATE INDEX funder_cap_funder_idx ON funder_cap (funder_actor_id)
;
