-- A dead letter is replayed once its cause is fixed; it stays as a record of what happened.
alter table dead_letter add column replayed_at timestamptz;
alter table dead_letter add column replayed_by text;
-- Operators look for what still waits.
create index dead_letter_open on dead_letter (failed_at desc) where replayed_at is null;
