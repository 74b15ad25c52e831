-- Verkstan: the outcome ("utfall") of budget lines per year or quarter (issue 6).
-- quarter 0 is the whole year, 1-4 a quarter; a line has either a whole-year figure or
-- quarter figures for a year (checked by src/core/BudgetOutcome). Whole öre, never negative.
CREATE TABLE budget_outcome (
    line_id BIGINT NOT NULL REFERENCES budget_line (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),
    amount_ore BIGINT NOT NULL CHECK (amount_ore >= 0),
    PRIMARY KEY (line_id, year, quarter)
)
;
