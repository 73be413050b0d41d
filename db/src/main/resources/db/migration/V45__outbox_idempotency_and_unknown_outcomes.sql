-- Exactly-once where it is in our power (issue 8, finding 4).
-- idempotency_key + idempotency_part: every enqueue names what caused it (inbound event and reply part, job and
-- occurrence, alert kind and subject); a second enqueue with the same key finds these rows instead of adding new ones.
-- Rows written before this migration keep NULL (a unique index admits any number of NULLs).
-- unknown_outcomes / unknown_since: attempts whose result nobody knows (read timeout after the request was written,
-- or a sender that vanished mid-send and whose lease ran out). Each may have been delivered, so the next attempt asks
-- WeCom to deduplicate where its API can (message/send duplicate check over a window reaching back to unknown_since);
-- what WeCom cannot deduplicate is counted here and in the metric ecojustice.outbox.unknown.outcome.
ALTER TABLE outbox_message
    ADD COLUMN idempotency_key  VARCHAR(200) COLLATE utf8mb4_bin NULL,
    ADD COLUMN idempotency_part SMALLINT     NULL,
    ADD COLUMN unknown_outcomes INT          NOT NULL DEFAULT 0,
    ADD COLUMN unknown_since    DATETIME     NULL,
    ADD UNIQUE KEY outbox_message_idempotency (idempotency_key, idempotency_part),
    ADD KEY outbox_message_lease (status, lease_until);
