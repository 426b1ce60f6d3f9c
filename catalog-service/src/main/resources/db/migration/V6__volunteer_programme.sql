-- The volunteer programme (seed 004): a mentor corps (an organisation of kind MENTOR_CORPS) runs a programme
-- for a period with targets for volunteers, mentees and matches (004 p.5: 240/240/240), serving the
-- municipalities it has agreements with. Both sides go through the same pipeline, each step dated:
-- inquiry -> interview -> vetted -> matched, or dropped with a coded reason (004 pp.7-8). Results are
-- counted from these rows, never typed in.
--
-- A mentee entry is pseudonymous (data minimisation): a channel, an age band, a municipality and at most the
-- id of the citizen's plan in followup; no name, no CPR number, no free text.

create table volunteer_programme (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    name              text        not null,
    period_from       date        not null,
    period_to         date        not null check (period_to >= period_from),
    target_volunteers integer     not null check (target_volunteers >= 0),
    target_mentees    integer     not null check (target_mentees >= 0),
    target_matches    integer     not null check (target_matches >= 0),
    commitment_months integer     not null check (commitment_months between 1 and 36),
    created_by        text        not null,
    created_at        timestamptz not null
);
create index volunteer_programme_organisation on volunteer_programme (organisation_id);

-- A coordination group (koo-gruppe, 004 pp.5, 7): volunteers of one municipality with their coordinator.
create table coordination_group (
    id             uuid primary key,
    programme_id   uuid        not null references volunteer_programme (id),
    municipality   text        not null check (municipality ~ '^[0-9]{4}$'),
    name           text        not null,
    coordinator_id uuid        not null references coordinator (id),
    created_by     text        not null,
    created_at     timestamptz not null
);
create index coordination_group_programme on coordination_group (programme_id, municipality);

create table programme_entry (
    id              uuid primary key,
    programme_id    uuid        not null references volunteer_programme (id),
    side            text        not null check (side in ('VOLUNTEER', 'MENTEE')),
    municipality    text        not null check (municipality ~ '^[0-9]{4}$'),
    channel         text        not null,
    display_name    text,
    age_band        text,
    plan_id         uuid,
    mentor_id       uuid references mentor (id),
    group_id        uuid references coordination_group (id),
    inquiry_on      date        not null,
    interviewed_on  date check (interviewed_on >= inquiry_on),
    vetted_on       date check (vetted_on >= interviewed_on),
    matched_on      date check (matched_on >= vetted_on),
    dropped_on      date check (dropped_on >= inquiry_on),
    drop_reason     text check ((dropped_on is null) = (drop_reason is null)),
    commitment_from date,
    commitment_to   date check (commitment_to >= commitment_from),
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    version         bigint      not null,
    check (side = 'VOLUNTEER' or (display_name is null and mentor_id is null and group_id is null
                                  and commitment_from is null)),
    check (side = 'MENTEE' or (age_band is null and plan_id is null))
);
create index programme_entry_list on programme_entry (programme_id, side, municipality, inquiry_on);
create unique index programme_entry_mentor on programme_entry (programme_id, mentor_id) where mentor_id is not null;
create index programme_entry_mentor_lookup on programme_entry (mentor_id) where mentor_id is not null;
create index programme_entry_plan on programme_entry (programme_id, plan_id) where plan_id is not null;

-- A match (makkerskab, 004 p.6): recorded at the match meeting through the API, or when matching-service
-- starts a mentorship for the volunteer's catalogue mentor (then keyed by the mentorship, so a replay adds none).
create table programme_match (
    id                 uuid primary key,
    programme_id       uuid        not null references volunteer_programme (id),
    volunteer_entry_id uuid        not null references programme_entry (id),
    mentee_entry_id    uuid references programme_entry (id),
    mentorship_id      uuid unique,
    matched_on         date        not null,
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create index programme_match_programme on programme_match (programme_id, matched_on);
create unique index programme_match_mentee on programme_match (mentee_entry_id) where mentee_entry_id is not null;

create table coordination_group_meeting (
    id          uuid primary key,
    group_id    uuid        not null references coordination_group (id),
    held_on     date        not null,
    topic       text        not null,
    attendees   uuid[]      not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index coordination_group_meeting_group on coordination_group_meeting (group_id, held_on desc, id);
