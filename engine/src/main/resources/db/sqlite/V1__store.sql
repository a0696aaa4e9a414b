-- The embedded store (SQLite), in today's layout: what healthscore 0.1 built in six H2 migrations, with the bulk
-- tables keyed for the month run. Types are SQLite's: numbers that must stay exact (decimals) are TEXT in plain
-- notation, times are INTEGER microseconds since 1970-01-01 UTC, text has the length limits of the PostgreSQL
-- columns, and every key is in the order the month run and ingest write it, so bulk writes append. The engine checks
-- that an assessment names a known company (a foreign key would cost a lookup per row of the bulk tables).

CREATE TABLE companies (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) <= 64),
    name          TEXT    CHECK (length(name) <= 200),
    owner         TEXT    CHECK (length(owner) <= 320),
    contact       TEXT    CHECK (length(contact) <= 320),
    segment       TEXT    CHECK (length(segment) <= 100),
    first_seen    INTEGER NOT NULL,
    churned_at    INTEGER,
    churned_month TEXT
) WITHOUT ROWID;

-- One row per company and month with data: the month's weeks in week order, each 'YYYY-MM-DD,login,adoption,nps'
-- (nps empty without a survey), separated by ';'. A week belongs to the month of its Sunday.
CREATE TABLE metrics (
    year_month  TEXT    NOT NULL,
    company_id  TEXT    NOT NULL,
    weeks       TEXT    NOT NULL,
    ingested_at INTEGER NOT NULL,
    PRIMARY KEY (year_month, company_id)
) WITHOUT ROWID;

-- One assessment per company and month, with what produced it; scoring a month again replaces it.
CREATE TABLE assessments (
    year_month     TEXT    NOT NULL,
    company_id     TEXT    NOT NULL,
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
    PRIMARY KEY (year_month, company_id)
) WITHOUT ROWID;

-- The outbox: a trigger exists at most once per company, month and name (the key is the at-most-once guarantee),
-- stored 'pending' with its assessment; see the PostgreSQL migration V5 for the delivery columns.
CREATE TABLE triggers (
    year_month      TEXT    NOT NULL,
    company_id      TEXT    NOT NULL,
    name            TEXT    NOT NULL CHECK (length(name) <= 100),
    band            TEXT    NOT NULL,
    previous_band   TEXT    NOT NULL,
    score           INTEGER,
    previous_score  INTEGER,
    rules_hash      TEXT    NOT NULL,
    emitted_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    status          TEXT    NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    lease_owner     TEXT,
    lease_until     INTEGER,
    channel         TEXT,
    last_error      TEXT    CHECK (length(last_error) <= 2000),
    replays         INTEGER NOT NULL DEFAULT 0,
    replayed_at     INTEGER,
    activity_id     INTEGER,
    PRIMARY KEY (year_month, company_id, name)
) WITHOUT ROWID;
-- only what waits for delivery: a sent trigger leaves the index
CREATE INDEX triggers_pending ON triggers (next_attempt_at) WHERE status = 'pending';

