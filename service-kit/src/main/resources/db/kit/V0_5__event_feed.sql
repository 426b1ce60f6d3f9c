-- The HTTP event feed (GET /api/v1/events). Outbox ids are drawn at insert, but transactions commit
-- in any order, so a cursor on the id could pass over an event that commits late. A sequencer
-- (FeedSequencer) therefore gives every committed row a feed position, in commit order: each pass
-- numbers the committed rows that have none, in id order, after the last position handed out. The
-- feed serves positioned rows only, ordered by position, so a client's cursor never skips one.
alter table outbox_message add column feed_position bigint unique;
-- The sequencer only ever looks for committed rows that have no position yet.
create index outbox_message_unpositioned on outbox_message (id) where feed_position is null;
-- The purge looks for sent, positioned rows past the retention.
create index outbox_message_created_at on outbox_message (created_at) where feed_position is not null;

-- One row: the last position handed out, and the highest position purged (a cursor below it may have
-- missed purged events and is answered 410). Locking the row serialises sequencer passes and purges
-- across instances, so two passes never hand out the same positions.
create table outbox_feed (
    singleton       boolean primary key default true check (singleton),
    last_position   bigint  not null check (last_position >= 0),
    purged_through  bigint  not null check (purged_through >= 0)
);
insert into outbox_feed (last_position, purged_through) values (0, 0);
