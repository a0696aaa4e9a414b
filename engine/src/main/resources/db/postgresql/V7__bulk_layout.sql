-- The layout for bulk work (PostgreSQL 13+; the embedded store has it from its first script, db/sqlite/V1).
-- Every key is in the order ingest and the month run write: by month, then company.

-- One row per company and month with data instead of one per week: the month's weeks in week order, each
-- 'YYYY-MM-DD,login,adoption,nps' (nps empty without a survey, numbers in plain notation), separated by ';'.
CREATE TABLE metrics (
    year_month  VARCHAR(7)    NOT NULL,
    company_id  VARCHAR(64)   NOT NULL,
    weeks       VARCHAR(1000) NOT NULL,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (year_month, company_id)
);
INSERT INTO metrics (year_month, company_id, weeks, ingested_at)
SELECT year_month, company_id,
       string_agg(to_char(week, 'YYYY-MM-DD') || ',' || trim_scale(login)::text || ',' || trim_scale(adoption)::text
                  || ',' || COALESCE(trim_scale(nps)::text, ''), ';' ORDER BY week),
       MAX(ingested_at)
FROM weekly_metrics GROUP BY year_month, company_id;
DROP TABLE weekly_metrics;

-- Assessments and triggers keyed by month first: a month run appends to the key rather than touching every page.
-- The company a row names is known (the engine stores it first); the foreign key would cost a lookup per row.
ALTER TABLE assessments DROP CONSTRAINT assessments_pkey;
ALTER TABLE assessments DROP CONSTRAINT IF EXISTS assessments_company_id_fkey;
ALTER TABLE assessments ADD PRIMARY KEY (year_month, company_id);

ALTER TABLE triggers DROP CONSTRAINT triggers_pkey;
ALTER TABLE triggers DROP CONSTRAINT IF EXISTS triggers_company_id_fkey;
ALTER TABLE triggers ADD PRIMARY KEY (year_month, company_id, name);
-- only what waits for delivery: a sent trigger leaves the index
DROP INDEX triggers_by_status;
CREATE INDEX triggers_pending ON triggers (next_attempt_at) WHERE status = 'pending';

-- How far each triggers file is known to hold what the outbox records as sent: the lines after recorded_to were
-- appended by a process that may have been killed before it recorded them (see FileChannel).
CREATE TABLE trigger_files (
    path        VARCHAR(4000) NOT NULL PRIMARY KEY,
    recorded_to BIGINT        NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
