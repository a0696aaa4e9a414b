-- The people and systems that call the HTTP API and sign in to the console. A token is shown once, when it is made;
-- only a salted SHA-256 hash of its secret is kept. token_id, the public part of the token, finds the row.
CREATE TABLE users (
    name       TEXT    NOT NULL PRIMARY KEY CHECK (length(name) <= 64),
    role       TEXT    NOT NULL CHECK (role IN ('viewer', 'csm', 'admin')),
    token_id   TEXT    NOT NULL UNIQUE,
    salt       TEXT    NOT NULL,
    token_hash TEXT    NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
