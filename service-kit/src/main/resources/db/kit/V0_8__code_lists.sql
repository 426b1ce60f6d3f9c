-- The code lists (legal bases, target groups) as effective-dated rows: a reform adds or ends rows, no
-- release of a service. catalog-service owns the lists and publishes every change (CodeListEntryChanged
-- on catalog.code-list.v1); the other services keep this table as a replica of its rows. The seed below
-- is the same in every schema, so each service validates codes before the first event arrives.
create table code_list_entry (
    list              text    not null check (list in ('LEGAL_BASIS', 'TARGET_GROUP')),
    code              text    not null check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name_da           text    not null,
    name_en           text,
    valid_from        date    not null,
    valid_to          date,
    -- Raised by the owner on every change; a replica applies only a higher one.
    version           bigint  not null,
    -- Legal bases: the line (EMPLOYMENT, INTEGRATION, SOCIAL, VOLUNTARY), the act and its paragraph, whether
    -- an anonymous citizen may be served (Serviceloven § 99), the months one grant may run (null: no limit)
    -- and the plan roles that may act under it, comma-separated, mentor roles first in order of preference.
    legal_line        text,
    law               text,
    paragraph         text,
    anonymous_allowed boolean not null default false,
    grant_months      integer,
    roles             text,
    -- Target groups: the guide's need tag (NEED) or a benefit or visitation category (CATEGORY).
    kind              text,
    changed_at        timestamptz not null default now(),
    primary key (list, code),
    check (valid_to is null or valid_to >= valid_from)
);

insert into code_list_entry (list, code, name_da, name_en, valid_from, valid_to, version, legal_line, law, paragraph,
                             anonymous_allowed, grant_months, roles) values
    ('LEGAL_BASIS', 'LAB_167', 'LAB § 167 (mentor)', 'LAB § 167 (mentor)', date '2020-01-01', null, 1, 'EMPLOYMENT',
     'Lov om en aktiv beskæftigelsesindsats', 'kapitel 26, §§ 167-171', false, 6,
     'LAB_MENTOR,COMPANY_MENTOR,VOLUNTEER_MENTOR,CASEWORKER,JOB_CONSULTANT,COMPANY_CONSULTANT'),
    ('LEGAL_BASIS', 'LAB_31B', 'LAB § 31 b (mentor før 2020)', 'LAB § 31 b (mentor before 2020)', date '2014-01-01',
     date '2019-12-31', 1, 'EMPLOYMENT', 'Lov om en aktiv beskæftigelsesindsats', 'kapitel 9 b, § 31 b', false, null,
     'LAB_MENTOR,COMPANY_MENTOR,VOLUNTEER_MENTOR,CASEWORKER,JOB_CONSULTANT,COMPANY_CONSULTANT'),
    ('LEGAL_BASIS', 'LAB_78', 'LAB § 78 (mentor før 2014)', 'LAB § 78 (mentor before 2014)', date '2009-07-06',
     date '2013-12-31', 1, 'EMPLOYMENT', 'Lov om en aktiv beskæftigelsesindsats', '§ 78', false, null,
     'LAB_MENTOR,COMPANY_MENTOR,VOLUNTEER_MENTOR,CASEWORKER,JOB_CONSULTANT,COMPANY_CONSULTANT'),
    ('LEGAL_BASIS', 'LAB_40_3', 'LAB § 40, stk. 3 (helhedsorienteret plan)', 'LAB § 40(3) (coordinated plan)',
     date '2020-01-01', null, 1, 'EMPLOYMENT', 'Lov om en aktiv beskæftigelsesindsats', '§ 40, stk. 3', false, null,
     'CASEWORKER,JOB_CONSULTANT,COMPANY_CONSULTANT'),
    -- INL § 23 d stk. 3 applies LAB § 169, so a company mentor may act under the integration act too
    ('LEGAL_BASIS', 'INL_23D', 'Integrationsloven § 23 d', 'Integration Act § 23 d', date '2009-07-06', null, 1,
     'INTEGRATION', 'Integrationsloven', 'kapitel 4, § 23 d', false, null,
     'INTEGRATION_MENTOR,VOLUNTEER_MENTOR,COMPANY_MENTOR,CASEWORKER,JOB_CONSULTANT,COMPANY_CONSULTANT'),
    ('LEGAL_BASIS', 'SEL_85', 'Serviceloven § 85', 'Social Services Act § 85', date '2006-01-01', null, 1, 'SOCIAL',
     'Serviceloven', '§ 85', false, null, 'SUPPORT_CONTACT_PERSON_SEL85,CASEWORKER'),
    ('LEGAL_BASIS', 'SEL_85A', 'Serviceloven § 85 a', 'Social Services Act § 85 a', date '2023-10-01', null, 1, 'SOCIAL',
     'Serviceloven', '§ 85 a', false, null, 'SUPPORT_CONTACT_PERSON_SEL85,CASEWORKER'),
    ('LEGAL_BASIS', 'SEL_99', 'Serviceloven § 99', 'Social Services Act § 99', date '2006-01-01', null, 1, 'SOCIAL',
     'Serviceloven', '§ 99', true, null, 'CONTACT_PERSON_SEL99,CASEWORKER'),
    -- not a legal basis but its honest absence: a volunteer befriends a citizen without any grant
    ('LEGAL_BASIS', 'VOLUNTARY', 'Frivillig indsats (uden hjemmel i lov)', 'Voluntary effort (no statutory basis)',
     date '2009-01-01', null, 1, 'VOLUNTARY', 'Ingen (frivillig indsats)', 'uden lovhjemmel', false, null,
     'VOLUNTEER_MENTOR,CASEWORKER');

