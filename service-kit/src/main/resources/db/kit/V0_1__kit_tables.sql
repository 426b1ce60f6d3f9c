-- Tables every service keeps in its own schema: the transactional outbox, the idempotent inbox,
-- dead letters and the append-only audit log. Versions 0.x belong to the kit and sort before the
-- services' own migrations (V1, V2, ...); out-of-order is on so a later kit version still applies.

create table outbox_message (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    event_type    text        not null,
    source        text        not null,
    subject       text        not null,
    municipality  text,
    occurred_at   timestamptz not null,
    payload       text        not null,
    extra_headers text,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
-- The relay only ever looks for what is still unsent, in order.
create index outbox_message_unsent on outbox_message (id) where sent_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table dead_letter (
    id            uuid        primary key,
    consumer      text        not null,
    topic         text        not null,
    kafka_partition integer   not null,
    kafka_offset  bigint      not null,
    event_id      text,
    event_type    text,
    message_key   text,
    headers       text        not null,
    payload       text,
    error         text        not null,
    attempts      integer     not null,
    failed_at     timestamptz not null default now()
);
create index dead_letter_failed_at on dead_letter (failed_at desc);

create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor_subject  text        not null,
    actor_name     text,
    actor_municipalities text not null,
    acting_municipality  text,
    owner_municipality   text,
    action         text        not null,
    subject_type   text        not null,
    subject_id     text,
    purpose        text        not null,
    outcome        text        not null check (outcome in ('ALLOWED', 'DENIED'))
);
-- Auditors read the trail of their own municipality's data, newest first.
create index audit_entry_owner_time on audit_entry (owner_municipality, occurred_at desc);

-- Append-only: an audit trail that can be edited proves nothing.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
