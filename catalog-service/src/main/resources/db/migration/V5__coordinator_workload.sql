-- The mentor coordinator (seed 000 pp.21-23, "Trin 3"): a fixed person at the job centre who is the
-- mentors' hotline. Mentors are assigned to one coordinator at a time (effective-dated), the coordinator
-- logs hours per day (coordination, and teaching apart, since the norm excludes it), and every hotline
-- contact is logged. Contact notes may hold sensitive information about a citizen: they are read only by
-- the municipality's coordinators and never leave the service in a log line or an event.

create table coordinator (
    id           uuid primary key,
    municipality text        not null check (municipality ~ '^[0-9]{4}$'),
    display_name text        not null,
    username     text,
    created_at   timestamptz not null,
    unique (municipality, username)
);
create index coordinator_municipality on coordinator (municipality, display_name, id);

create table coordinator_assignment (
    id             uuid primary key,
    coordinator_id uuid        not null references coordinator (id),
    mentor_id      uuid        not null references mentor (id),
    valid_from     date        not null,
    valid_to       date check (valid_to is null or valid_to >= valid_from),
    assigned_by    text        not null,
    assigned_at    timestamptz not null
);
create index coordinator_assignment_coordinator on coordinator_assignment (coordinator_id, valid_from, id);
create index coordinator_assignment_mentor on coordinator_assignment (mentor_id, valid_from);

create table coordination_hours (
    id             uuid primary key,
    coordinator_id uuid         not null references coordinator (id),
    worked_on      date         not null,
    kind           text         not null check (kind in ('COORDINATION', 'TEACHING')),
    hours          numeric(4,2) not null check (hours > 0 and hours <= 24),
    logged_by      text         not null,
    logged_at      timestamptz  not null
);
create index coordination_hours_week on coordination_hours (coordinator_id, worked_on);

create table coordinator_contact (
    id               uuid primary key,
    coordinator_id   uuid        not null references coordinator (id),
    mentor_id        uuid        not null references mentor (id),
    direction        text        not null check (direction in ('FROM_MENTOR', 'TO_MENTOR')),
    occurred_at      timestamptz not null,
    topic            text        not null,
    note             text,
    follow_up_needed boolean     not null,
    logged_by        text        not null,
    logged_at        timestamptz not null
);
create index coordinator_contact_coordinator on coordinator_contact (coordinator_id, occurred_at desc, id);

-- The norm as data: hours a week of coordination per so many mentors, teaching excluded. An administrator
-- adds a row when the guidance changes; the row in force on a week's Monday judges that week.
create table coordinator_norm (
    id                uuid primary key,
    mentors_per_unit  integer      not null check (mentors_per_unit > 0),
    min_hours_a_week  numeric(4,2) not null check (min_hours_a_week >= 0),
    max_hours_a_week  numeric(4,2) not null check (max_hours_a_week >= min_hours_a_week),
    excludes_teaching boolean      not null,
    valid_from        date         not null,
    valid_to          date check (valid_to is null or valid_to >= valid_from),
    source            text         not null,
    created_by        text         not null,
    created_at        timestamptz  not null
);

insert into coordinator_norm (id, mentors_per_unit, min_hours_a_week, max_hours_a_week, excludes_teaching, valid_from,
                              valid_to, source, created_by, created_at)
values (gen_random_uuid(), 20, 3.00, 4.00, true, '2009-07-06', null,
        'Mentorer til udsatte ledige - En guide til Jobcentre (Væksthuset og Foreningen Nydansker), Trin 3, s. 22:'
            || ' 3-4 timer om ugen til koordinering ved 20 mentorer og lige så mange ledige, undervisning ikke medregnet',
        'migration V5', now());
