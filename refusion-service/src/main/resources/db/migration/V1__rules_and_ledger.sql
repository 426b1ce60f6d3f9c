-- Refusion and economics. Rules are effective-dated rows (DESIGN §7); the ledger is append-only
-- apart from the two marks a later fact sets on a line: reversed, and the claim that took it.

create table rule_set (
    id             uuid primary key,
    regime         text          not null,
    legal_basis    text          not null,
    -- null: every target group; a row naming one beats the general row for citizens in that group
    target_group   text,
    expense_type   text          not null check (expense_type in ('WAGE', 'TRAINING', 'FEE')),
    -- null: every municipality; a municipality's own row (e.g. its ceiling) beats the general row
    municipality   text          check (municipality ~ '^[0-9]{4}$'),
    refund_rate    numeric(5,4)  not null check (refund_rate >= 0 and refund_rate <= 1),
    ceiling_kind   text          not null check (ceiling_kind in
                       ('NONE', 'RAADIGHEDSBELOEB', 'REFUSION_CEILING', 'SPENDING_CAP_PER_FULL_TIME_PERSON')),
    ceiling_amount numeric(14,2) check (ceiling_amount >= 0),
    account_code   text,
    claim_period   text          not null check (claim_period in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    valid_from     date          not null,
    valid_to       date,
    -- true while a figure the sources do not give (a ceiling amount, an account code) is still missing
    placeholder    boolean       not null default false,
    source_note    text          not null,
    version        bigint        not null default 1,
    created_by     text          not null,
    created_at     timestamptz   not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);
create index rule_set_lookup on rule_set (legal_basis, expense_type, valid_from);

-- Every change to a rule row: who, when, and the row before and after.
create table rule_set_change (
    id          bigint generated always as identity primary key,
    rule_set_id uuid        not null references rule_set (id),
    change      text        not null check (change in ('SEEDED', 'CREATED', 'UPDATED')),
    changed_by  text        not null,
    changed_at  timestamptz not null default now(),
    before_json text,
    after_json  text        not null
);
create index rule_set_change_rule on rule_set_change (rule_set_id, id);

-- Read models learnt from the other services' events.
create table plan_fact (
    plan_id             uuid primary key,
    citizen_ref         uuid   not null,
    acting_municipality text   not null,
    target_groups       text[] not null,
    opened_on           date   not null
);

create table plan_handover (
    plan_id           uuid not null,
    effective_on      date not null,
    from_municipality text not null,
    to_municipality   text not null,
    primary key (plan_id, effective_on, to_municipality)
);

create table plan_outcome (
    plan_id      uuid primary key,
    municipality text not null,
    outcome      text not null,
    closed_on    date not null
);

create table mentor_terms (
    id                 bigint generated always as identity primary key,
    mentor_id          uuid          not null,
    profile_version    bigint        not null,
    home_municipality  text          not null,
    kind               text          not null,
    hourly_rate        numeric(10,2),
    transport_paid     boolean       not null,
    cancellations_paid boolean       not null,
    effective_from     date          not null,
    unique (mentor_id, profile_version)
);
create index mentor_terms_mentor on mentor_terms (mentor_id, effective_from);

create table mentorship_fact (
    mentorship_id       uuid primary key,
    plan_id             uuid   not null,
    mentor_id           uuid   not null,
    mentor_kind         text   not null,
    mentor_municipality text   not null,
    acting_municipality text   not null,
    legal_basis         text   not null,
    hourly_rate         numeric(10,2),
    target_groups       text[] not null,
    starts_on           date   not null,
    ends_on             date   not null,
    ended_on            date
);
create index mentorship_fact_mentor on mentorship_fact (mentor_id, starts_on);

-- The latest version of each logged meeting and whether it could be priced yet.
create table meeting (
    meeting_id          uuid primary key,
    plan_id             uuid    not null,
    version             integer not null,
    mentor_id           uuid,
    mentorship_id       uuid,
    meeting_date        date    not null,
    attendance          text    not null,
    minutes             text    not null,
    transport_minutes   integer not null,
    acting_municipality text    not null,
    status              text    not null check (status in ('PENDING', 'PRICED', 'UNPRICEABLE')),
    status_reason       text,
    last_event_id       text    not null
);
create index meeting_mentor on meeting (mentor_id, meeting_date);
create index meeting_plan on meeting (plan_id, meeting_date);

create table expense_line (
    id                    uuid primary key,
    seq                   bigint generated always as identity unique,
    municipality          text          not null,
    provider_municipality text,
    plan_id               uuid,
    citizen_ref           uuid,
    mentor_id             uuid,
    mentor_kind           text,
    meeting_id            uuid,
    meeting_version       integer,
    attendance_id         uuid,
    kind                  text          not null check (kind in ('MEETING', 'TRANSPORT', 'CANCELLATION', 'TRAINING', 'FEE')),
    expense_type          text          not null check (expense_type in ('WAGE', 'TRAINING', 'FEE')),
    legal_basis           text,
    target_groups         text[]        not null,
    expense_date          date          not null,
    minutes               integer       not null,
    hourly_rate           numeric(10,2),
    amount                numeric(14,2) not null,
    rule_set_id           uuid references rule_set (id),
    regime                text          not null,
    refund_rate           numeric(5,4)  not null,
    ceiling_kind          text          not null,
    account_code          text,
    source_event_id       text          not null,
    source_event_type     text          not null,
    reverses              uuid references expense_line (id),
    reversed              boolean       not null default false,
    claim_id              uuid,
    posted_at             timestamptz   not null
);
create index expense_line_claimable on expense_line (municipality, regime, expense_date) where claim_id is null;
create index expense_line_year on expense_line (municipality, ceiling_kind, expense_date);
create index expense_line_meeting on expense_line (meeting_id) where meeting_id is not null;
create index expense_line_claim on expense_line (claim_id) where claim_id is not null;
create unique index expense_line_training_once on expense_line (attendance_id) where attendance_id is not null and reverses is null;

create table refusion_claim (
    id                 uuid primary key,
    municipality       text          not null,
    regime             text          not null,
    period_from        date          not null,
    period_to          date          not null,
    status             text          not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    supplement_to      uuid references refusion_claim (id),
    total_expense      numeric(14,2) not null,
    line_refund_total  numeric(14,2) not null,
    ceiling_adjustment numeric(14,2) not null,
    total_refund       numeric(14,2) not null,
    status_reason      text,
    created_by         text          not null,
    created_at         timestamptz   not null,
    status_changed_at  timestamptz   not null,
    version            bigint        not null,
    check (period_to >= period_from)
);
create index refusion_claim_key on refusion_claim (municipality, regime, period_from, period_to);

create table claim_line (
    claim_id        uuid          not null references refusion_claim (id) on delete cascade,
    expense_line_id uuid          not null references expense_line (id),
    amount          numeric(14,2) not null,
    refund          numeric(14,2) not null,
    primary key (claim_id, expense_line_id)
);

create table ceiling_threshold (
    municipality   text          not null,
    year           integer       not null,
    ceiling_kind   text          not null,
    threshold      integer       not null check (threshold in (80, 100)),
    consumed       numeric(14,2) not null,
    ceiling_amount numeric(14,2) not null,
    reached_at     timestamptz   not null,
    primary key (municipality, year, ceiling_kind, threshold)
);

create table mentor_budget (
    municipality  text          not null check (municipality ~ '^[0-9]{4}$'),
    year          integer       not null,
    target_group  text          not null,
    planned_hours numeric(10,2) not null check (planned_hours >= 0),
    version       bigint        not null,
    updated_by    text          not null,
    primary key (municipality, year, target_group)
);
