-- What each active plan's data makes due (AlertSchedule, PlacementAlerts), rewritten in the transaction of
-- every change to the plan, so that the alert list is one query instead of five per plan. The 3-monthly
-- registration comes round with the calendar and is computed by the list's query from plan and follow_up.
create table plan_due_item (
    plan_id         uuid not null references plan (id),
    municipality    text not null,
    kind            text not null,
    participant_id  uuid,
    agreement_id    uuid,
    due_on          date not null,
    -- the first day it is listed (null: from the start; an expiring agreement is listed a configured number of days ahead)
    shows_from      date,
    detail          text not null,
    -- the wording once the due day has passed, where it differs
    detail_once_due text
);
create index plan_due_item_plan on plan_due_item (plan_id);
create index plan_due_item_municipality on plan_due_item (municipality, due_on);

-- The plans whose due items are written. The plans there were when this table came are written on first use
-- (the alert list writes those of the caller's municipalities before it answers).
create table plan_due_state (
    plan_id    uuid primary key references plan (id),
    written_at timestamptz not null
);

-- The alert list's 3-monthly registrations: a municipality's active plans on the employment line, and each
-- plan's registrations of that kind by day.
create index plan_active_by_line on plan (owner_municipality, line) where status = 'ACTIVE';
create index follow_up_plan_kind on follow_up (plan_id, kind, done_on);