-- How far each triggers file is known to hold what the outbox records as sent: the lines after recorded_to were
-- appended by a process that may have been killed before it recorded them (see FileChannel).
CREATE TABLE trigger_files (
    path        TEXT    NOT NULL PRIMARY KEY,
    recorded_to INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE runs (
    id              TEXT    NOT NULL PRIMARY KEY,
    year_month      TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    scheduled_month TEXT    UNIQUE,
    scheduled_for   INTEGER,
    shards          INTEGER NOT NULL,
    status          TEXT    NOT NULL,
    rules_hash      TEXT    NOT NULL,
    node            TEXT    NOT NULL,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    completed_by    TEXT
);
CREATE INDEX runs_by_month ON runs (year_month, started_at);

CREATE TABLE run_shards (
    run_id        TEXT    NOT NULL REFERENCES runs (id),
    shard         INTEGER NOT NULL,
    first_company TEXT,
    end_company   TEXT,
    status        TEXT    NOT NULL,
    node          TEXT,
    attempts      INTEGER NOT NULL,
    rules_hash    TEXT,
    started_at    INTEGER,
    heartbeat_at  INTEGER,
    finished_at   INTEGER,
    companies     INTEGER NOT NULL,
    at_risk       INTEGER NOT NULL,
    steady        INTEGER NOT NULL,
    healthy       INTEGER NOT NULL,
    thriving      INTEGER NOT NULL,
    no_data       INTEGER NOT NULL,
    triggers      INTEGER NOT NULL,
    delivered     INTEGER NOT NULL,
    error         TEXT,
    PRIMARY KEY (run_id, shard)
);

CREATE TABLE rule_files (
    rules_hash  TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    content     TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (rules_hash, file)
);

CREATE TABLE overrides (
    id          INTEGER PRIMARY KEY,
    company_id  TEXT    NOT NULL,
    band        TEXT    NOT NULL,
    from_month  TEXT    NOT NULL,
    until_month TEXT    NOT NULL,
    note        TEXT    NOT NULL CHECK (length(note) <= 2000),
    author      TEXT    NOT NULL CHECK (length(author) <= 200),
    set_at      INTEGER NOT NULL,
    ended_at    INTEGER,
    ended_how   TEXT
);
CREATE INDEX overrides_by_company ON overrides (company_id, ended_at);

CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    company_id     TEXT    NOT NULL,
    year_month     TEXT    NOT NULL,
    happened_at    INTEGER NOT NULL,
    source         TEXT    NOT NULL,
    author         TEXT    NOT NULL CHECK (length(author) <= 200),
    note           TEXT    NOT NULL CHECK (length(note) <= 2000),
    band_from      TEXT    NOT NULL,
    band_to        TEXT    NOT NULL,
    score          INTEGER,
    automatic_band TEXT,
    triggers       TEXT    NOT NULL CHECK (length(triggers) <= 2000)
);
CREATE INDEX activities_by_company ON activities (company_id, happened_at);
CREATE INDEX activities_by_month ON activities (year_month, company_id);

-- Quartz 2.5 JDBC job store (the schedule of serve), from Quartz's tables_postgres.sql. SQLite runs it through
-- Quartz's PostgreSQL delegate (blobs read as bytes) with row locks taken by UPDATE.
CREATE TABLE QRTZ_JOB_DETAILS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  JOB_NAME          VARCHAR(200) NOT NULL,
  JOB_GROUP         VARCHAR(200) NOT NULL,
  DESCRIPTION       VARCHAR(250) NULL,
  JOB_CLASS_NAME    VARCHAR(250) NOT NULL,
  IS_DURABLE        BOOLEAN         NOT NULL,
  IS_NONCONCURRENT  BOOLEAN         NOT NULL,
  IS_UPDATE_DATA    BOOLEAN         NOT NULL,
  REQUESTS_RECOVERY BOOLEAN         NOT NULL,
  JOB_DATA          BLOB        NULL,
  PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

