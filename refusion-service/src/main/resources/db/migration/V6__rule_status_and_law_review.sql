-- The rule rows read again against the law (refusion-service/docs/refund-rules.md explains each row).
-- 1. A rule has a status instead of a placeholder flag: IN_FORCE (adopted act or published guidance),
--    PROPOSED (a bill) or PLACEHOLDER (the sources do not settle it). A claim or a ceiling resting on a
--    rule that is not in force says so.
-- 2. A ceiling may be a frame shared with other spending (L 66 2015-16 merged the mentor frame with
--    other active measures), which the suite cannot see: shared_frame says so.
-- 3. The refund of a claim is rounded once per rate (refund_rounding), as the state computes it.
-- 4. The seeded rows are corrected, and the missing ones added, by regime, basis and target group.
--    Known limitation: a seeded row an admin had edited is overwritten here; the change log keeps the
--    admin's version as "before".

alter table rule_set add column status text not null default 'IN_FORCE'
    check (status in ('IN_FORCE', 'PROPOSED', 'PLACEHOLDER'));
alter table rule_set add column shared_frame boolean not null default false;
alter table rule_set add column refund_rounding text not null default 'PER_CLAIM_HALF_UP'
    check (refund_rounding in ('PER_CLAIM_HALF_UP', 'PER_LINE_HALF_UP'));
update rule_set set status = case when placeholder then 'PLACEHOLDER' else 'IN_FORCE' end;
alter table rule_set drop column placeholder;

create temporary table reviewed (
    regime text, legal_basis text, target_group text, valid_from date, valid_to date, rate numeric(5,4),
    ceiling_kind text, account_code text, status text, shared_frame boolean, note text
) on commit drop;

