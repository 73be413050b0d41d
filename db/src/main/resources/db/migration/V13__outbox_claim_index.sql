-- Claims scan pending messages in id order and stop after a batch: index (status, id) makes that a short range scan
-- however large the backlog (the former (status, next_attempt_at) index made every claim sort all due rows).
-- Per-recipient lock rows are unnecessary: only the head of a recipient's queue is ever claimable, and it is locked by
-- its claimer, so one recipient never has two messages in flight.
ALTER TABLE outbox_message DROP INDEX outbox_message_due, ADD INDEX outbox_message_pending (status, id);
DROP TABLE outbox_recipient;
