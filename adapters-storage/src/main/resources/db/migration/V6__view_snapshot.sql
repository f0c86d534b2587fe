-- One-shot commands that answer at once (issue 15, ADR 0025): what a command printed for a plenary
-- — the list, the report, the review queue — kept with the journal head it was computed at (its
-- number and hash), and for a view of the held mails, how many were held and resolved then. It is
-- printed again only while all of that is unchanged: any append moves the head, any mail held or
-- resolved moves the counts, and the next command renders anew. A cache beside the record, never part of it: deleting every row loses
-- nothing, and `rostrum verify` does not read it.
CREATE TABLE view_snapshot (
  plenary    VARCHAR(64)  NOT NULL REFERENCES plenary (id),
  view       VARCHAR(200) NOT NULL,  -- which view, format, language and segment, and which build
  head_seq   BIGINT       NOT NULL,
  head_hash  VARCHAR(64)  NOT NULL,
  reviews    VARCHAR(40),            -- "held/resolved" when the view shows held mails
  body       TEXT         NOT NULL,  -- the text as printed
  PRIMARY KEY (plenary, view)
);
