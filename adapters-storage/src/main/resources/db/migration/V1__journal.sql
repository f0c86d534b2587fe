-- Rostrum's store: plenary definitions, one append-only journal per plenary, API tokens.
-- The same logical schema on SQLite and PostgreSQL.

CREATE TABLE plenary (
  id          VARCHAR(64) PRIMARY KEY,
  definition  TEXT        NOT NULL,  -- the definition file as loaded (YAML)
  created_at  VARCHAR(40) NOT NULL
);

-- Each journal's head: its last entry and that entry's hash. Moved in the same transaction as
-- every append (the move is also the version check), so that removing entries from the end of
-- the journal is detected too. A row of its own, small, so an append rewrites little.
CREATE TABLE journal_head (
  plenary     VARCHAR(64) PRIMARY KEY REFERENCES plenary (id),
  head_seq    BIGINT      NOT NULL,
  head_hash   VARCHAR(64) NOT NULL
);

CREATE TABLE journal (
  plenary       VARCHAR(64) NOT NULL REFERENCES plenary (id),
  seq           BIGINT      NOT NULL,  -- 1, 2, 3… with no gap
  event_type    VARCHAR(64) NOT NULL,
  event_version INTEGER     NOT NULL,
  event         TEXT        NOT NULL,  -- canonical JSON
  recorded_at   VARCHAR(40) NOT NULL,  -- ISO-8601 instant, UTC
  source_ref    TEXT,                  -- a mail's Message-ID or a client's key, for idempotence
  hash          VARCHAR(64) NOT NULL,  -- SHA-256(previous hash ‖ canonical entry), hex
  PRIMARY KEY (plenary, seq)
);

CREATE UNIQUE INDEX journal_source_ref ON journal (plenary, source_ref) WHERE source_ref IS NOT NULL;

CREATE TABLE api_token (
  token_hash  VARCHAR(64) PRIMARY KEY,  -- SHA-256 of the token, hex; the token itself is never kept
  role        VARCHAR(16) NOT NULL,
  plenary     VARCHAR(64),
  participant TEXT,
  created_at  VARCHAR(40) NOT NULL
);
