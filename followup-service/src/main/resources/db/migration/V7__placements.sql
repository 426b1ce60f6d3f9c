-- Company placements (seeds 002 and 003): the companies that host citizens, their contact persons,
-- the placements on a plan with their written agreements (every version kept), their midway
-- evaluation and 3-month follow-up, and the hand-overs inside the municipality along the way.

-- A company is national (a CVR number is), so it is shared by every municipality; its placements are not.
create table company (
    id         uuid primary key,
    cvr        text        not null unique check (cvr ~ '^[0-9]{8}$'),
    name       text        not null,
    address    text        not null,
    industry   text,
    created_by text        not null,
    created_at timestamptz not null
);

create table company_contact (
    id         uuid primary key,
    company_id uuid        not null references company (id),
    name       text        not null,
    title      text,
    phone      text,
    email      text,
    created_by text        not null,
    created_at timestamptz not null
);
create index company_contact_company on company_contact (company_id, created_at, id);

create table placement (
    id                        uuid primary key,
    plan_id                   uuid        not null references plan (id),
    company_id                uuid        not null references company (id),
    contact_id                uuid        not null references company_contact (id),
    company_mentor_participant_id uuid references participant (id),
    kind                      text        not null,
    planned_from              date        not null,
    planned_to                date        not null check (planned_to >= planned_from),
    status                    text        not null,
    started_on                date,
    ended_on                  date,
    outcome                   text,
    summary                   text,
    created_by                text        not null,
    created_at                timestamptz not null,
    version                   bigint      not null default 0,
    constraint placement_end_complete check ((ended_on is null) = (outcome is null))
);
create index placement_plan on placement (plan_id, planned_from, id);
create index placement_company on placement (company_id, planned_from, id);

-- The written placement agreement (seed 002 p.12, seed 003 p.2); a change is a new version.
create table placement_agreement (
    id                               uuid primary key,
    placement_id                     uuid          not null references placement (id),
    version                          integer       not null,
    person_and_considerations        text          not null,
    tasks                            text          not null,
    hours_per_week                   numeric(5, 2) not null check (hours_per_week > 0),
    working_hours                    text          not null,
    period_from                      date          not null,
    period_to                        date          not null check (period_to >= period_from),
    purpose                          text          not null,
    goals                            text          not null,
    sub_goals                        text[]        not null,
    job_centre_responsibilities      text          not null,
    company_responsibilities         text          not null,
    company_mentor_responsibilities  text,
    no_show_procedure                text          not null,
    sick_leave_procedure             text          not null,
    created_by                       text          not null,
    created_at                       timestamptz   not null,
    unique (placement_id, version)
);

-- The midway evaluation (seed 002 pp.15, 22) and the required 3-month follow-up (seed 002 p.16).
create table placement_evaluation (
    id             uuid primary key,
    placement_id   uuid        not null references placement (id),
    kind           text        not null,
    done_on        date        not null,
    attendance     text        not null,
    responsibility text        not null,
    cooperation    text        not null,
    adjustments    text,
    summary        text        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index placement_evaluation_placement on placement_evaluation (placement_id, done_on, id);

-- Hand-overs inside the municipality (seed 002 pp.8, 22): caseworker -> job or company consultant ->
-- company -> back, each with its annotation; a hand-back states its reason.
create table internal_hand_over (
    id           uuid primary key,
    plan_id      uuid        not null references plan (id),
    placement_id uuid references placement (id),
    kind         text        not null,
    from_role    text        not null,
    from_name    text        not null,
    to_role      text        not null,
    to_name      text        not null,
    annotation   text        not null,
    reason       text,
    handed_on    date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    constraint internal_hand_back_reason check (kind <> 'HAND_BACK' or reason is not null)
);
create index internal_hand_over_plan on internal_hand_over (plan_id, handed_on, recorded_at, id);