insert into reviewed values
    ('LAB_2009', 'LAB_78', null, '2009-07-06', '2013-12-31', 0.5, 'NONE', null, 'IN_FORCE', false,
     'LAB § 78 (2009): 50 % of mentor wage and training, outside the rådighedsbeløb, so no ceiling (000 p.5). The account code is not in the sources: an admin fills it in.'),
    ('LAB_2009', 'LAB_78', 'VULNERABLE_YOUNG_UNEMPLOYED', '2009-07-06', '2013-12-31', 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'LAB 2009: the source only says the 50 %-outside-the-rådighedsbeløb rule excepts "udsatte unge ledige" (000 p.5). They may have been refunded under another rule (e.g. within the rådighedsbeløb); 0 % until that is verified.'),
    ('INL_2009', 'INL_23D', null, '2009-07-06', '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'IN_FORCE', false,
     'Integrationsloven § 23 d, refund under § 45: 50 % within the rådighedsbeløb (000 p.5). The amount is the municipality''s: an admin adds a row per municipality. The account code is not in the sources.'),
    ('LAB_2014', 'LAB_31B', null, '2014-01-01', '2015-12-31', 0.5, 'REFUSION_CEILING', null, 'IN_FORCE', false,
     'Kontanthjælpsreform 2014: 50 % as before, but only within a ceiling; spending beyond is allowed, the refund stops at it (001 p.2, p.14). Covers the groups STAR does not exclude, e.g. education-ready and activity-ready citizens. The ceiling is the municipality''s: an admin adds a row per municipality. The account code of refundable mentor expenses is not in the sources.'),
    ('LAB_2014', 'LAB_31B', 'INSURED_UNEMPLOYED', '2014-01-01', '2015-12-31', 0.0, 'NONE', '5.68.98.019', 'IN_FORCE', false,
     'STAR: from 1/1/2014 no refund of mentor costs for § 2, nr. 1 (arbejdsløshedsdagpengemodtagere); account 5.68.98.019 "Ikke refusionsberettigede udgifter til mentor" (star.dk, spørgsmål og svar om mentorordningen).'),
    ('LAB_2014', 'LAB_31B', 'JOB_READY', '2014-01-01', '2015-12-31', 0.0, 'NONE', '5.68.98.019', 'IN_FORCE', false,
     'STAR: from 1/1/2014 no refund of mentor costs for § 2, nr. 2 (jobparate kontanthjælpsmodtagere); account 5.68.98.019 "Ikke refusionsberettigede udgifter til mentor".'),
    ('LAB_2014', 'LAB_31B', 'EMPLOYED', '2014-01-01', '2015-12-31', 0.0, 'NONE', '5.68.98.019', 'IN_FORCE', false,
     'STAR: from 1/1/2014 no refund of mentor costs for "beskæftigede"; account 5.68.98.019 "Ikke refusionsberettigede udgifter til mentor".'),
    ('LAB_2014', 'LAB_31B', 'JOB_OR_EDUCATION_READY', '2014-01-01', '2015-12-31', 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'Old merged code: job-ready citizens had no refund, education-ready ones had 50 % within the ceiling, and the code cannot tell which. 0 % so nothing is claimed that may not be due; record JOB_READY or EDUCATION_READY instead.'),
    ('LAB_2014', 'LAB_31B', 'SELF_SUPPORTING', '2014-01-01', '2015-12-31', 0.5, 'REFUSION_CEILING', null, 'PLACEHOLDER', false,
     'Self-supporting unemployed are not among the groups STAR excludes from 2014, so 50 % within the ceiling like the general row; the sources do not name them, verify against LAB 2014 § 2.'),
    ('LAB_2016', 'LAB_31B', null, '2016-01-01', '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'IN_FORCE', true,
     'L 66 2015-16 ("sammenlægning af rammer for mentor og aktiv indsats"): 50 % within a rådighedsbeløb for § 2, nr. 3, 8-10, 12 and 13 (nr. 4-7 via § 118 a); § 121 a repealed. The frame is shared with other active measures, which the suite does not record. The amount is the municipality''s: an admin adds a row per municipality. The account code of refundable mentor expenses is not in the sources.'),
    ('LAB_2016', 'LAB_31B', 'INSURED_UNEMPLOYED', '2016-01-01', '2019-06-30', 0.0, 'NONE', '5.68.90.018', 'IN_FORCE', false,
     'No refund of mentor costs for § 2, nr. 1 (arbejdsløshedsdagpengemodtagere); account 5.68.90.018 from 2016 (STAR). The 2019 reform reached dagpenge on 1/7/2019, so the row runs to 30/6/2019.'),
    ('LAB_2016', 'LAB_31B', 'JOB_READY', '2016-01-01', '2018-12-31', 0.0, 'NONE', null, 'IN_FORCE', false,
     'No refund of mentor costs for § 2, nr. 2 (jobparate kontanthjælpsmodtagere): not among the groups L 66 2015-16 lists. STAR names an account (5.68.90.018) only for the insured unemployed: not set here.'),
    ('LAB_2016', 'LAB_31B', 'EMPLOYED', '2016-01-01', '2018-12-31', 0.0, 'NONE', null, 'IN_FORCE', false,
     'No refund of mentor costs for employed citizens: not among the groups L 66 2015-16 lists. The account code is not in the sources.'),
    ('LAB_2016', 'LAB_31B', 'EDUCATION_READY', '2016-01-01', '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', true,
     'L 66 2015-16 refunds § 2, nr. 12 ("som vurderes åbenlyst uddannelsesparate") within the shared rådighedsbeløb; that nr. 12 covers every education-ready citizen rests on the bill''s text and must be verified against LAB 2015.'),
    ('LAB_2016', 'LAB_31B', 'JOB_OR_EDUCATION_READY', '2016-01-01', '2018-12-31', 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'Old merged code: job-ready citizens had no refund, education-ready ones had 50 % within the rådighedsbeløb, and the code cannot tell which. 0 % so nothing is claimed that may not be due; record JOB_READY or EDUCATION_READY instead.'),
    ('LAB_2016', 'LAB_31B', 'SELF_SUPPORTING', '2016-01-01', '2018-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', true,
     'Whether self-supporting unemployed are among the groups L 66 2015-16 lists (§ 2, nr. 8?) is not settled by the sources; 50 % within the shared rådighedsbeløb like the general row until verified against LAB 2015 § 2.'),
    ('LAB_2016', 'LAB_31B', 'SICKNESS_BENEFIT', '2019-01-01', '2019-06-30', 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', true,
     'The 2019 abolition reached dagpenge and sygedagpenge on 1/7/2019 (landscape §5.2), so sickness-benefit recipients kept 50 % within the shared rådighedsbeløb (§ 118 a) in the first half of 2019. Verify against the adopted L 76 2018-19. The 2019 amount is the municipality''s: an admin adds it.'),
    ('LAB_2019', 'LAB_31B', null, '2019-01-01', '2019-12-31', 0.0, 'NONE', null, 'IN_FORCE', false,
     'From 2019 direct refusion of mentor costs is abolished for most groups; the costs are covered by the block grant and the budget guarantee (L 76 2018-19, landscape §5.2). The account code is not in the sources.'),
    ('LAB_2019', 'LAB_31B', 'INSURED_UNEMPLOYED', '2019-07-01', '2019-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', true,
     'L 76 2018-19 as proposed rewrites § 118, stk. 1: within a rådighedsbeløb the state refunds 50 % of expenses for § 2, nr. 1 (dagpenge), among them "4) udgifter til mentorstøtte efter § 31 b, stk. 2" (eu.dk, L 76 som fremsat). The frame is shared with the other listed expenses. Verify against the adopted act.'),
    ('LAB_2019', 'LAB_167', null, '2020-01-01', '2025-12-31', 0.0, 'NONE', null, 'IN_FORCE', false,
     'LAB kapitel 26 (§§ 167-171) from 2020: no direct refusion of mentor costs for most groups (landscape §5.2). The account code is not in the sources.'),
    ('LAB_2019', 'LAB_167', 'INSURED_UNEMPLOYED', '2020-01-01', '2025-12-31', 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', true,
     'The residual refund for dagpenge recipients of L 76 2018-19 (50 % within a shared rådighedsbeløb), carried into the 2020 act on the assumption that the recodification kept it; verify against the refund chapter of LAB 2019/2020. Whether it lasts past 2025 is not settled.'),
    ('INL_2019', 'INL_23D', null, '2019-01-01', null, 0.5, 'RAADIGHEDSBELOEB', null, 'PLACEHOLDER', false,
     'Integrationsloven § 45, stk. 5 (LBK 1146/2020, amended to 2022) still refunds 50 % within a rådighedsbeløb in the introduction period; L 111 2015-16 added "mentorstøtte efter § 23 d" and L 76 2018-19 did not amend integrationsloven. Only expenses in the introduction period count, which the rule rows cannot express: check it before claiming. Verify the list of § 45, stk. 5. The account code is not in the sources.'),
    ('LAB_2026', 'LAB_167', null, '2026-01-01', null, 0.0, 'SPENDING_CAP_PER_FULL_TIME_PERSON', null, 'PROPOSED', true,
     'L 77 2025/1 (bill, not adopted): a cap on spending on mentor support and "øvrig vejledning og opkvalificering m.v." per full-time person in the § 6, nr. 1-10 target groups, counted in the budget guarantee, not refunded; draft DKK 10,602 (2026 level). The cap is shared with the other measures, which the suite does not record. An admin adds a row per municipality with amount = 10,602 x its full-time persons. The 2025 reform (L 66 2025/1) may renumber § 167.'),
    ('SEL', 'SEL_85', null, '2006-01-01', null, 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'Serviceloven § 85: no refund of mentor costs as such; recorded so the cost is seen. Serviceloven § 176 refunds particularly expensive single cases centrally (25 %/50 % above thresholds), which the suite does not compute. The valid-from date and the account code are not in the sources.'),
    ('SEL', 'SEL_85A', null, '2023-10-01', null, 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'Serviceloven § 85 a (Housing First, from 1/10/2023 as the bill L 64 2022-23 expected; verify against the adopted act): no refund of mentor costs as such. Serviceloven § 176 refunds particularly expensive single cases centrally (25 %/50 % above thresholds), which the suite does not compute. The account code is not in the sources.'),
    ('SEL', 'SEL_99', null, '2006-01-01', null, 0.0, 'NONE', null, 'PLACEHOLDER', false,
     'Serviceloven § 99: no refund of mentor costs as such; recorded so the cost is seen. Serviceloven § 176 refunds particularly expensive single cases centrally (25 %/50 % above thresholds), which the suite does not compute. The valid-from date and the account code are not in the sources.');

