-- Requests retried with an Idempotency-Key: the first one's response, kept for a day, per caller so
-- two integrations choosing the same key never see each other's answers.
create table idempotent_request (
    caller          text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          integer,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    primary key (caller, idempotency_key)
);
