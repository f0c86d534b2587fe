-- Mails that could not be read with certainty (issue 6): held for the Secretariat's review with
-- their original time of receipt, then accepted (as a request, recorded in the journal) or
-- dismissed with a reason. A mail is held once: (plenary, mail_key) is unique. Like the journal,
-- rows are only added: a resolution is a row of its own, one per held mail.
CREATE TABLE mail_review (
  plenary          VARCHAR(64)  NOT NULL REFERENCES plenary (id),
  id               BIGINT       NOT NULL,
  mail_key         VARCHAR(998) NOT NULL,  -- Message-ID, or a digest of the headers
  received_at      VARCHAR(40)  NOT NULL,
  sender_clock     BOOLEAN      NOT NULL,  -- the time is the sender's Date:, not a trusted stamp
  doubts           TEXT         NOT NULL,  -- why, as codes separated by commas
  participant_seen TEXT,
  segment_seen     TEXT,
  speaker          TEXT,
  language         VARCHAR(8)   NOT NULL,
  sender           TEXT         NOT NULL,
  subject          TEXT         NOT NULL,
  origin           TEXT         NOT NULL,  -- where the mail was read: file, mbox #n, folder
  held_at          VARCHAR(40)  NOT NULL,
  PRIMARY KEY (plenary, id)
);

CREATE UNIQUE INDEX mail_review_key ON mail_review (plenary, mail_key);

CREATE TABLE mail_review_resolution (
  plenary      VARCHAR(64) NOT NULL,
  id           BIGINT      NOT NULL,
  outcome      TEXT        NOT NULL,  -- "ACCEPTED #12" or "DISMISSED"
  note         TEXT        NOT NULL,  -- the reason of a dismissal
  resolved_at  VARCHAR(40) NOT NULL,
  PRIMARY KEY (plenary, id),
  FOREIGN KEY (plenary, id) REFERENCES mail_review (plenary, id)
);
