-- Runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE TABLE companies (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    owner       VARCHAR(320),
    contact     VARCHAR(320),
    segment     VARCHAR(100),
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per company and ISO week (its Monday); year_month is the month of the week's Sunday. The key follows
-- the order upstream files come in (company by company), so ingest appends; the index serves the month run.
-- No foreign key: ingest makes the company known in the same transaction, and the check would add a lookup
-- to every write of the biggest table.
CREATE TABLE weekly_metrics (
    company_id  VARCHAR(64)   NOT NULL,
    week        DATE          NOT NULL,
    year_month  VARCHAR(7)    NOT NULL,
    login       NUMERIC(10,6) NOT NULL,
    adoption    NUMERIC(10,6) NOT NULL,
    nps         NUMERIC(10,6),
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, week)
);
CREATE INDEX weekly_metrics_by_month ON weekly_metrics (year_month, company_id, week);

-- One assessment per company and month, with what produced it.
CREATE TABLE assessments (
    company_id     VARCHAR(64)   NOT NULL REFERENCES companies (id),
    year_month          VARCHAR(7)    NOT NULL,
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
    PRIMARY KEY (company_id, year_month)
);

-- A trigger exists at most once per company, month and name: the key is the at-most-once guarantee.
-- delivered_at stays null until the trigger reached its sink (the outbox).
CREATE TABLE triggers (
    company_id   VARCHAR(64)  NOT NULL REFERENCES companies (id),
    year_month        VARCHAR(7)   NOT NULL,
    name         VARCHAR(100) NOT NULL,
    band         VARCHAR(16)  NOT NULL,
    previous_band VARCHAR(16) NOT NULL,
    score        INTEGER,
    previous_score INTEGER,
    rules_hash   VARCHAR(64)  NOT NULL,
    emitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (company_id, year_month, name)
);
CREATE INDEX triggers_by_delivery ON triggers (delivered_at);
