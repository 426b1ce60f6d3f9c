-- The audit log's hash chain. A scheduled sealer (AuditSealer) appends every committed audit entry,
-- in id order, to audit_seal: seq counts 1, 2, 3, ... and each entry_hash is SHA-256 over the
-- previous seal's entry_hash and a versioned encoding of every column of the entry (AuditChain).
-- Editing or deleting an entry, or a seal, breaks the chain, which GET /api/v1/audit-entries/verification
-- reports. The entries existing before this version are sealed by the first pass.
create table audit_seal (
    seq           bigint      primary key check (seq > 0),
    entry_id      bigint      not null unique references audit_entry (id),
    encoding      smallint    not null,
    previous_hash text        not null,
    entry_hash    text        not null,
    sealed_at     timestamptz not null default now()
);

-- Append-only like the entries it seals.
create function audit_seal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_seal is append-only';
end $$;
create trigger audit_seal_no_update_or_delete before update or delete on audit_seal
    for each row execute function audit_seal_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_seal_is_append_only();

-- Beyond the triggers, the role that runs the migrations (the service's role, unless production
-- migrates as another) gives up the right to change either table. An owner keeps the power to alter
-- its tables and could grant the rights back, so production runs the service as a role that does not
-- own the schema (see docs/architecture.md, "The audit chain").
revoke update, delete, truncate on audit_entry, audit_seal from current_user;
