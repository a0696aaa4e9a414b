-- Every month run, scheduled or started by hand, with its outcome. A run is split into shards (ranges of company
-- ids) that any node of a cluster may work on; the run's counts are the sums of its shards'.
CREATE TABLE runs (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    year_month      VARCHAR(7)   NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    -- set for scheduled runs only: one scheduled run per month, whatever restarts and nodes do
    scheduled_month VARCHAR(7)   UNIQUE,
    scheduled_for   TIMESTAMP WITH TIME ZONE,
    shards          INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rules_hash      VARCHAR(64)  NOT NULL,
    node            VARCHAR(200) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    completed_by    VARCHAR(40)
);
CREATE INDEX runs_by_month ON runs (year_month, started_at);

-- first_company is inclusive, end_company exclusive; null means open-ended. heartbeat_at moves while a node
-- works on the shard: a running shard whose heartbeat stopped belongs to a node that died.
CREATE TABLE run_shards (
    run_id        VARCHAR(40)  NOT NULL REFERENCES runs (id),
    shard         INTEGER      NOT NULL,
    first_company VARCHAR(64),
    end_company   VARCHAR(64),
    status        VARCHAR(16)  NOT NULL,
    node          VARCHAR(200),
    attempts      INTEGER      NOT NULL,
    rules_hash    VARCHAR(64),
    started_at    TIMESTAMP WITH TIME ZONE,
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    companies     BIGINT       NOT NULL,
    at_risk       BIGINT       NOT NULL,
    steady        BIGINT       NOT NULL,
    healthy       BIGINT       NOT NULL,
    thriving      BIGINT       NOT NULL,
    no_data       BIGINT       NOT NULL,
    triggers      BIGINT       NOT NULL,
    delivered     BIGINT       NOT NULL,
    error         VARCHAR(2000),
    PRIMARY KEY (run_id, shard)
);