-- The guide's ten target groups are need tags; the others are the benefit and visitation categories of the
-- later regimes. JOB_OR_EDUCATION_READY merged two groups with different refund: it still reads for data
-- recorded under the regimes that used it (to 2018), new data uses JOB_READY or EDUCATION_READY.
insert into code_list_entry (list, code, name_da, name_en, valid_from, valid_to, version, kind) values
    ('TARGET_GROUP', 'YOUNG_LITTLE_SYSTEM_KNOWLEDGE', 'Unge med lidt systemkendskab', 'Young people with little system knowledge', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'HOME_STAYING_WOMEN', 'Hjemmegående kvinder', 'Women staying at home', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'SICK_LISTED', 'Sygemeldte', 'Sick-listed', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'DISABILITY_PENSION_APPLICANTS', 'Ansøgere om førtidspension', 'Disability pension applicants', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'SUBSTANCE_MISUSE', 'Misbrug', 'Substance misuse', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'LANGUAGE_BARRIERS', 'Sprogbarrierer', 'Language barriers', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'PROVIDER_PROBLEMS', 'Forsørgerproblemer', 'Provider problems', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'INFORMATION_NEEDS', 'Behov for information', 'Information needs', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'RETENTION_IN_JOB_OR_EDUCATION', 'Fastholdelse i job eller uddannelse', 'Retention in job or education', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'SOCIAL_AND_MENTAL_PROBLEMS', 'Sociale og psykiske problemer', 'Social and mental problems', date '2009-01-01', null, 1, 'NEED'),
    ('TARGET_GROUP', 'INSURED_UNEMPLOYED', 'Forsikrede ledige', 'Insured unemployed', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'LONG_TERM_UNEMPLOYED', 'Langtidsledige', 'Long-term unemployed', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'JOB_OR_EDUCATION_READY', 'Job- eller uddannelsesparate', 'Job or education ready', date '2009-01-01', date '2018-12-31', 1, 'CATEGORY'),
    ('TARGET_GROUP', 'JOB_READY', 'Jobparate', 'Job-ready', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'EDUCATION_READY', 'Uddannelsesparate', 'Education-ready', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'EMPLOYED', 'I beskæftigelse', 'Employed', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'SELF_SUPPORTING', 'Selvforsørgende', 'Self-supporting', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'ACTIVITY_READY', 'Aktivitetsparate', 'Activity ready', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'RESOURCE_COURSE', 'Ressourceforløb', 'Resource course', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'FLEX_JOB', 'Fleksjob', 'Flex job', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'SICKNESS_BENEFIT', 'Sygedagpenge', 'Sickness benefit', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'REHABILITATION', 'Revalidering', 'Rehabilitation', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'VULNERABLE_YOUNG_UNEMPLOYED', 'Udsatte unge ledige', 'Vulnerable young unemployed', date '2009-01-01', null, 1, 'CATEGORY'),
    ('TARGET_GROUP', 'INTEGRATION_PROGRAMME', 'Integrationsprogram', 'Integration programme', date '2009-01-01', null, 1, 'CATEGORY');
