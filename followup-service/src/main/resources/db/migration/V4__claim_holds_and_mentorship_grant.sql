-- Why a meeting version may not be priced into a refusion claim (ClaimHold names, comma-separated).
-- Versions logged before the judgement existed were not judged and keep the empty list.
alter table meeting add column claim_holds text not null default '';

-- The mentorship's current grant as matching-service announced it: its last day and the ordered hours.
-- Participations added by hand (contact persons, caseworkers) have neither.
alter table participant add column period_ends_on date;
alter table participant add column hours_per_week numeric(5, 2) check (hours_per_week >= 0);
