-- The columns that decide who may see a mentor, in one narrow index, so that a search's capped count
-- (CappedCounts: at most the cap's rows, 1,000) reads them from the index alone. Without it the count
-- walked the table itself: about 56 pages of wide mentor rows for 1,000 mentors, read through
-- PostgreSQL's small ring buffer for large scans on every request (0.15 ms of the database's CPU of
-- about 0.6 ms per page of Aarhus's list, at 580,000 mentors; docs/performance.md).
create index mentor_visibility on mentor (home_municipality, sharing_scope) include (shared_with);
