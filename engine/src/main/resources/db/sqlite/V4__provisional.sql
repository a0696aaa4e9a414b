-- Provisional month-to-date scores (issue 17): the current month scored on the weeks of it that are complete so far,
-- kept apart from the monthly assessments and never replacing one. One row per company, month and number of
-- complete weeks used (complete_weeks, of month_weeks in the month), so that the history keeps each week's early
-- score after the monthly assessment superseded it. The columns are those of assessments; the key leads with the
-- month and the company, in the order the provisional run writes, so bulk writes append.
CREATE TABLE provisional (
    year_month     TEXT    NOT NULL,
    company_id     TEXT    NOT NULL,
    complete_weeks INTEGER NOT NULL,
    month_weeks    INTEGER NOT NULL,
    score          INTEGER,
    mean           TEXT,
    band           TEXT    NOT NULL,
    previous_band  TEXT    NOT NULL,
    previous_score INTEGER,
    weeks          INTEGER NOT NULL,
    login          TEXT,
    adoption       TEXT,
    nps            TEXT,
    score_change   INTEGER,
    fired_rules    TEXT    NOT NULL,
    rules_hash     TEXT    NOT NULL,
    assessed_at    INTEGER NOT NULL,
    explanation    TEXT,
    effective_band TEXT    NOT NULL,
    override_id    INTEGER,
    rule_set       TEXT    CHECK (length(rule_set) <= 100),
    low_confidence TEXT    CHECK (length(low_confidence) <= 500),
    week_scores    TEXT,
    PRIMARY KEY (year_month, company_id, complete_weeks)
) WITHOUT ROWID;
