-- Citizens and their one shared plan. The CPR number is stored only encrypted (AES-GCM, random
-- nonce per value) and found through a keyed hash; an anonymous SEL § 99 citizen has neither.
create table citizen (
    id                   uuid primary key,
    cpr_ciphertext       bytea,
    cpr_hash             text unique,
    anonymous            boolean     not null,
    alias                text,
    acting_municipality  text        not null check (acting_municipality ~ '^[0-9]{4}$'),
    registered_at        timestamptz not null,
    version              bigint      not null,
    check ((anonymous and cpr_hash is null and cpr_ciphertext is null and alias is not null)
        or (not anonymous and cpr_hash is not null and cpr_ciphertext is not null))
);
create index citizen_municipality on citizen (acting_municipality, registered_at, id);

create table plan (
    id                      uuid primary key,
    citizen_id              uuid        not null references citizen (id),
    owner_municipality      text        not null check (owner_municipality ~ '^[0-9]{4}$'),
    coordinating_caseworker text        not null,
    line                    text        not null check (line in ('EMPLOYMENT', 'SOCIAL', 'INTEGRATION')),
    status                  text        not null check (status in ('ACTIVE', 'CLOSED')),
    long_term_goal          text        not null,
    target_groups           text[]      not null,
    opened_on               date        not null,
    opened_at               timestamptz not null,
    closed_on               date,
    outcome                 text,
    aftercare_until         date,
    efforts_summary         text,
    planned_future_efforts  text,
    version                 bigint      not null
);
-- One active plan per citizen.
create unique index plan_one_active_per_citizen on plan (citizen_id) where status = 'ACTIVE';
create index plan_owner on plan (owner_municipality, opened_at, id);

create table plan_linked_plan (
    plan_id   uuid not null references plan (id),
    position  integer not null,
    kind      text not null,
    system    text not null,
    reference text not null,
    primary key (plan_id, position)
);

create table goal (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id),
    description text        not null,
    status      text        not null,
    target_date date,
    created_at  timestamptz not null,
    changed_at  timestamptz not null,
    version     bigint      not null
);
create index goal_plan on goal (plan_id, created_at, id);

create table participant (
    id            uuid primary key,
    plan_id       uuid        not null references plan (id),
    display_name  text        not null,
    username      text,
    contact       text,
    role          text        not null,
    legal_basis   text        not null,
    mentor_id     uuid,
    mentorship_id uuid unique,
    mentor_kind   text,
    cadence_days  integer     not null check (cadence_days between 1 and 92),
    started_on    date        not null,
    ended_on      date,
    added_at      timestamptz not null
);
create index participant_plan on participant (plan_id, added_at, id);
create index participant_username on participant (username) where username is not null;

create table mentor_agreement (
    id                 uuid primary key,
    plan_id            uuid          not null references plan (id),
    participant_id     uuid          not null references participant (id),
    goal               text          not null,
    mentor_name        text          not null,
    mentor_contact     text          not null,
    tasks              text          not null,
    period_from        date          not null,
    period_to          date          not null,
    hours_per_week     numeric(5, 2) not null check (hours_per_week > 0),
    complaint_guidance text          not null,
    renews_agreement   uuid references mentor_agreement (id),
    renewal_assessment text,
    activation         boolean       not null,
    created_by         text          not null,
    created_at         timestamptz   not null,
    check (period_to >= period_from)
);
create index mentor_agreement_plan on mentor_agreement (plan_id, period_from, id);

-- Every version of a meeting is kept; a correction adds a row and marks the previous one superseded.
create table meeting (
    row_id              uuid primary key,
    meeting_id          uuid        not null,
    version             integer     not null check (version >= 1),
    current_version     boolean     not null,
    plan_id             uuid        not null references plan (id),
    participant_id      uuid        not null references participant (id),
    author              text        not null,
    meeting_date        date        not null,
    duration_minutes    integer     not null check (duration_minutes between 1 and 1440),
    mode                text        not null,
    place               text,
    attendance          text        not null,
    transport_minutes   integer     not null check (transport_minutes >= 0),
    group_session_id    uuid,
    activation_relevant boolean     not null,
    note                text,
    note_visibility     text        not null,
    correction_reason   text,
    logged_at           timestamptz not null,
    unique (meeting_id, version)
);
create unique index meeting_one_current on meeting (meeting_id) where current_version;
create index meeting_plan on meeting (plan_id, meeting_date, meeting_id) where current_version;

