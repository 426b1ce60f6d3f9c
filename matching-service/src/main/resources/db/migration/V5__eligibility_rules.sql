-- Eligibility as data: which kinds of mentor may serve which citizens under which legal basis, as
-- effective-dated rows an administrator adds without a release. A referral is checked against the
-- rows in force on its first day: some ALLOW row must match the basis, the citizen (target group and
-- match group) and a kind of mentor, and no DENY row may match. An empty column matches everything.
-- The seeded rows and their sources are explained in matching-service/docs/eligibility.md.
create table eligibility_rule (
    id           uuid primary key,
    code         varchar(60)  not null,
    legal_basis  varchar(20)  not null,
    effect       varchar(5)   not null check (effect in ('ALLOW', 'DENY')),
    mentor_kind  varchar(40),
    target_group varchar(60),
    match_group  integer check (match_group between 1 and 3),
    valid_from   date         not null,
    valid_to     date check (valid_to is null or valid_to >= valid_from),
    title        varchar(300) not null,
    source       varchar(2000) not null,
    created_by   text         not null,
    created_at   timestamptz  not null
);
create index eligibility_rule_by_basis on eligibility_rule (legal_basis, valid_from);

-- The 2010 match group (1 job-ready, 2 ready for an effort, 3 temporarily passive) when the caseworker
-- records one; the 2010 rows deny LAB mentor support to match group 3.
alter table referral add column match_group integer check (match_group between 1 and 3);

insert into eligibility_rule (id, code, legal_basis, effect, mentor_kind, target_group, match_group, valid_from,
                              valid_to, title, source, created_by, created_at)
select gen_random_uuid(), r.code, r.basis, r.effect, r.kind, r.target_group, r.match_group, r.valid_from::date,
       r.valid_to::date, r.title, r.source, 'migration V5', now()
