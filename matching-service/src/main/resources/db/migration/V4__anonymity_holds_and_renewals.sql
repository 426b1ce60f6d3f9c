-- Plans whose citizen is known only anonymously (Serviceloven § 99), learnt from followup's PlanOpened:
-- a referral for such a plan may only be on the § 99 line. Only the anonymous ones are kept.
create table anonymous_plan (
    plan_id   uuid primary key,
    opened_at timestamptz not null
);

-- A chosen mentor's seat is held for the citizen until the three-party meeting (at most 14 days), so a
-- second citizen cannot choose the same last seat meanwhile.
alter table proposal add column held_until timestamptz;
create index proposal_holding on proposal (mentor_id, held_until) where held_until is not null;

-- The cadence ordered for the current grant; renewals may change it.
alter table mentorship add column meeting_every_days integer check (meeting_every_days >= 1);

-- Each renewal of a mentorship, with the caseworker's assessment that justified it (LAB § 167: a new
-- grant of at most 6 months after an assessment).
create table mentorship_renewal (
    id                 uuid primary key,
    mentorship_id      uuid         not null references mentorship (id),
    previous_ends_on   date         not null,
    ends_on            date         not null check (ends_on > previous_ends_on),
    hours_per_week     numeric(5,2) not null check (hours_per_week > 0),
    meeting_every_days integer check (meeting_every_days >= 1),
    assessment         text         not null,
    renewed_by         text         not null,
    renewed_at         timestamptz  not null
);
create index mentorship_renewal_by_mentorship on mentorship_renewal (mentorship_id, renewed_at);
create index mentorship_expiring on mentorship (status, ends_on);
