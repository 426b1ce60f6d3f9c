-- What a bulk import knows about each meeting it logged beyond the meeting itself: the start time
-- and the sender's own reference, so a month sent again finds its meetings instead of logging them twice.
create table imported_meeting (
    meeting_id      uuid primary key,
    plan_id         uuid        not null references plan (id),
    participant_id  uuid        not null references participant (id),
    meeting_date    date        not null,
    start_time      time,
    municipality    text        not null check (municipality ~ '^[0-9]{4}$'),
    external_system text,
    external_id     text,
    imported_by     text        not null,
    imported_at     timestamptz not null,
    check ((external_system is null) = (external_id is null))
);
-- One meeting per sender's reference within a municipality: the reference is the sender's identity of the meeting.
create unique index imported_meeting_reference on imported_meeting (municipality, external_system, external_id)
    where external_system is not null;
create index imported_meeting_key on imported_meeting (plan_id, participant_id, meeting_date);
