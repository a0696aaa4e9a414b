-- The people and systems that call the HTTP API and sign in to the console. A token is shown once, when it is made;
-- only a salted SHA-256 hash of its secret is kept. token_id, the public part of the token, finds the row.
CREATE TABLE users (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    role       VARCHAR(8)  NOT NULL CHECK (role IN ('viewer', 'csm', 'admin')),
    token_id   VARCHAR(32) NOT NULL UNIQUE,
    salt       VARCHAR(64) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