CREATE TABLE QRTZ_TRIGGERS
(
  SCHED_NAME     VARCHAR(120) NOT NULL,
  TRIGGER_NAME   VARCHAR(200) NOT NULL,
  TRIGGER_GROUP  VARCHAR(200) NOT NULL,
  JOB_NAME       VARCHAR(200) NOT NULL,
  JOB_GROUP      VARCHAR(200) NOT NULL,
  DESCRIPTION    VARCHAR(250) NULL,
  NEXT_FIRE_TIME BIGINT       NULL,
  PREV_FIRE_TIME BIGINT       NULL,
  PRIORITY       INTEGER      NULL,
  TRIGGER_STATE  VARCHAR(16)  NOT NULL,
  TRIGGER_TYPE   VARCHAR(8)   NOT NULL,
  START_TIME     BIGINT       NOT NULL,
  END_TIME       BIGINT       NULL,
  CALENDAR_NAME  VARCHAR(200) NULL,
  MISFIRE_INSTR  SMALLINT     NULL,
  JOB_DATA       BLOB        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
  REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

CREATE TABLE QRTZ_SIMPLE_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  REPEAT_COUNT    BIGINT       NOT NULL,
  REPEAT_INTERVAL BIGINT       NOT NULL,
  TIMES_TRIGGERED BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_CRON_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  CRON_EXPRESSION VARCHAR(120) NOT NULL,
  TIME_ZONE_ID    VARCHAR(80),
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_SIMPROP_TRIGGERS
(
  SCHED_NAME    VARCHAR(120)   NOT NULL,
  TRIGGER_NAME  VARCHAR(200)   NOT NULL,
  TRIGGER_GROUP VARCHAR(200)   NOT NULL,
  STR_PROP_1    VARCHAR(512)   NULL,
  STR_PROP_2    VARCHAR(512)   NULL,
  STR_PROP_3    VARCHAR(512)   NULL,
  INT_PROP_1    INT            NULL,
  INT_PROP_2    INT            NULL,
  LONG_PROP_1   BIGINT         NULL,
  LONG_PROP_2   BIGINT         NULL,
  DEC_PROP_1    NUMERIC(13, 4) NULL,
  DEC_PROP_2    NUMERIC(13, 4) NULL,
  BOOL_PROP_1   BOOLEAN           NULL,
  BOOL_PROP_2   BOOLEAN           NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_BLOB_TRIGGERS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_NAME  VARCHAR(200) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  BLOB_DATA     BLOB        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_CALENDARS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  CALENDAR_NAME VARCHAR(200) NOT NULL,
  CALENDAR      BLOB        NOT NULL,
  PRIMARY KEY (SCHED_NAME, CALENDAR_NAME)
);

CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_GROUP)
);

CREATE TABLE QRTZ_FIRED_TRIGGERS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  ENTRY_ID          VARCHAR(95)  NOT NULL,
  TRIGGER_NAME      VARCHAR(200) NOT NULL,
  TRIGGER_GROUP     VARCHAR(200) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  FIRED_TIME        BIGINT       NOT NULL,
  SCHED_TIME        BIGINT       NOT NULL,
  PRIORITY          INTEGER      NOT NULL,
  STATE             VARCHAR(16)  NOT NULL,
  JOB_NAME          VARCHAR(200) NULL,
  JOB_GROUP         VARCHAR(200) NULL,
  IS_NONCONCURRENT  BOOLEAN         NULL,
  REQUESTS_RECOVERY BOOLEAN         NULL,
  PRIMARY KEY (SCHED_NAME, ENTRY_ID)
);

CREATE TABLE QRTZ_SCHEDULER_STATE
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  LAST_CHECKIN_TIME BIGINT       NOT NULL,
  CHECKIN_INTERVAL  BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, INSTANCE_NAME)
);

CREATE TABLE QRTZ_LOCKS
(
  SCHED_NAME VARCHAR(120) NOT NULL,
  LOCK_NAME  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (SCHED_NAME, LOCK_NAME)
);

CREATE INDEX IDX_QRTZ_J_REQ_RECOVERY
  ON QRTZ_JOB_DETAILS (SCHED_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_QRTZ_J_GRP
  ON QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP);

CREATE INDEX IDX_QRTZ_T_J
  ON QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_T_JG
  ON QRTZ_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_T_C
  ON QRTZ_TRIGGERS (SCHED_NAME, CALENDAR_NAME);
CREATE INDEX IDX_QRTZ_T_G
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_QRTZ_T_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_N_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_N_G_STATE
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_NEXT_FIRE_TIME
  ON QRTZ_TRIGGERS (SCHED_NAME, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_ST
  ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_MISFIRE
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME);
CREATE INDEX IDX_QRTZ_T_NFT_ST_MISFIRE
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_STATE);
CREATE INDEX IDX_QRTZ_T_NFT_ST_MISFIRE_GRP
  ON QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_GROUP, TRIGGER_STATE);

CREATE INDEX IDX_QRTZ_FT_TRIG_INST_NAME
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME);
CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_QRTZ_FT_J_G
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_FT_JG
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_QRTZ_FT_T_G
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_QRTZ_FT_TG
  ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);

