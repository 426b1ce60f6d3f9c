-- A participant keeps the line (EMPLOYMENT, INTEGRATION, SOCIAL, VOLUNTARY) its legal basis stood for when it
-- joined. The bases are rows of the LEGAL_BASIS code list now (kit migration V0_8), which an administrator
-- extends; the line of a recorded basis never changes (catalog refuses it), so it is read once and kept.
alter table participant add column legal_line text;
update participant p set legal_line = c.legal_line
  from code_list_entry c where c.list = 'LEGAL_BASIS' and c.code = p.legal_basis;
-- a code no row knows cannot have been recorded; were it so, the employment line is the one with the most rules
update participant set legal_line = 'EMPLOYMENT' where legal_line is null;
alter table participant alter column legal_line set not null;
