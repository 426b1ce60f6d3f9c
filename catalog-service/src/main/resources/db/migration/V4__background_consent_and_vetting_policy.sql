-- Religion and ethnicity role-model tags are special-category data (GDPR art. 9): held only with the
-- mentor's explicit consent, and erased when it is withdrawn.
alter table mentor
    add column background_tags                text[]      not null default '{}',
    add column background_consent_given_on    date,
    add column background_consent_recorded_by text,
    add column background_consent_recorded_at timestamptz,
    add check (cardinality(background_tags) = 0 or background_consent_given_on is not null);

-- Which vetting rows the law requires and which the municipality chose. The law (lov om indhentelse af
-- børneattest) asks for a børneattest only where the person has direct contact with children under 15;
-- requiring one of every volunteer and every §§ 85/99 contact person, and the other checks, is the
-- municipality's policy. Every seeded row is such a choice; an administrator adds a legal row with
-- policy_choice = false and its source.
alter table vetting_requirement
    add column policy_choice boolean not null default true,
    add column source        text    not null default 'Kommunal politik, ikke et lovkrav';
update vetting_requirement set source = 'Kommunal politik: loven kræver kun børneattest ved direkte kontakt med børn under 15 år'
    where requirement = 'CHILD_PROTECTION_CERTIFICATE';
