-- The first slice of the mentor catalogue: who the mentor is, where they belong, what they may do
-- and how much they can take on. The catalogue issue extends this table.
create table mentor (
    id                      uuid primary key,
    display_name            text        not null,
    kind                    text        not null,
    home_municipality       text        not null check (home_municipality ~ '^[0-9]{4}$'),
    legal_bases             text[]      not null,
    capacity_citizens       integer     not null check (capacity_citizens >= 0),
    capacity_hours_per_week numeric(5,2) not null check (capacity_hours_per_week >= 0),
    registered_at           timestamptz not null,
    version                 bigint      not null
);
create index mentor_home_municipality on mentor (home_municipality, display_name, id);
