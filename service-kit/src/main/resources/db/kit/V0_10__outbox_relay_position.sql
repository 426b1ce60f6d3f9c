-- The relay keeps one position in the feed instead of marking every row it sent: a row is sent once
-- its feed_position is at or below outbox_relay.sent_through. Positions are handed out in commit order
-- (V0_5), so no row can later appear below the mark. Marking cost two more versions of every outbox row
-- (about 1 KB each, never a HOT update, since sent_at sat in a partial index's predicate): with the
-- feed's own update, 4 row versions and their index entries for the 2 events of a registration.
create table outbox_relay (
    singleton     boolean primary key default true check (singleton),
    sent_through  bigint  not null check (sent_through >= 0),
    -- rounds in a row that the broker refused or could not be reached, and why; an operator reads these
    failed_rounds integer not null default 0,
    last_error    text
);

-- Everything below the lowest positioned row still unsent counts as sent; rows sent before they were
-- positioned are sent once more, which the consumers' inbox skips.
insert into outbox_relay (sent_through)
select coalesce((select min(feed_position) - 1 from outbox_message where sent_at is null and feed_position is not null),
                (select last_position from outbox_feed));

-- Only the previous version's relay reads by sent_at. During a rolling update it scans instead of using
-- the index, and resends what the new relay sent (the inbox skips those). The columns sent_at, attempts
-- and last_error stay for that version and are dropped in the next release (expand, then contract).
drop index outbox_message_unsent;
