-- Mail intake on real mail (issue 11). A held mail keeps the participants the roster suggests for
-- it and the evidence that was read, one per line, for the person who reviews it. Every imported
-- mail's content digest is remembered under its key (its Message-ID): a different mail reusing a
-- Message-ID already seen is held, never taken for the first one.
ALTER TABLE mail_review ADD COLUMN candidates TEXT;
ALTER TABLE mail_review ADD COLUMN evidence TEXT;

CREATE TABLE mail_seen (
  plenary   VARCHAR(64)  NOT NULL REFERENCES plenary (id),
  mail_key  VARCHAR(998) NOT NULL,  -- Message-ID, or the content digest when there is none
  digest    VARCHAR(64)  NOT NULL,  -- SHA-256 of what stays the same between two deliveries
  seen_at   VARCHAR(40)  NOT NULL,
  PRIMARY KEY (plenary, mail_key)
);
