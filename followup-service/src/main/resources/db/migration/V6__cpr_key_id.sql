-- Which generation of CPR keys sealed and hashed each stored number, so the keys can be rotated: rows
-- written before this column existed stay null and are re-keyed, like any row on an older generation,
-- by the service's re-keying job (see docs/operations.md, "The CPR keys").
alter table citizen add column cpr_key_id text;
alter table citizen add constraint citizen_cpr_key_id_only_with_cpr check (not anonymous or cpr_key_id is null);
