-- The Secretariat's desk (issue 12): a token can be revoked; it is then refused by every instance
-- within a second. A revocation is a row of its own (nothing is rewritten); a token's public id is
-- the first characters of its hash, never the secret.
CREATE TABLE token_revocation (
  token_hash  VARCHAR(64) PRIMARY KEY REFERENCES api_token (token_hash),
  revoked_at  VARCHAR(40) NOT NULL
);