from (values
    -- LAB: the job centre decides who can be mentor (LAB § 168: employed by a company, an educational
    -- institution or the municipality, or an external consultant; volunteers too), and every target group
    -- of the act may get it (the 2009 law: people on benefits, employed, flex-jobbers, partly recovered,
    -- self-supporting). Support and contact persons of Serviceloven are the social line's, not LAB's.
    ('LAB-78-MENTORS', 'LAB_78', 'ALLOW', 'PAID_SOCIAL_MENTOR', null, null, '2009-07-06', '2013-12-31',
     'Lønnet socialmentor efter LAB § 78', 'LAB § 78 (lov af 6. juli 2009); mentorguiden (seed 000) s. 5'),
    ('LAB-78-MENTORS', 'LAB_78', 'ALLOW', 'COMPANY_MENTOR', null, null, '2009-07-06', '2013-12-31',
     'Virksomhedsmentor efter LAB § 78', 'LAB § 78 (lov af 6. juli 2009); mentorguiden (seed 000) s. 5'),
    ('LAB-78-MENTORS', 'LAB_78', 'ALLOW', 'MUNICIPAL_EMPLOYEE', null, null, '2009-07-06', '2013-12-31',
     'Kommunalt ansat som mentor efter LAB § 78', 'LAB § 78 (lov af 6. juli 2009); mentorguiden (seed 000) s. 5'),
    ('LAB-78-MENTORS', 'LAB_78', 'ALLOW', 'VOLUNTEER', null, null, '2009-07-06', '2013-12-31',
     'Frivillig mentor efter LAB § 78', 'LAB § 78; mentorguiden (seed 000) s. 19 (frivillige og erhvervsmentorer)'),
    ('LAB-78-MENTORS', 'LAB_78', 'ALLOW', 'INTEGRATION_MENTOR', null, null, '2009-07-06', '2013-12-31',
     'Integrationsmentor som mentor efter LAB § 78', 'LAB § 78; mentorguiden (seed 000) s. 5 (jobcentret vælger mentor)'),
    ('LAB-78-MATCHGROUP-3', 'LAB_78', 'DENY', null, null, 3, '2010-04-01', '2013-12-31',
     'Matchgruppe 3 kan ikke få mentor efter LAB fra april 2010; søg i stedet kontaktperson efter Serviceloven §§ 85 og 99',
     'Mentorguiden (seed 000) s. 5: ny inddeling i 3 matchgrupper fra april 2010'),
    ('LAB-31B-MENTORS', 'LAB_31B', 'ALLOW', 'PAID_SOCIAL_MENTOR', null, null, '2014-01-01', '2019-12-31',
     'Lønnet socialmentor efter LAB § 31 b', 'LAB kapitel 9 b, § 31 b (kontanthjælpsreformen 2014)'),
    ('LAB-31B-MENTORS', 'LAB_31B', 'ALLOW', 'COMPANY_MENTOR', null, null, '2014-01-01', '2019-12-31',
     'Virksomhedsmentor efter LAB § 31 b', 'LAB kapitel 9 b, § 31 b'),
    ('LAB-31B-MENTORS', 'LAB_31B', 'ALLOW', 'MUNICIPAL_EMPLOYEE', null, null, '2014-01-01', '2019-12-31',
     'Kommunalt ansat som mentor efter LAB § 31 b', 'LAB kapitel 9 b, § 31 b'),
    ('LAB-31B-MENTORS', 'LAB_31B', 'ALLOW', 'VOLUNTEER', null, null, '2014-01-01', '2019-12-31',
     'Frivillig mentor efter LAB § 31 b', 'LAB kapitel 9 b, § 31 b; Beskæftigelse NU (seed 001) s. 7'),
    ('LAB-31B-MENTORS', 'LAB_31B', 'ALLOW', 'INTEGRATION_MENTOR', null, null, '2014-01-01', '2019-12-31',
     'Integrationsmentor som mentor efter LAB § 31 b', 'LAB kapitel 9 b, § 31 b'),
    ('LAB-167-MENTORS', 'LAB_167', 'ALLOW', 'PAID_SOCIAL_MENTOR', null, null, '2020-01-01', null,
     'Lønnet socialmentor efter LAB § 167', 'LAB kapitel 26, §§ 167-168 (LBK 280 af 1/3/2024)'),
    ('LAB-167-MENTORS', 'LAB_167', 'ALLOW', 'COMPANY_MENTOR', null, null, '2020-01-01', null,
     'Virksomhedsmentor efter LAB § 167', 'LAB §§ 167-169: mentor ansat i en virksomhed, indsats ud over det sædvanlige'),
    ('LAB-167-MENTORS', 'LAB_167', 'ALLOW', 'MUNICIPAL_EMPLOYEE', null, null, '2020-01-01', null,
     'Kommunalt ansat som mentor efter LAB § 167', 'LAB § 168: mentor ansat i kommunen'),
    ('LAB-167-MENTORS', 'LAB_167', 'ALLOW', 'VOLUNTEER', null, null, '2020-01-01', null,
     'Frivillig mentor efter LAB § 167', 'LAB § 168 og STAR: ingen regler om hvem der kan være mentor; jobcentret beslutter'),
    ('LAB-167-MENTORS', 'LAB_167', 'ALLOW', 'INTEGRATION_MENTOR', null, null, '2020-01-01', null,
     'Integrationsmentor som mentor efter LAB § 167', 'LAB § 168 og STAR: ingen regler om hvem der kan være mentor'),
    -- Integrationsloven § 23 d: only citizens in the integration (introduction) programme, and its
    -- stk. 3 applies LAB § 169, so company mentors as well as integration mentors and volunteers.
    ('INL-23D-PROGRAMME', 'INL_23D', 'ALLOW', 'INTEGRATION_MENTOR', 'INTEGRATION_PROGRAMME', null, '2009-07-06', null,
     'Integrationsmentor for borgere i integrationsprogrammet',
     'Integrationsloven kapitel 4, § 23 d; mentorguiden (seed 000) s. 5'),
    ('INL-23D-PROGRAMME', 'INL_23D', 'ALLOW', 'COMPANY_MENTOR', 'INTEGRATION_PROGRAMME', null, '2009-07-06', null,
     'Virksomhedsmentor for borgere i integrationsprogrammet', 'Integrationsloven § 23 d, stk. 3 (anvender LAB § 169)'),
    ('INL-23D-PROGRAMME', 'INL_23D', 'ALLOW', 'VOLUNTEER', 'INTEGRATION_PROGRAMME', null, '2009-07-06', null,
     'Frivillig mentor for borgere i integrationsprogrammet', 'Integrationsloven § 23 d'),
    ('INL-23D-PROGRAMME', 'INL_23D', 'ALLOW', 'PAID_SOCIAL_MENTOR', 'INTEGRATION_PROGRAMME', null, '2009-07-06', null,
     'Lønnet mentor for borgere i integrationsprogrammet', 'Integrationsloven § 23 d'),
    -- Serviceloven: the support contact person (§ 85, § 85 a) and the støtte- og kontaktperson (§ 99), for
    -- every citizen who needs them, match group 3 included (000 p.5). A paid social mentor may hold the
    -- § 85 role as well: the double-role mentor of 001 pp.15-16.
    ('SEL-85-CONTACT', 'SEL_85', 'ALLOW', 'SUPPORT_CONTACT_PERSON_SEL85', null, null, '2006-01-01', null,
     'Støttekontaktperson efter Serviceloven § 85', 'Serviceloven § 85; mentorguiden (seed 000) s. 5'),
    ('SEL-85-DOUBLE-ROLE', 'SEL_85', 'ALLOW', 'PAID_SOCIAL_MENTOR', null, null, '2006-01-01', null,
     'Dobbeltmentor: lønnet socialmentor, der også er støttekontaktperson efter § 85',
     'Beskæftigelse NU (seed 001) s. 15-16: én mentor i dobbeltrolle (LAB og § 85)'),
    ('SEL-85A-CONTACT', 'SEL_85A', 'ALLOW', 'SUPPORT_CONTACT_PERSON_SEL85', null, null, '2023-10-01', null,
     'Bostøtte (Housing First) efter Serviceloven § 85 a', 'Serviceloven § 85 a (L 64 2022-23)'),
    ('SEL-99-CONTACT', 'SEL_99', 'ALLOW', 'CONTACT_PERSON_SEL99', null, null, '2006-01-01', null,
     'Støtte- og kontaktperson efter Serviceloven § 99', 'Serviceloven § 99; mentorguiden (seed 000) s. 5'),
    -- A volunteer's friendship without a grant is a volunteer's only.
    ('VOLUNTARY-VOLUNTEER', 'VOLUNTARY', 'ALLOW', 'VOLUNTEER', null, null, '2009-01-01', null,
     'Frivilligt mentorskab uden lovhjemmel er kun for frivillige', 'Ingen lovhjemmel: frivillig indsats')
) as r(code, basis, effect, kind, target_group, match_group, valid_from, valid_to, title, source);
