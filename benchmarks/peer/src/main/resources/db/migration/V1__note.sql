-- The benchmark peer's one table, in its own schema "peer" of the local suite's database.
create table note (
    id           uuid primary key,
    municipality text        not null,
    text         text        not null,
    created_at   timestamptz not null
);
