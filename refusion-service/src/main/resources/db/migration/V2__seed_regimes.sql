-- The regimes of the sources (domain/landscape-and-law.md §5.2, seed briefs 000 p.5-6 and 001 p.14),
-- as effective-dated rows. Where the sources give no figure the row says so (placeholder = true) and
-- an admin must fill it: no ceiling amount is given anywhere, and only two account codes are.
-- Wages and training are refundable where a regime refunds; miscellaneous fees never are (000 p.6).

with regime (regime, legal_basis, target_group, valid_from, valid_to, rate, ceiling_kind, account_code,
             placeholder, note) as (values
    ('LAB_2009', 'LAB_78', null, date '2009-07-06', date '2013-12-31', 0.5, 'NONE', null, true,
     'LAB 2009: 50 % of mentor wage and training, outside the rådighedsbeløb, so no ceiling (000 p.5). Account code not in the sources: admin must fill.'),
    ('LAB_2009', 'LAB_78', 'VULNERABLE_YOUNG_UNEMPLOYED', date '2009-07-06', date '2013-12-31', 0.0, 'NONE', null, true,
     'LAB 2009: "dog med undtagelse af udsatte unge ledige", no refusion for vulnerable young unemployed (000 p.5).'),
    ('INL_2009', 'INL_23D', null, date '2009-07-06', date '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', null, true,
     'Integrationsloven § 23 d, refund under § 45: 50 % within the rådighedsbeløb (000 p.5). Ceiling amount and account code not in the sources: admin adds a row per municipality with its rådighedsbeløb.'),
    ('LAB_2014', 'LAB_31B', null, date '2014-01-01', date '2015-12-31', 0.5, 'REFUSION_CEILING', '5.68.98.019', true,
     'Kontanthjælpsreform 2014: refusion as before but only within a ceiling; spending beyond is allowed, refund stops at it (001 p.2, p.14). Ceiling amount not in the sources: admin adds a row per municipality.'),
    ('LAB_2014', 'LAB_31B', 'INSURED_UNEMPLOYED', date '2014-01-01', date '2015-12-31', 0.0, 'NONE', '5.68.98.019', false,
     'From 1/1/2014 no state refusion of mentor costs for dagpenge recipients (landscape §5.2).'),
    ('LAB_2014', 'LAB_31B', 'JOB_OR_EDUCATION_READY', date '2014-01-01', date '2015-12-31', 0.0, 'NONE', '5.68.98.019', false,
     'From 1/1/2014 no state refusion of mentor costs for job-ready cash-benefit recipients (landscape §5.2).'),
    ('LAB_2016', 'LAB_31B', null, date '2016-01-01', date '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', '5.68.90.018', true,
     'L 66 2015-16: 50 % within a rådighedsbeløb for listed groups (landscape §5.2). Amount not in the sources: admin adds a row per municipality.'),
    ('LAB_2016', 'LAB_31B', 'INSURED_UNEMPLOYED', date '2016-01-01', date '2018-12-31', 0.0, 'NONE', '5.68.90.018', false,
     'No state refusion of mentor costs for dagpenge recipients (landscape §5.2).'),
    ('LAB_2016', 'LAB_31B', 'JOB_OR_EDUCATION_READY', date '2016-01-01', date '2018-12-31', 0.0, 'NONE', '5.68.90.018', false,
     'No state refusion of mentor costs for job-ready cash-benefit recipients (landscape §5.2).'),
    ('LAB_2019', 'LAB_31B', null, date '2019-01-01', date '2019-12-31', 0.0, 'NONE', '5.68.90.018', false,
     'From 2019 direct refusion of mentor costs abolished for most groups; covered by block grant (landscape §5.2). The residual groups of the bill text are not named in the sources.'),
    ('LAB_2019', 'LAB_167', null, date '2020-01-01', date '2025-12-31', 0.0, 'NONE', '5.68.90.018', false,
     'LAB kapitel 26 (§§ 167-171) from 2020: no direct refusion (landscape §5.2).'),
    ('INL_2019', 'INL_23D', null, date '2019-01-01', null, 0.0, 'NONE', null, true,
     'From 2019 direct refusion abolished for most groups (landscape §5.2). Account code not in the sources.'),
    ('LAB_2026', 'LAB_167', null, date '2026-01-01', null, 0.0, 'SPENDING_CAP_PER_FULL_TIME_PERSON', '5.68.90.018', true,
     'L 77 2025/1 (bill): spending on mentor support capped per full-time person, draft DKK 10,602 (2026 level). Admin adds a row per municipality with amount = 10,602 x its full-time persons.'),
    ('SEL', 'SEL_85', null, date '2006-01-01', null, 0.0, 'NONE', null, true,
     'Serviceloven § 85: no state refusion of mentor costs; recorded so the cost is seen. Account code not in the sources.'),
    ('SEL', 'SEL_85A', null, date '2023-10-01', null, 0.0, 'NONE', null, true,
     'Serviceloven § 85 a: no state refusion of mentor costs; recorded so the cost is seen. Account code not in the sources.'),
    ('SEL', 'SEL_99', null, date '2006-01-01', null, 0.0, 'NONE', null, true,
     'Serviceloven § 99: no state refusion of mentor costs; recorded so the cost is seen. Account code not in the sources.')
), expense (expense_type) as (values ('WAGE'), ('TRAINING'), ('FEE')),
seeded as (
    insert into rule_set (id, regime, legal_basis, target_group, expense_type, municipality, refund_rate, ceiling_kind,
                          ceiling_amount, account_code, claim_period, valid_from, valid_to, placeholder, source_note,
                          created_by)
    select gen_random_uuid(), r.regime, r.legal_basis, r.target_group, e.expense_type, null,
           case when e.expense_type = 'FEE' then 0.0 else r.rate end,
           case when e.expense_type = 'FEE' and r.ceiling_kind <> 'SPENDING_CAP_PER_FULL_TIME_PERSON' then 'NONE'
                else r.ceiling_kind end,
           null, r.account_code, 'QUARTER', r.valid_from, r.valid_to, r.placeholder,
           r.note || case when e.expense_type = 'FEE' then ' Miscellaneous fees are not refundable (000 p.6).' else '' end
                  || ' Claim period not in the sources; quarterly assumed.',
           'migration'
    from regime r cross join expense e
    returning *
)
insert into rule_set_change (rule_set_id, change, changed_by, after_json)
select id, 'SEEDED', 'migration', row_to_json(seeded)::text from seeded;