create table meeting_minutes (
    meeting_row_id uuid    not null references meeting (row_id),
    legal_basis    text    not null,
    minutes        integer not null check (minutes >= 1),
    primary key (meeting_row_id, legal_basis)
);

create table progression (
    id                  uuid primary key,
    plan_id             uuid        not null references plan (id),
    rated_on            date        not null,
    labour_market_score integer     not null check (labour_market_score between 1 and 10),
    next_step           text,
    mentor_support      text,
    motivation          integer check (motivation between 1 and 10),
    personal_resources  integer check (personal_resources between 1 and 10),
    professional_skills integer check (professional_skills between 1 and 10),
    network             integer check (network between 1 and 10),
    economy             integer check (economy between 1 and 10),
    health              integer check (health between 1 and 10),
    recorded_by         text        not null,
    recorded_at         timestamptz not null
);
create index progression_plan on progression (plan_id, rated_on, recorded_at, id);

create table consent (
    id                     uuid primary key,
    plan_id                uuid        not null references plan (id),
    purpose                text        not null check (purpose in ('SHARE_ACROSS_LINES', 'SHARE_WITH_MUNICIPALITY')),
    recipient_municipality text check (recipient_municipality ~ '^[0-9]{4}$'),
    basis                  text        not null check (basis in ('CONSENT', 'LEGAL_BASIS')),
    legal_reference        text,
    given_on               date        not null,
    expires_on             date,
    recorded_by            text        not null,
    recorded_at            timestamptz not null,
    revoked_at             timestamptz,
    revoked_by             text,
    check ((purpose = 'SHARE_WITH_MUNICIPALITY') = (recipient_municipality is not null)),
    check (basis = 'CONSENT' or legal_reference is not null)
);
create index consent_plan on consent (plan_id, recorded_at, id);

create table plan_share (
    id           uuid primary key,
    plan_id      uuid        not null references plan (id),
    municipality text        not null check (municipality ~ '^[0-9]{4}$'),
    consent_id   uuid        not null references consent (id),
    shared_by    text        not null,
    shared_at    timestamptz not null
);
create index plan_share_plan on plan_share (plan_id);

create table hand_over (
    id                   uuid primary key,
    plan_id              uuid        not null references plan (id),
    from_municipality    text        not null,
    to_municipality      text        not null,
    consent_id           uuid        not null references consent (id),
    status               text        not null check (status in ('OFFERED', 'ACCEPTED', 'REJECTED')),
    offer_annotation     text        not null,
    offered_by           text        not null,
    offered_at           timestamptz not null,
    response_annotation  text,
    responded_by         text,
    responded_at         timestamptz,
    effective_on         date,
    version              bigint      not null
);
create unique index hand_over_one_open_per_plan on hand_over (plan_id) where status = 'OFFERED';
create index hand_over_to on hand_over (to_municipality, offered_at, id);
create index hand_over_from on hand_over (from_municipality, offered_at, id);

create table follow_up (
    id             uuid primary key,
    plan_id        uuid        not null references plan (id),
    participant_id uuid references participant (id),
    kind           text        not null,
    done_on        date        not null,
    answers        jsonb       not null,
    summary        text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index follow_up_plan on follow_up (plan_id, done_on, id);

create table incident (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id),
    level       integer     not null check (level between 1 and 4),
    summary     text        not null,
    occurred_at timestamptz not null,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    resolved_at timestamptz
);
create index incident_plan on incident (plan_id, occurred_at, id);

create table incident_notification (
    incident_id uuid        not null references incident (id),
    position    integer     not null,
    level       integer     not null check (level between 1 and 4),
    told        text        not null,
    told_at     timestamptz not null,
    primary key (incident_id, position)
);
