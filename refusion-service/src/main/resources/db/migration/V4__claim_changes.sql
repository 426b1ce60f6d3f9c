-- GET /api/v1/refusion-claims?updatedSince= pages through changed claims by (status_changed_at, id).
-- A claim changes only by moving status (its amounts and lines are fixed when drafted, and deleting a
-- draft removes it), so status_changed_at is its time of last change and needs no new column.
create index refusion_claim_changed on refusion_claim (status_changed_at, id);