create temporary table before_review on commit drop as
    select id, row_to_json(r)::text as before_json from rule_set r where created_by = 'migration';

-- Wages and training follow the row; miscellaneous fees are never refunded (000 p.6) and sit under no
-- ceiling except the 2026 spending cap, which counts every expense.
create temporary table wanted on commit drop as
    select v.regime, v.legal_basis, v.target_group, e.expense_type, v.valid_from, v.valid_to,
           case when e.expense_type = 'FEE' then 0.0 else v.rate end as rate,
           case when e.expense_type = 'FEE' and v.ceiling_kind <> 'SPENDING_CAP_PER_FULL_TIME_PERSON' then 'NONE'
                else v.ceiling_kind end as ceiling_kind,
           v.account_code, v.status,
           v.shared_frame and (e.expense_type <> 'FEE' or v.ceiling_kind = 'SPENDING_CAP_PER_FULL_TIME_PERSON') as shared_frame,
           v.note || case when e.expense_type = 'FEE' then ' Miscellaneous fees are not refundable (000 p.6).' else '' end
                  || ' Claim period not in the sources; quarterly assumed. The refund of a claim is rounded once per rate, half up.' as note
    from reviewed v cross join (values ('WAGE'), ('TRAINING'), ('FEE')) e (expense_type);

