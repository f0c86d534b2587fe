-- The mailbox loop (issue 23). The replies owed to the delegations, kept until a mail server has
-- taken them: recorded once per key (the answered mail's key and the occasion) before the outcome
-- they answer is marked done; claimed by one sender at a time; marked sent once the server
-- accepted them, or failed with the server's answer.
CREATE TABLE outbox (
  plenary        VARCHAR(64)  NOT NULL REFERENCES plenary (id),
  id             BIGINT       NOT NULL,
  reply_key      VARCHAR(1100) NOT NULL,
  occasion       VARCHAR(16)  NOT NULL,  -- INSCRIBED, REFUSED, HELD, ACCEPTED, DISMISSED
  reference      TEXT         NOT NULL,  -- what it answers: "#12", "held #3"
  recipient      TEXT         NOT NULL,
  language       VARCHAR(8)   NOT NULL,
  message_id     TEXT         NOT NULL,
  subject        TEXT         NOT NULL,
  message        TEXT         NOT NULL,  -- the whole message as sent
  state          VARCHAR(8)   NOT NULL,  -- PENDING, SENT, FAILED
  attempts       INTEGER      NOT NULL,
  answer         TEXT,                   -- the last server's answer, or the network's
  recorded_at    VARCHAR(40)  NOT NULL,
  next_attempt   BIGINT       NOT NULL,  -- milliseconds since 1970 (UTC): compared as numbers
  sent_at        VARCHAR(40),
  sender         TEXT,                   -- who holds it now: host, process, its start
  claimed_until  BIGINT,                 -- milliseconds since 1970, as next_attempt
  PRIMARY KEY (plenary, id)
);

CREATE UNIQUE INDEX outbox_key ON outbox (plenary, reply_key);
CREATE INDEX outbox_due ON outbox (state, next_attempt);

-- How far each watched folder was read: its UIDVALIDITY and the last UID taken in whole.
CREATE TABLE mailbox_position (
  plenary     VARCHAR(64)  NOT NULL REFERENCES plenary (id),
  folder      VARCHAR(600) NOT NULL,  -- imap[s]://user@host:port/Folder, no secret
  validity    BIGINT       NOT NULL,
  last_uid    BIGINT       NOT NULL,
  updated_at  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (plenary, folder)
);
