-- Provisional month-to-date scores (issue 17): the current month scored on the weeks of it that are complete so far,
-- kept apart from the monthly assessments and never replacing one. One row per company, month and number of
-- complete weeks used (complete_weeks, of month_weeks in the month), so that the history keeps each week's early
-- score after the monthly assessment superseded it. The columns are those of assessments; the key leads with the
-- month and the company, in the order the provisional run writes, so bulk writes append.
CREATE TABLE provisional (
    year_month     VARCHAR(7)    NOT NULL,
    company_id     VARCHAR(64)   NOT NULL,
    complete_weeks INTEGER       NOT NULL,
    month_weeks    INTEGER       NOT NULL,
    score          INTEGER,
    mean           NUMERIC(24,12),
    band           VARCHAR(16)   NOT NULL,
    previous_band  VARCHAR(16)   NOT NULL,
    previous_score INTEGER,
    weeks          INTEGER       NOT NULL,
    login          NUMERIC(10,2),
    adoption       NUMERIC(10,2),
    nps            NUMERIC(10,2),
    score_change   INTEGER,
    fired_rules    VARCHAR(8000) NOT NULL,
    rules_hash     VARCHAR(64)   NOT NULL,
    assessed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    explanation    TEXT,
    effective_band VARCHAR(16)   NOT NULL,
    override_id    BIGINT,
    rule_set       VARCHAR(100),
    low_confidence VARCHAR(500),
    week_scores    TEXT,
    PRIMARY KEY (year_month, company_id, complete_weeks)
);
