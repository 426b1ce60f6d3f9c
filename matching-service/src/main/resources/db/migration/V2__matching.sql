-- The whole matchable profile from MentorProfileChanged, and the load matching itself puts on a
-- mentor: active_mentorships and committed_hours_per_week change only under a lock on the row, so
-- two caseworkers can never both take the last seat.
alter table mentor_candidate
    add column profile_version          bigint       not null default -1,
    add column display_name             text,
    add column account_username         text,
    add column status                   text         not null default 'APPLICANT',
    add column vetting_complete         boolean      not null default false,
    add column sharing_scope            text         not null default 'OWN_MUNICIPALITY',
    add column shared_with              text[]       not null default '{}',
    add column gender                   text,
    add column languages                text[]       not null default '{}',
    add column competences              text[]       not null default '{}',
    add column target_groups            text[]       not null default '{}',
    add column role_model_tags          text[]       not null default '{}',
    add column meeting_windows          text[]       not null default '{}',
    add column evenings_and_weekends    boolean      not null default false,
    add column meeting_places           text[]       not null default '{}',
    add column area_municipality        text,
    add column postcode                 text,
    add column presentation             text,
    add column hourly_rate              numeric(10,2),
    add column active_mentorships       integer      not null default 0 check (active_mentorships >= 0),
    add column committed_hours_per_week numeric(6,2) not null default 0 check (committed_hours_per_week >= 0);
create index mentor_candidate_matchable on mentor_candidate (status, vetting_complete);

-- Points per criterion, per municipality ('default' for the product's starting weights), versioned:
-- a proposal names the version that ranked it.
create table scoring_weights (
    scope      text        not null check (scope = 'default' or scope ~ '^[0-9]{4}$'),
    version    integer     not null check (version >= 0),
    points     jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null,
    primary key (scope, version)
);
insert into scoring_weights (scope, version, points, created_by, created_at) values ('default', 0,
    '{"TARGET_GROUPS":30,"NEEDS":25,"LANGUAGES":20,"AREA":10,"MENTOR_GENDER":15,"BACKGROUND":15,"MEETING_PLACE":10,"MEETING_WINDOW":15,"PREVIOUS_MENTOR":20,"FREE_CAPACITY":5,"URGENCY":25}',
    'migration', now());

-- The caseworker's order (BUM model). The citizen is known only by the plan id.
create table referral (
    id                     uuid primary key,
    plan_id                uuid         not null,
    acting_municipality    text         not null check (acting_municipality ~ '^[0-9]{4}$'),
    legal_basis            text         not null,
    role_wanted            text,
    purpose                text         not null,
    tasks                  text[]       not null,
    hours_per_week         numeric(5,2) not null check (hours_per_week > 0),
    meeting_frequency      text         not null,
    period_start           date         not null,
    period_end             date         not null,
    target_groups          text[]       not null,
    needs                  text[]       not null,
    languages              text[]       not null,
    area_municipality      text check (area_municipality ~ '^[0-9]{4}$'),
    postcode               text,
    wishes                 jsonb        not null,
    urgency                text         not null check (urgency in ('NORMAL', 'URGENT')),
    mentor_mandatory       boolean      not null,
    status                 text         not null,
    waiting_reasons        jsonb        not null default '[]',
    current_proposal_id    uuid,
    previous_referral_id   uuid references referral (id),
    previous_mentorship_id uuid,
    created_by             text         not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null,
    check (period_end >= period_start)
);
create index referral_by_municipality on referral (acting_municipality, status, created_at, id);

create table matching_round (
    id                uuid primary key,
    municipalities    text[]      not null,
    load_cap          integer     not null check (load_cap >= 1),
    referrals         integer     not null,
    mentors           integer     not null,
    feasible_pairs    integer     not null,
    pinned            integer     not null,
    proposed          integer     not null,
    total_score_milli bigint      not null,
    solve_millis      bigint      not null,
    started_by        text        not null,
    started_at        timestamptz not null
);

-- A mentor proposed for a referral, with the explanation of its score. The chosen one carries the
-- three-party meeting and both answers.
create table proposal (
    id              uuid primary key,
    referral_id     uuid        not null references referral (id),
    mentor_id       uuid        not null references mentor_candidate (mentor_id),
    round_id        uuid references matching_round (id),
    rank            integer     not null check (rank >= 1),
    score_milli     bigint      not null,
    explanation     jsonb       not null,
    weights_scope   text        not null,
    weights_version integer     not null,
    status          text        not null,
    chosen_by       text,
    meeting_at      timestamptz,
    meeting_place   text,
    citizen_answer  boolean,
    citizen_reason  text,
    mentor_answer   boolean,
    mentor_reason   text,
    created_at      timestamptz not null,
    decided_at      timestamptz
);
create index proposal_by_referral on proposal (referral_id, status, rank);
create index proposal_by_round on proposal (round_id, rank, id);

create table mentorship (
    id                  uuid primary key,
    referral_id         uuid         not null references referral (id),
    proposal_id         uuid         not null references proposal (id),
    plan_id             uuid         not null,
    mentor_id           uuid         not null references mentor_candidate (mentor_id),
    acting_municipality text         not null check (acting_municipality ~ '^[0-9]{4}$'),
    mentor_municipality text         not null check (mentor_municipality ~ '^[0-9]{4}$'),
    legal_basis         text         not null,
    role                text         not null,
    hours_per_week      numeric(5,2) not null,
    hourly_rate         numeric(10,2),
    starts_on           date         not null,
    ends_on             date         not null,
    status              text         not null check (status in ('ACTIVE', 'ENDED')),
    end_reason          text,
    ended_on            date,
    rematch_referral_id uuid references referral (id),
    started_at          timestamptz  not null,
    ended_at            timestamptz,
    version             bigint       not null
);
create unique index mentorship_one_active_per_referral on mentorship (referral_id) where status = 'ACTIVE';
create index mentorship_by_municipality on mentorship (acting_municipality, status, started_at, id);
create index mentorship_by_mentor on mentorship (mentor_id, status);
