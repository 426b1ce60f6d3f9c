-- Indexes for the paged lists and the reports, so that a page or a period costs the rows it shows and
-- not the whole ledger of a municipality (lists are counted only up to a cap, mentor.paging.count-cap).

-- GET /expense-lines: always one municipality in posting order, optionally a period, a plan, a regime or
-- held lines only (a meeting has expense_line_meeting). The period index also serves the cost-and-effect
-- report and the re-judgement; the regime index a claim's lines of a period, claimed or not.
create index expense_line_posting on expense_line (municipality, seq);
create index expense_line_period on expense_line (municipality, expense_date);
create index expense_line_plan on expense_line (plan_id, seq) where plan_id is not null;
create index expense_line_regime on expense_line (municipality, regime, expense_date);
create index expense_line_held on expense_line (municipality, seq) where held;

-- GET /refusion-claims: the caller's municipalities, newest first, optionally one status
-- (changes since a time have refusion_claim_changed).
create index refusion_claim_list on refusion_claim (municipality, created_at desc, id);
create index refusion_claim_status on refusion_claim (municipality, status, created_at desc, id);

-- GET /unpriced-meetings: the few meetings of a municipality not priced yet, by date.
create index meeting_unpriced on meeting (acting_municipality, meeting_date, meeting_id) where status <> 'PRICED';

-- The cost-and-effect report: a municipality's mentorships and closed plans of a period.
create index mentorship_fact_acting on mentorship_fact (acting_municipality, starts_on);
create index plan_outcome_closed on plan_outcome (municipality, closed_on);
