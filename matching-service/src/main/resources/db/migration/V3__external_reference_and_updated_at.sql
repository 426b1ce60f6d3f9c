-- A case system's own key for a referral it ordered (external reference): unique per acting
-- municipality, so a repeated or retried sync finds the referral instead of ordering a second one.
alter table referral
    add column external_system text,
    add column external_id     text,
    add constraint referral_external_reference_whole check ((external_system is null) = (external_id is null));
create unique index referral_external_reference on referral (acting_municipality, external_system, external_id)
    where external_system is not null;

-- ?updatedSince= pages through changes by (updated_at, id). The referral keeps updated_at since V2;
-- a mentorship gets it here, kept by the application like the referral's (each change of either
-- passes through one method of the entity, which stamps it).
create index referral_updated on referral (updated_at, id);
alter table mentorship add column updated_at timestamptz;
update mentorship set updated_at = coalesce(ended_at, started_at);
alter table mentorship alter column updated_at set not null;
create index mentorship_updated on mentorship (updated_at, id);
