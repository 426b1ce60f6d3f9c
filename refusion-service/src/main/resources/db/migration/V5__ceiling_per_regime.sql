-- A ceiling is a regime's pot, not a kind shared by every regime (rule review E1): the 80 % and 100 %
-- announcements are remembered per regime too. A row written before this knew only the kind; it
-- takes the (first) regime of the lines it counted, so that threshold is not announced again. Where
-- two regimes shared the pot, the other one is now judged as a pot of its own.
alter table ceiling_threshold add column regime text;
update ceiling_threshold t set regime = coalesce((
    select min(l.regime) from expense_line l
    where l.municipality = t.municipality and l.ceiling_kind = t.ceiling_kind
      and l.expense_date between make_date(t.year, 1, 1) and make_date(t.year, 12, 31)), 'UNKNOWN');
alter table ceiling_threshold alter column regime set not null;
alter table ceiling_threshold drop constraint ceiling_threshold_pkey;
alter table ceiling_threshold add primary key (municipality, year, regime, ceiling_kind, threshold);
