-- The matching service's own picture of the catalogue's mentors, built from catalog.mentor.v1.
-- It can be rebuilt by replaying the topic from the start.
create table mentor_candidate (
    mentor_id               uuid primary key,
    home_municipality       text         not null check (home_municipality ~ '^[0-9]{4}$'),
    kind                    text         not null,
    legal_bases             text[]       not null,
    capacity_citizens       integer      not null,
    capacity_hours_per_week numeric(5,2) not null,
    registered_at           timestamptz  not null,
    events_applied          integer      not null,
    last_event_id           text         not null
);
create index mentor_candidate_home on mentor_candidate (home_municipality, mentor_id);
