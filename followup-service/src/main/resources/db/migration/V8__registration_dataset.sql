-- The registration dataset of seed 003 p.4 as typed, coded columns (at start, every 3 months, at closure),
-- and programmes that several municipalities run together (seed 003 p.1: up to eight municipalities).

create table registration (
    id                             uuid primary key,
    plan_id                        uuid        not null references plan (id),
    kind                           text        not null check (kind in ('START', 'QUARTERLY', 'CLOSURE')),
    registered_on                  date        not null,
    -- at start
    age_band                       text,
    gender                         text,
    match_group                    text,
    education_level                text,
    job_experience                 text,
    benefit_type                   text,
    benefit_duration               text,
    origin                         text,
    goal_kind                      text,
    parallel_offers                text[]      not null default '{}',
    gradual_transition             boolean,
    company_type                   text,
    praktik_tasks                  text,
    company_mentor_used            boolean,
    company_mentor_hours_per_week  numeric(5, 2),
    company_mentor_monthly_cost    numeric(12, 2),
    -- at start and every 3 months
    praktik_hours_per_week         numeric(5, 2),
    -- every 3 months (tick-boxes)
    hours_increased                boolean,
    new_tasks                      boolean,
    praktik_completed              boolean,
    support_company_mentor         boolean,
    support_other_person           boolean,
    support_jobcentre_follow_up    boolean,
    new_parallel_efforts           boolean,
    -- at closure
    closure_status                 text,
    praktik_count                  integer,
    had_parallel_efforts           boolean,
    had_mentor_support             boolean,
    had_municipal_follow_up        boolean,
    planned_efforts                text[]      not null default '{}',
    -- answers of a former key/value quarterly registration that have no typed column (kept, not lost)
    unmapped_answers               jsonb       not null default '{}',
    follow_up_id                   uuid references follow_up (id),
    recorded_by                    text        not null,
    recorded_at                    timestamptz not null
);
create index registration_plan on registration (plan_id, registered_on, id);
-- one start and one closure per plan
create unique index registration_one_start on registration (plan_id) where kind = 'START';
create unique index registration_one_closure on registration (plan_id) where kind = 'CLOSURE';

-- The key/value answers of the quarterly registrations recorded so far become typed rows. The keys the
-- API documented and the tick-boxes of seed 003 p.4 are mapped ("yes"/"ja"/"true" is true, "no"/"nej"/
-- "false" is false); every other key, and a mapped key whose answer is neither, stays in unmapped_answers,
-- and the follow-up keeps only the fact that it was done.
create function pg_temp.tick(answers jsonb, key text) returns boolean language sql immutable as $$
    select case lower(trim(answers ->> key))
               when 'yes' then true when 'ja' then true when 'true' then true
               when 'no' then false when 'nej' then false when 'false' then false
           end
$$;

insert into registration (id, plan_id, kind, registered_on, hours_increased, new_tasks, praktik_completed,
                          support_company_mentor, support_other_person, support_jobcentre_follow_up,
                          new_parallel_efforts, unmapped_answers, follow_up_id, recorded_by, recorded_at)
select f.id, f.plan_id, 'QUARTERLY', f.done_on,
       pg_temp.tick(f.answers, 'hoursIncreased'), pg_temp.tick(f.answers, 'newTasks'),
       pg_temp.tick(f.answers, 'praktikCompleted'), pg_temp.tick(f.answers, 'companyMentorSupport'),
       pg_temp.tick(f.answers, 'otherSupportPerson'), pg_temp.tick(f.answers, 'jobcentreFollowUp'),
       pg_temp.tick(f.answers, 'newParallelEfforts'),
       (select coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) from jsonb_each(f.answers) e
        where e.key not in ('hoursIncreased', 'newTasks', 'praktikCompleted', 'companyMentorSupport',
                            'otherSupportPerson', 'jobcentreFollowUp', 'newParallelEfforts')
           or pg_temp.tick(f.answers, e.key) is null),
       f.id, f.recorded_by, f.recorded_at
from follow_up f
where f.kind = 'QUARTERLY_REGISTRATION';

update follow_up set answers = '{}' where kind = 'QUARTERLY_REGISTRATION';

create table programme (
    id          uuid primary key,
    name        text        not null,
    kind        text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create table programme_member (
    programme_id  uuid not null references programme (id),
    municipality  text not null,
    joined_on     date not null,
    left_on       date,
    primary key (programme_id, municipality),
    check (left_on is null or left_on >= joined_on)
);

create table programme_plan (
    programme_id  uuid        not null references programme (id),
    plan_id       uuid        not null references plan (id),
    municipality  text        not null,
    enrolled_on   date        not null,
    enrolled_by   text        not null,
    enrolled_at   timestamptz not null,
    primary key (programme_id, plan_id)
);
create index programme_plan_plan on programme_plan (plan_id);
