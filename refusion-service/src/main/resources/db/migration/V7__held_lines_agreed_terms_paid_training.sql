-- Held lines, the mentorship's agreed terms and paid training hours.
--
-- A meeting version may carry claim holds (the participation was not active, the date lies outside the
-- grant, no written agreement ...). Such a meeting is still priced into the ledger, so its cost shows,
-- but its lines are held: no claim takes them and they do not count against a ceiling until a
-- correction clears the holds (which reverses the held lines and posts claimable ones).
alter table meeting add column claim_holds text[] not null default '{}';

alter table expense_line add column held boolean not null default false;
alter table expense_line add column holds text[] not null default '{}';
alter table expense_line add constraint expense_line_held_has_reason
    check (held = (cardinality(holds) > 0));

-- A mentor whose terms pay the training hours gets a wage line for them besides the course cost.
alter table expense_line drop constraint expense_line_kind_check;
alter table expense_line add constraint expense_line_kind_check
    check (kind in ('MEETING', 'TRANSPORT', 'CANCELLATION', 'TRAINING', 'TRAINING_WAGE', 'FEE'));
drop index expense_line_training_once;
create unique index expense_line_training_once on expense_line (attendance_id, kind)
    where attendance_id is not null and reverses is null;

alter table mentor_terms add column training_paid boolean not null default false;

-- The terms agreed for a mentorship (target groups "ved indgaaelse af aftale", the agreed hourly rate),
-- one row per grant: the start, then each renewal from the day after the previous grant ended.
-- A meeting is priced by the row in force on its date, not by the plan's groups or the profile's rate.
create table mentorship_term (
    mentorship_id   uuid          not null,
    valid_from      date          not null,
    valid_to        date          not null,
    hourly_rate     numeric(10,2),
    target_groups   text[]        not null,
    source_event_id text          not null,
    primary key (mentorship_id, valid_from),
    check (valid_to >= valid_from)
);

-- Mentorships known before this change: their start terms, as MentorshipStarted carried them.
insert into mentorship_term (mentorship_id, valid_from, valid_to, hourly_rate, target_groups, source_event_id)
select mentorship_id, starts_on, ends_on, hourly_rate, target_groups, 'migration:V7'
from mentorship_fact;
