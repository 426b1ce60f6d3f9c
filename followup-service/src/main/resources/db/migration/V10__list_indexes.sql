-- Indexes for the lists that had none for their filter and order: the company register by name, and a
-- citizen's access log (the audit trail's entries about the citizen and their plans, newest first).
create index company_name on company (name, id);
create index audit_entry_subject on audit_entry (subject_id, occurred_at desc);
