-- GET /api/v1/mentors?updatedSince= pages through changed mentors by (changed_at, id). The mentor has
-- kept changed_at since V2 (stamped by every change of the mentor), so it needs only the index.
create index mentor_changed on mentor (changed_at, id);
