-- Stored requests expire after the retention (mentor.idempotency.retention) and a scheduled purge
-- deletes them in batches, oldest first found through this index rather than a scan of the table.
-- Rows written before this version hold a plain SHA-256 fingerprint; a retry of one of them within the
-- retention answers 422 instead of a replay, and the purge removes them within a day.
create index idempotent_request_created_at on idempotent_request (created_at);