update rule_set r set valid_from = w.valid_from, valid_to = w.valid_to, refund_rate = w.rate,
                      ceiling_kind = w.ceiling_kind, account_code = w.account_code, status = w.status,
                      shared_frame = w.shared_frame, refund_rounding = 'PER_CLAIM_HALF_UP', source_note = w.note,
                      version = r.version + 1
from wanted w
where r.created_by = 'migration' and r.municipality is null and r.regime = w.regime
  and r.legal_basis = w.legal_basis and r.expense_type = w.expense_type
  and r.target_group is not distinct from w.target_group;

with added as (
    insert into rule_set (id, regime, legal_basis, target_group, expense_type, municipality, refund_rate, ceiling_kind,
                          ceiling_amount, account_code, claim_period, valid_from, valid_to, status, shared_frame,
                          refund_rounding, source_note, created_by)
    select gen_random_uuid(), w.regime, w.legal_basis, w.target_group, w.expense_type, null, w.rate, w.ceiling_kind,
           null, w.account_code, 'QUARTER', w.valid_from, w.valid_to, w.status, w.shared_frame, 'PER_CLAIM_HALF_UP',
           w.note, 'migration'
    from wanted w
    where not exists (select 1 from rule_set r
                      where r.created_by = 'migration' and r.municipality is null and r.regime = w.regime
                        and r.legal_basis = w.legal_basis and r.expense_type = w.expense_type
                        and r.target_group is not distinct from w.target_group)
    returning *
)
insert into rule_set_change (rule_set_id, change, changed_by, after_json)
select id, 'SEEDED', 'migration', row_to_json(added)::text from added;

insert into rule_set_change (rule_set_id, change, changed_by, before_json, after_json)
select r.id, 'UPDATED', 'migration', b.before_json, row_to_json(r)::text
from rule_set r join before_review b on b.id = r.id;

-- A claim's refund per rate, rounded once per rate as the rule's refund_rounding says (rule review E17).
create table claim_rate_group (
    id          bigint generated always as identity primary key,
    claim_id    uuid          not null references refusion_claim (id) on delete cascade,
    refund_rate numeric(5,4)  not null,
    line_count  integer       not null,
    amount      numeric(14,2) not null,
    -- null on a claim drafted before this: the part under the ceiling was not kept per line
    refundable  numeric(14,2),
    refund      numeric(14,2) not null,
    rounding    text          not null check (rounding in ('PER_CLAIM_HALF_UP', 'PER_LINE_HALF_UP')),
    unique (claim_id, refund_rate)
);

-- Claims drafted before were rounded per line: their groups say so and add up their lines' refunds.
insert into claim_rate_group (claim_id, refund_rate, line_count, amount, refundable, refund, rounding)
select cl.claim_id, l.refund_rate, count(*), sum(cl.amount), null, sum(cl.refund), 'PER_LINE_HALF_UP'
from claim_line cl join expense_line l on l.id = cl.expense_line_id
group by cl.claim_id, l.refund_rate;
