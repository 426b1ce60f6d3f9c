-- A case system's own key for a citizen or plan it created (external reference): unique per owning
-- municipality, so a repeated or retried sync finds the resource instead of creating a second one.
alter table citizen
    add column external_system text,
    add column external_id     text,
    add constraint citizen_external_reference_whole check ((external_system is null) = (external_id is null));
create unique index citizen_external_reference on citizen (acting_municipality, external_system, external_id)
    where external_system is not null;

alter table plan
    add column external_system text,
    add column external_id     text,
    add constraint plan_external_reference_whole check ((external_system is null) = (external_id is null));
create unique index plan_external_reference on plan (owner_municipality, external_system, external_id)
    where external_system is not null;

-- When a plan last changed, itself or anything on it, for GET /api/v1/plans?updatedSince=. Kept by
-- triggers rather than the application: some fifteen use cases (and the bulk meeting import) write
-- the plan's parts, and a trigger cannot be forgotten by the next one. Existing plans count as
-- changed now, so a first sync with any updatedSince sees them.
alter table plan add column updated_at timestamptz not null default now();
create index plan_updated on plan (updated_at, id);

create function plan_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;
create trigger plan_touch before update on plan for each row execute function plan_touch();

-- A change of a row that belongs to a plan touches the plan.
create function plan_part_touch() returns trigger language plpgsql as $$
begin
    update plan set updated_at = now()
     where id = case when tg_op = 'DELETE' then old.plan_id else new.plan_id end
       and updated_at is distinct from now();
    return null;
end $$;
create trigger plan_part_touch after insert or update or delete on plan_linked_plan for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on goal for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on participant for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on mentor_agreement for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on meeting for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on progression for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on consent for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on plan_share for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on hand_over for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on follow_up for each row execute function plan_part_touch();
create trigger plan_part_touch after insert or update or delete on incident for each row execute function plan_part_touch();
