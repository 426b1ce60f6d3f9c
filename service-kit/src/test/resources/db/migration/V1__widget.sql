-- Test-only tables of the kit's test application.

create table widget (
    id           uuid    primary key,
    name         text    not null,
    quantity     integer not null,
    municipality text    not null,
    version      bigint  not null,
    unique (municipality, name)
);

create table widget_share (
    widget_id    uuid not null references widget (id),
    municipality text not null,
    primary key (widget_id, municipality)
);

-- The effect of the test consumers; deliberately without a unique key so a double apply shows.
create table received_event (
    id       bigint generated always as identity primary key,
    consumer text not null,
    event_id text not null,
    note     text not null
);
