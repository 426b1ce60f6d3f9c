-- The receiving municipality cannot reject a hand-over (the new residence municipality acts by law); it
-- may dispute it within 14 days of the offer. Costs follow the move date, which the sender states.
alter table hand_over add column move_date date;
alter table hand_over add column disputable_until date;
-- Offers made before: the day the receiver took over, else the day of the offer, stands for the move.
update hand_over set move_date = coalesce(effective_on, (offered_at at time zone 'Europe/Copenhagen')::date),
                     disputable_until = (offered_at at time zone 'Europe/Copenhagen')::date + 14;
alter table hand_over alter column move_date set not null;
alter table hand_over alter column disputable_until set not null;
alter table hand_over add column dispute_reason text;
alter table hand_over add column disputed_by text;
alter table hand_over add column disputed_at timestamptz;
alter table hand_over add constraint hand_over_dispute_complete
    check ((dispute_reason is null) = (disputed_at is null) and (disputed_by is null) = (disputed_at is null));
