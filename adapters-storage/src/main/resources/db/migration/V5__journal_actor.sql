-- Who did what (issue 12): every entry names who asked for it — a token by its public id and role,
-- someone at the command line, the mail intake — as canonical JSON, hashed with the entry. Entries
-- recorded before this have none, and their hashes stand as they were.
ALTER TABLE journal ADD COLUMN actor TEXT;
