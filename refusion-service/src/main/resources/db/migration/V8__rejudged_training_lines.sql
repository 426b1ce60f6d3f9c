-- A re-judged training line (a rule for training corrected after the fact) is posted next to the
-- reversal of the line it replaces, with the same attendance and kind. The index kept an attendance
-- from being posted twice; it now guards the posting of the attendance itself and lets re-judgements
-- add lines for it, as they do for a meeting.
drop index expense_line_training_once;
create unique index expense_line_training_once on expense_line (attendance_id, kind)
    where attendance_id is not null and reverses is null and source_event_type <> 'Rejudged';
