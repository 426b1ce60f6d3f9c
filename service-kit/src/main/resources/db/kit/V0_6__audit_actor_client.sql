-- The client an actor's token was issued to (its azp claim): the same user acts through the
-- dashboard or a case system, and a service account is known by its client. Null for the entries
-- written before this version; seals from now on use AuditChain's encoding 2, which covers it.
alter table audit_entry add column actor_client text;
