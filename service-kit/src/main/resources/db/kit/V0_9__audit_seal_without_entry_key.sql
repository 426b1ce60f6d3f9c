-- A seal no longer declares its entry as a foreign key. PostgreSQL checks such a key by locking the
-- entry (SELECT ... FOR KEY SHARE), which needs the UPDATE right on audit_entry, and V0_4 took that
-- right away from the service's role: every seal pass of a service that is no superuser failed with
-- "permission denied for table audit_entry", so nothing was ever sealed. The key guarded nothing the
-- rest does not: an entry cannot be deleted (trigger and revoked right), and the verifier reports a
-- seal whose entry is gone ("entry N was deleted; seal M remains").
alter table audit_seal drop constraint audit_seal_entry_id_fkey;
