-- The full mentor catalogue: the profile of the information form (seed 000 p.30), vetting and intake
-- (p.20), sharing across municipalities, current load, organisations and training.

create table organisation (
    id                uuid primary key,
    name              text        not null,
    kind              text        not null check (kind in ('MENTOR_CORPS', 'COMPANY', 'NGO', 'SUPPLIER', 'JOB_CENTRE')),
    cvr               text        check (cvr ~ '^[0-9]{8}$'),
    home_municipality text        not null check (home_municipality ~ '^[0-9]{4}$'),
    contact_email     text,
    contact_phone     text,
    registered_at     timestamptz not null,
    version           bigint      not null
);
create index organisation_home on organisation (home_municipality, name, id);

-- Which municipalities an organisation serves, and for how long (a supplier contract, a corps agreement).
create table organisation_agreement (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    municipality    text        not null check (municipality ~ '^[0-9]{4}$'),
    valid_from      date        not null,
    valid_to        date,
    description     text        not null,
    recorded_at     timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index organisation_agreement_org on organisation_agreement (organisation_id, valid_from, id);
create index organisation_agreement_municipality on organisation_agreement (municipality);

alter table mentor
    add column status                   text    not null default 'APPLICANT'
        check (status in ('APPLICANT', 'APPROVED', 'ACTIVE', 'PAUSED', 'RETIRED')),
    add column status_reason            text    not null default 'Registered',
    add column organisation_id          uuid    references organisation (id),
    add column sharing_scope            text    not null default 'OWN_MUNICIPALITY'
        check (sharing_scope in ('OWN_MUNICIPALITY', 'LISTED_MUNICIPALITIES', 'NATIONAL')),
    add column shared_with              text[]  not null default '{}',
    add column account_username         text,
    add column email                    text,
    add column phone                    text,
    add column address                  text,
    add column gender                   text    check (gender in ('FEMALE', 'MALE', 'OTHER')),
    add column birth_year               integer check (birth_year between 1900 and 2100),
    add column languages                text[]  not null default '{}',
    add column competences              text[]  not null default '{}',
    add column target_groups            text[]  not null default '{}',
    add column role_model_tags          text[]  not null default '{}',
    add column motivation               text,
    add column background               text,
    add column presentation             text    not null default '',
    add column photo_url                text,
    add column preferences              text,
    add column evenings_and_weekends    boolean not null default false,
    add column meeting_places           text[]  not null default '{}',
    add column area_municipality        text    check (area_municipality ~ '^[0-9]{4}$'),
    add column postcode                 text    check (postcode ~ '^[0-9]{4}$'),
    add column hourly_rate              numeric(8,2) check (hourly_rate >= 0),
    add column transport_paid           boolean not null default false,
    add column cancellations_paid       boolean not null default false,
    add column training_paid            boolean not null default false,
    add column commitment_months        integer check (commitment_months between 1 and 240),
    add column child_certificate_status text    not null default 'NOT_REQUESTED',
    add column child_certificate_on     date,
    add column criminal_record_status   text    not null default 'NOT_REQUESTED',
    add column criminal_record_on       date,
    add column intake_interview_on      date,
    add column expectations_agreed      text[]  not null default '{}',
    add column active_mentorships       integer not null default 0 check (active_mentorships >= 0),
    add column committed_hours          numeric(6,2) not null default 0 check (committed_hours >= 0),
    add column changed_at               timestamptz;

update mentor set area_municipality = home_municipality, changed_at = registered_at;
alter table mentor alter column area_municipality set not null, alter column changed_at set not null;
create unique index mentor_account_username on mentor (account_username) where account_username is not null;

-- Weekly meeting windows; a search asks "who can meet on Tuesday 09:00-11:00".
create table mentor_meeting_window (
    mentor_id   uuid     not null references mentor (id) on delete cascade,
    day_of_week integer  not null check (day_of_week between 1 and 7),
    starts_at   time     not null,
    ends_at     time     not null,
    check (ends_at > starts_at)
);
create index mentor_meeting_window_day on mentor_meeting_window (day_of_week, starts_at, ends_at, mentor_id);
create index mentor_meeting_window_mentor on mentor_meeting_window (mentor_id);

-- The mentorships counted in the load, so a replayed start or end (even under a new event id) counts once.
create table mentor_mentorship (
    mentorship_id  uuid primary key,
    mentor_id      uuid          not null references mentor (id),
    hours_per_week numeric(6,2)  not null,
    started_at     timestamptz   not null,
    ended_at       timestamptz
);
create index mentor_mentorship_mentor on mentor_mentorship (mentor_id) where ended_at is null;

-- What each kind of mentor must have in order before becoming active. Rules are data: effective-dated
-- rows, so a new requirement (or a reform) is a new row, not a code change.
create table vetting_requirement (
    mentor_kind text not null,
    requirement text not null check (requirement in ('CHILD_PROTECTION_CERTIFICATE', 'CRIMINAL_RECORD_CHECK', 'INTAKE_INTERVIEW')),
    valid_from  date not null,
    valid_to    date,
    primary key (mentor_kind, requirement, valid_from)
);
insert into vetting_requirement (mentor_kind, requirement, valid_from) values
    -- volunteers meet citizens alone and often families with children (004 p.8: børneattest + agreement)
    ('VOLUNTEER', 'CHILD_PROTECTION_CERTIFICATE', '2009-01-01'),
    ('VOLUNTEER', 'INTAKE_INTERVIEW', '2009-01-01'),
    ('PAID_SOCIAL_MENTOR', 'CRIMINAL_RECORD_CHECK', '2009-01-01'),
    ('PAID_SOCIAL_MENTOR', 'INTAKE_INTERVIEW', '2009-01-01'),
    ('SUPPORT_CONTACT_PERSON_SEL85', 'CHILD_PROTECTION_CERTIFICATE', '2009-01-01'),
    ('SUPPORT_CONTACT_PERSON_SEL85', 'CRIMINAL_RECORD_CHECK', '2009-01-01'),
    ('SUPPORT_CONTACT_PERSON_SEL85', 'INTAKE_INTERVIEW', '2009-01-01'),
    ('CONTACT_PERSON_SEL99', 'CHILD_PROTECTION_CERTIFICATE', '2009-01-01'),
    ('CONTACT_PERSON_SEL99', 'CRIMINAL_RECORD_CHECK', '2009-01-01'),
    ('CONTACT_PERSON_SEL99', 'INTAKE_INTERVIEW', '2009-01-01'),
    ('INTEGRATION_MENTOR', 'CRIMINAL_RECORD_CHECK', '2009-01-01'),
    ('INTEGRATION_MENTOR', 'INTAKE_INTERVIEW', '2009-01-01'),
    -- employed by a company or the municipality, so already vetted by the employer
    ('COMPANY_MENTOR', 'INTAKE_INTERVIEW', '2009-01-01'),
    ('MUNICIPAL_EMPLOYEE', 'INTAKE_INTERVIEW', '2009-01-01');

create table training_course (
    id                     uuid primary key,
    organiser_municipality text        not null check (organiser_municipality ~ '^[0-9]{4}$'),
    kind                   text        not null check (kind in ('START_COURSE', 'EVENING_SESSION', 'QUARTERLY_DAY', 'SUPERVISION')),
    title                  text        not null,
    description            text,
    created_at             timestamptz not null
);
create index training_course_organiser on training_course (organiser_municipality, title, id);

create table training_session (
    id                   uuid primary key,
    course_id            uuid         not null references training_course (id),
    held_on              date         not null,
    hours                numeric(5,2) not null check (hours > 0),
    cost_per_participant numeric(10,2) not null check (cost_per_participant >= 0),
    place                text
);
create index training_session_course on training_session (course_id, held_on, id);

create table training_attendance (
    id          uuid primary key,
    session_id  uuid          not null references training_session (id),
    mentor_id   uuid          not null references mentor (id),
    hours       numeric(5,2)  not null check (hours > 0),
    cost        numeric(10,2) not null check (cost >= 0),
    recorded_at timestamptz   not null,
    unique (session_id, mentor_id)
);
create index training_attendance_mentor on training_attendance (mentor_id, recorded_at);

-- Search: the arrays are filtered with @> and &&, so they get GIN indexes; the rest are b-trees that
-- also give the stable order (display name, id).
create index mentor_order on mentor (display_name, id);
create index mentor_shared_with on mentor using gin (shared_with);
create index mentor_languages on mentor using gin (languages);
create index mentor_competences on mentor using gin (competences);
create index mentor_target_groups on mentor using gin (target_groups);
create index mentor_legal_bases on mentor using gin (legal_bases);
create index mentor_meeting_places on mentor using gin (meeting_places);
create index mentor_scope on mentor (sharing_scope) where sharing_scope = 'NATIONAL';
create index mentor_free on mentor (home_municipality, display_name, id)
    where status = 'ACTIVE' and active_mentorships < capacity_citizens;
